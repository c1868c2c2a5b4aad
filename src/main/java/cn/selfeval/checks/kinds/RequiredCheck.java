package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.FieldRef;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.model.DeclaredList;
import cn.selfeval.model.EvaluationYear;
import cn.selfeval.model.Fact;
import java.util.List;
import java.util.Map;

/**
 * kind: required — a document, disclosure or record that must exist in the year: at least one fact of the list
 * meets {@code satisfiedBy} (e.g. a 绩效管理制度 in force in the evaluation year, a full inventory count in the year).
 * With {@code forEach: field}, one is required for every value of an enumerated field (部门预算 and 部门决算 both
 * published). Outcomes: {@code none} when nothing meets it (on the list), {@code each} for every fact that does,
 * {@code other} for every fact that does not. With {@code among}, only the facts it selects count, and {@code none}
 * applies only when it selects some (e.g. of the documents issued by the year's end, one must separate duties). With {@code noneOn: evaluationYear} the {@code none} outcome is about the
 * year (盘点 is a duty of the year) rather than about the list.
 */
public final class RequiredCheck extends Check {

    public static final List<String> OUTCOMES = List.of("none", "each", "other");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("count", "填报的事项数", "参与判断的事项数", ValueType.NUMBER),
            new Variable("value", "缺少的类别", "缺少的一类（forEach 时）", ValueType.ENUM),
            new Variable("listed", "参与判断的事项", "参与判断的事项：「名称」（编号）、…", ValueType.TEXT));

    private final Condition among;
    private final Condition satisfiedBy;
    private final FieldRef forEach;
    private final boolean noneOnYear;
    private final OutcomeSpec none;
    private final OutcomeSpec each;
    private final OutcomeSpec other;

    /** @param noneOnYear {@code none} names the evaluation year as its fact (a duty of the year) rather than the list */
    public RequiredCheck(Definition definition, Condition among, Condition satisfiedBy, FieldRef forEach,
            boolean noneOnYear, OutcomeSpec none, OutcomeSpec each, OutcomeSpec other) {
        super(definition);
        this.among = among;
        this.satisfiedBy = satisfiedBy;
        this.forEach = forEach;
        this.noneOnYear = noneOnYear;
        this.none = none;
        this.each = each;
        this.other = other;
    }

    /** Called by the generic rule with the declared list and all its facts. */
    public void evaluate(DeclaredList list, List<Fact> all, CheckContext context) {
        List<Fact> facts = among == null ? all
                : all.stream().filter(f -> among.test(new Evaluation(f, Map.of(), context))).toList();
        Map<String, Object> onList = Map.of("count", facts.size(), "listed", listed(facts));
        if (forEach != null) {
            for (Object value : forEach.enumType().getEnumConstants()) {
                boolean present = facts.stream().anyMatch(f -> value.equals(forEach.read(f, context.year()))
                        && satisfiedBy.test(new Evaluation(f, Map.of(), context)));
                if (!present && none != null) {
                    Map<String, Object> variables = new java.util.HashMap<>(onList);
                    variables.put("value", value);
                    none.emit(list, new Evaluation(list, variables, context));
                }
            }
            return;
        }
        boolean any = false;
        for (Fact fact : facts) {
            Evaluation evaluation = new Evaluation(fact, Map.of("count", facts.size()), context);
            boolean meets = satisfiedBy.test(evaluation);
            any |= meets;
            OutcomeSpec spec = meets ? each : other;
            if (spec != null) {
                spec.emit(fact, evaluation);
            }
        }
        // With "among", the requirement is on the facts it selects: none selected is another check's concern.
        if (!any && none != null && (among == null || !facts.isEmpty())) {
            Fact subject = noneOnYear ? new EvaluationYear(context.year()) : list;
            none.emit(subject, new Evaluation(subject, onList, context));
        }
    }

    private static String listed(List<Fact> facts) {
        return String.join("、", facts.stream().map(f -> "「" + f.factName() + "」（" + f.factId() + "）").toList());
    }
}
