package cn.selfeval.engine;

import cn.selfeval.decimal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a rule's consequence uses to record its finding, e.g.
 * <pre>
 * outcome.of(kcontext, $p)
 *        .compare("合同签订日期", $p.contractSignedOn())
 *        .limit("最迟 " + $d.date())
 *        .deduct(params.number("procurement.contract_signing.deduction_per_case"), "…");
 * </pre>
 */
public final class OutcomeBuilder {

    private final RuleInfo rule;
    private final String factKind;
    private final String factId;
    private final String factName;
    private final Consumer<CheckOutcome> sink;
    private final List<Comparison> compared = new ArrayList<>();
    private String limit = "";

    OutcomeBuilder(RuleInfo rule, String factKind, String factId, String factName, Consumer<CheckOutcome> sink) {
        this.rule = rule;
        this.factKind = factKind;
        this.factId = factId;
        this.factName = factName;
        this.sink = sink;
    }

    public OutcomeBuilder compare(String label, Object value) {
        compared.add(new Comparison(label, format(value)));
        return this;
    }

    public OutcomeBuilder limit(String limit) {
        this.limit = limit;
        return this;
    }

    /**
     * Records a deduction. A deduction of zero points (e.g. an indicator that carries no points) takes nothing
     * off and is recorded as passed, so that a data matter never becomes an engine error; a negative one is a
     * mistake in the rule.
     */
    public void deduct(BigDecimal points, String explanation) {
        if (points.signum() < 0) {
            throw new IllegalArgumentException("规则「" + rule.name() + "」的扣分不能为负数，实为 " + Numbers.plain(points));
        }
        if (points.signum() == 0) {
            emit(OutcomeStatus.PASSED, BigDecimal.ZERO, explanation + "（计算扣分为0，不扣分）");
            return;
        }
        emit(OutcomeStatus.DEDUCTED, points, explanation);
    }

    public void pass(String explanation) {
        emit(OutcomeStatus.PASSED, BigDecimal.ZERO, explanation);
    }

    public void exempt(String explanation) {
        emit(OutcomeStatus.EXEMPT, BigDecimal.ZERO, explanation);
    }

    public void notApplicable(String explanation) {
        emit(OutcomeStatus.NOT_APPLICABLE, BigDecimal.ZERO, explanation);
    }

    public void undetermined(String explanation) {
        emit(OutcomeStatus.UNDETERMINED, BigDecimal.ZERO, explanation);
    }

    private void emit(OutcomeStatus status, BigDecimal points, String explanation) {
        sink.accept(new CheckOutcome(rule.indicatorCode(), rule.citation(), rule.name(), rule.legalBasis(),
                factKind, factId, factName, status, points, explanation, compared, limit));
    }

    /** How a compared value is written: see {@link Values}. */
    static String format(Object value) {
        return Values.format(value);
    }
}
