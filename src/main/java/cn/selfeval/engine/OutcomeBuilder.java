package cn.selfeval.engine;

import cn.selfeval.decimal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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

    /** Added to the explanation of a deduction that comes to zero points. */
    static final String ZERO_DEDUCTION = "（计算扣分为0，不扣分）";

    /** A value under "比较：" as given; written when the outcome's texts are. */
    private record Compared(String label, Object value) {
    }

    private final RuleInfo rule;
    private final String factKind;
    private final String factId;
    private final String factName;
    private final Consumer<CheckOutcome> sink;
    private final List<Compared> compared = new ArrayList<>();
    private final Map<String, Object> variables = new HashMap<>();
    private final BiFunction<String, Map<String, Object>, String> messages;
    private String limit = "";

    /** @param messages renders a rule's message templates with the values given; the identity for messages already rendered */
    OutcomeBuilder(RuleInfo rule, String factKind, String factId, String factName, Consumer<CheckOutcome> sink,
            BiFunction<String, Map<String, Object>, String> messages) {
        this.rule = rule;
        this.factKind = factKind;
        this.factId = factId;
        this.factName = factName;
        this.sink = sink;
        this.messages = messages;
    }

    /** A value the message template may use as {name}. */
    public OutcomeBuilder with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public OutcomeBuilder compare(String label, Object value) {
        compared.add(new Compared(label, value));
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
        record(OutcomeStatus.DEDUCTED, points, handWritten(explanation));
    }

    public void pass(String explanation) {
        record(OutcomeStatus.PASSED, BigDecimal.ZERO, handWritten(explanation));
    }

    public void exempt(String explanation) {
        record(OutcomeStatus.EXEMPT, BigDecimal.ZERO, handWritten(explanation));
    }

    public void notApplicable(String explanation) {
        record(OutcomeStatus.NOT_APPLICABLE, BigDecimal.ZERO, handWritten(explanation));
    }

    public void undetermined(String explanation) {
        record(OutcomeStatus.UNDETERMINED, BigDecimal.ZERO, handWritten(explanation));
    }

    /**
     * Records an outcome whose texts a check written as data writes from its templates when they are first read.
     *
     * @param points the points to deduct when {@code status} is DEDUCTED (zero makes it passed), else ignored
     */
    public void record(OutcomeStatus status, BigDecimal points, Supplier<CheckOutcome.Texts> texts) {
        if (status != OutcomeStatus.DEDUCTED) {
            emit(status, BigDecimal.ZERO, texts);
            return;
        }
        if (points.signum() < 0) {
            throw new IllegalArgumentException("规则「" + rule.name() + "」的扣分不能为负数，实为 " + Numbers.plain(points));
        }
        if (points.signum() == 0) {
            emit(OutcomeStatus.PASSED, BigDecimal.ZERO, () -> {
                CheckOutcome.Texts written = texts.get();
                return new CheckOutcome.Texts(written.explanation() + ZERO_DEDUCTION, written.compared(), written.limit(),
                        written.improvement());
            });
            return;
        }
        emit(OutcomeStatus.DEDUCTED, points, texts);
    }

    /** The texts of a hand-written rule: its templates with the values given so far (later changes do not count). */
    private Supplier<CheckOutcome.Texts> handWritten(String explanation) {
        Map<String, Object> values = new HashMap<>(variables);
        List<Compared> shown = List.copyOf(compared);
        String limitTemplate = limit;
        return () -> new CheckOutcome.Texts(messages.apply(explanation, values),
                shown.stream().map(c -> new Comparison(c.label(), format(c.value()))).toList(),
                messages.apply(limitTemplate, values));
    }

    private void emit(OutcomeStatus status, BigDecimal points, Supplier<CheckOutcome.Texts> texts) {
        sink.accept(new CheckOutcome(rule.indicatorCode(), rule.citation(), rule.name(), rule.legalBasis(),
                factKind, factId, factName, status, points, texts));
    }

    /** How a compared value is written: see {@link Values}. */
    static String format(Object value) {
        return Values.format(value);
    }
}
