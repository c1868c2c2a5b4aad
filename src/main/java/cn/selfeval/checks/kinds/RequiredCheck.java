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
 * {@code other} for every fact that does not. With {@code noneOn: evaluationYear} the {@code none} outcome is about the
 * year (盘点 is a duty of the year) rather than about the list.
 */
public final class RequiredCheck extends Check {

    public static final List<String> OUTCOMES = List.of("none", "each", "other");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("count", "填报的事项数", ValueType.NUMBER),
            new Variable("value", "缺少的一类（forEach 时）", ValueType.ENUM));

    private final Condition satisfiedBy;
    private final FieldRef forEach;
    private final boolean noneOnYear;
    private final OutcomeSpec none;
    private final OutcomeSpec each;
    private final OutcomeSpec other;

    /** @param noneOnYear {@code none} names the evaluation year as its fact (a duty of the year) rather than the list */
    public RequiredCheck(Definition definition, Condition satisfiedBy, FieldRef forEach, boolean noneOnYear,
            OutcomeSpec none, OutcomeSpec each, OutcomeSpec other) {
        super(definition);
        this.satisfiedBy = satisfiedBy;
        this.forEach = forEach;
        this.noneOnYear = noneOnYear;
        this.none = none;
        this.each = each;
        this.other = other;
    }

    /** Called by the generic rule with the declared list and all its facts. */
    public void evaluate(DeclaredList list, List<Fact> facts, CheckContext context) {
        Evaluation onList = new Evaluation(list, Map.of("count", facts.size()), context);
        if (forEach != null) {
            for (Object value : forEach.enumType().getEnumConstants()) {
                boolean present = facts.stream().anyMatch(f -> value.equals(forEach.read(f, context.year()))
                        && satisfiedBy.test(new Evaluation(f, Map.of(), context)));
                if (!present && none != null) {
                    none.emit(list, onList.with(Map.of("value", value)));
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
        if (!any && none != null) {
            Fact subject = noneOnYear ? new EvaluationYear(context.year()) : list;
            none.emit(subject, new Evaluation(subject, onList.variables(), context));
        }
    }
}
