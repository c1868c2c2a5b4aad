package cn.selfeval.engine;

import cn.selfeval.decimal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a rule's consequence uses to record its finding, e.g.
 * <pre>
 * outcome.of(kcontext, $p)
 *        .compare("合同签订日期", $p.contractSignedOn())
 *        .with("max", max)
 *        .deduct(params.number("procurement.sme.deduction_per_project"), "项目{id}「{name}」…不超过{max}万元…");
 * </pre>
 * In a hand-written rule the explanation is a message template: its placeholders are the fields of the fact, the
 * values given with {@link #with} and the pack's parameters ({@link cn.selfeval.checks.RuleMessages}).
 */
public final class OutcomeBuilder {

    private final RuleInfo rule;
    private final String factKind;
    private final String factId;
    private final String factName;
    private final Consumer<CheckOutcome> sink;
    private final List<Comparison> compared = new ArrayList<>();
    private final Map<String, Object> variables = new HashMap<>();
    private final UnaryOperator<String> messages;
    private String limit = "";

    /** @param messages renders a rule's message templates; the identity for messages already rendered */
    OutcomeBuilder(RuleInfo rule, String factKind, String factId, String factName, Consumer<CheckOutcome> sink,
            java.util.function.BiFunction<String, Map<String, Object>, String> messages) {
        this.rule = rule;
        this.factKind = factKind;
        this.factId = factId;
        this.factName = factName;
        this.sink = sink;
        this.messages = text -> messages.apply(text, variables);
    }

    /** A value the message template may use as {name}. */
    public OutcomeBuilder with(String name, Object value) {
        variables.put(name, value);
        return this;
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
                factKind, factId, factName, status, points, messages.apply(explanation), compared,
                messages.apply(limit)));
    }

    /** How a compared value is written: see {@link Values}. */
    static String format(Object value) {
        return Values.format(value);
    }
}
