package cn.selfeval.checks;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.Comparison;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.engine.Values;
import java.math.BigDecimal;
import cn.selfeval.engine.RuleInfo;
import cn.selfeval.model.Fact;
import java.util.List;

/**
 * One named outcome of a check: the rule name a reviewer sees, its status, the points it deducts, its message and
 * limit, and the values it shows compared. A check decides which of its outcomes a fact gets.
 *
 * @param when     for a case of a condition, when it applies; {@link Condition#ALWAYS} otherwise
 * @param position    where it is written, for problems and the catalogue
 * @param improvement the check's 整改建议, written for a deduction; {@link Template#EMPTY} when there is none
 */
public record OutcomeSpec(RuleInfo rule, OutcomeStatus status, Points points, Deduction deduction, Template message,
        Template limit, List<Compared> compared, Condition when, Position position, Template improvement) {

    /** A value shown under "比较：", with its label. */
    public record Compared(String label, ValueSource source) {
    }

    /** Records this outcome for a fact; its texts are written from the templates when first read. */
    public void emit(Fact fact, Evaluation evaluation) {
        BigDecimal deducted = status == OutcomeStatus.DEDUCTED ? points.of(evaluation) : BigDecimal.ZERO;
        evaluation.context().recorder().of(rule, fact).record(status, deducted, () -> new CheckOutcome.Texts(
                message.render(evaluation),
                compared.stream().map(c -> new Comparison(c.label(), c.source().shown(evaluation))).toList(),
                limit.render(evaluation),
                improvement.render(evaluation)));
    }
}
