package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.model.DeclaredList;
import cn.selfeval.model.EvaluationYear;
import cn.selfeval.input.FactLocations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kind: missingFacts — the facts of a list were not submitted at all (the field is absent or null): without facts
 * there is no score, so the indicator loses the points named (usually all of them) and the message names the
 * missing field. A list submitted empty ({@code []}, "本年度没有") gets {@code empty} instead, when defined.
 */
public final class MissingFactsCheck extends Check {

    public static final List<String> OUTCOMES = List.of("missing", "empty");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("list", "填报字段", "未填报的字段：JSON 填报为其路径，填报表为其工作表（工作表“预算执行”）", ValueType.TEXT),
            new Variable("listLabel", "填报字段名称", "JSON 填报为未填报的字段的中文名；填报表为填写方法（在第1行“本表情况”选择……）", ValueType.TEXT),
            new Variable("none", "没有时的填法", "本年度没有此类事项时的填法：JSON 为“填 []”，填报表为“在“本表情况”中选择“本年度没有此类事项””", ValueType.TEXT),
            new Variable("count", "事项数", "填报的事项数", ValueType.NUMBER),
            new Variable("submitted", "填报情况", "填报情况（总是“未填报”，供比较一栏显示）", ValueType.TEXT));

    private final String label;
    private final OutcomeSpec missing;
    private final OutcomeSpec empty;

    public MissingFactsCheck(Definition definition, String label, OutcomeSpec missing, OutcomeSpec empty) {
        super(definition);
        this.label = label;
        this.missing = missing;
        this.empty = empty;
    }

    /** Called by the generic rule when the list was not declared. */
    public void missing(EvaluationYear year, CheckContext context) {
        Map<String, Object> variables = variables(context);
        variables.put("submitted", null);
        missing.emit(year, new Evaluation(year, variables, context));
    }

    /** Called by the generic rule for the declared list. */
    public void declared(DeclaredList list, CheckContext context) {
        if (list.empty() && empty != null) {
            empty.emit(list, new Evaluation(list, variables(context), context));
        }
    }

    /** The list named as the submitted form names it: its JSON path, or its sheet and the 本表情况 choice. */
    private Map<String, Object> variables(CheckContext context) {
        FactLocations.ListWording wording = context.locations().wording(facts(), label);
        Map<String, Object> variables = new HashMap<>();
        variables.put("list", wording.name());
        variables.put("listLabel", wording.how());
        variables.put("none", wording.none());
        variables.put("count", 0);
        return variables;
    }
}
