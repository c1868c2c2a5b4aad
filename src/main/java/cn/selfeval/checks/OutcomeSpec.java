package cn.selfeval.checks;

import cn.selfeval.engine.Values;

import cn.selfeval.engine.OutcomeBuilder;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.engine.RuleInfo;
import cn.selfeval.model.Fact;
import java.util.List;

/**
 * One named outcome of a check: the rule name a reviewer sees, its status, the points it deducts, its message and
 * limit, and the values it shows compared. A check decides which of its outcomes a fact gets.
 *
 * @param when     for a case of a condition, when it applies; {@link Condition#ALWAYS} otherwise
 * @param position where it is written, for problems and the catalogue
 */
public record OutcomeSpec(RuleInfo rule, OutcomeStatus status, Points points, Deduction deduction, Template message,
        Template limit, List<Compared> compared, Condition when, Position position) {

    /** A value shown under "比较：", with its label. */
    public record Compared(String label, ValueSource source) {
    }

    /** Records this outcome for a fact. */
    public void emit(Fact fact, Evaluation evaluation) {
        OutcomeBuilder builder = evaluation.context().recorder().of(rule, fact);
        compared.forEach(c -> builder.compare(c.label(), Values.format(c.source().value(evaluation))));
        builder.limit(limit.render(evaluation));
        String explanation = message.render(evaluation);
        switch (status) {
            case DEDUCTED -> builder.deduct(points.of(evaluation), explanation);
            case PASSED -> builder.pass(explanation);
            case EXEMPT -> builder.exempt(explanation);
            case NOT_APPLICABLE -> builder.notApplicable(explanation);
            case UNDETERMINED -> builder.undetermined(explanation);
        }
    }
}
