package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.FieldRef;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.decimal.Ratio;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.model.Fact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * kind: proportional — the indicator scores in proportion to a rate up to a full-marks line: score = points × rate ÷
 * line, cut to hundredths ({@link Rounding#proportionalScore}); at or above the line full marks. Outcomes:
 * {@code below} (deducts points − score) and {@code full}.
 */
public final class ProportionalCheck extends PerFactCheck {

    public static final List<String> OUTCOMES = List.of("below", "full");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("rate", "比率（%）", ValueType.NUMBER),
            new Variable("fullPercent", "满分线（%）", ValueType.NUMBER),
            new Variable("score", "按比例的得分", ValueType.NUMBER),
            new Variable("points", "指标分值", ValueType.NUMBER));

    private final FieldRef rate;
    private final String fullParameter;
    private final OutcomeSpec below;
    private final OutcomeSpec full;

    public ProportionalCheck(Definition definition, Condition only, List<OutcomeSpec> cases, FieldRef rate,
            String fullParameter, OutcomeSpec below, OutcomeSpec full) {
        super(definition, only, cases);
        this.rate = rate;
        this.fullParameter = fullParameter;
        this.below = below;
        this.full = full;
    }

    @Override
    protected void judge(Fact fact, Evaluation evaluation) {
        BigDecimal value = (BigDecimal) rate.read(fact, evaluation.year());
        if (value == null) {
            return;
        }
        BigDecimal line = evaluation.context().params().number(fullParameter);
        BigDecimal points = evaluation.context().framework().points(indicator());
        boolean reached = value.compareTo(line) >= 0;
        BigDecimal score = reached ? points : Rounding.proportionalScore(points, Ratio.of(value, line));
        emit(reached ? full : below, fact, evaluation.with(Map.of("rate", value, "fullPercent", line, "score", score,
                "points", points)));
    }

    /** Points lost below the line: the indicator's points less the proportional score. */
    public static BigDecimal shortfall(Evaluation evaluation) {
        return ((BigDecimal) evaluation.variables().get("points")).subtract((BigDecimal) evaluation.variables().get("score"));
    }
}
