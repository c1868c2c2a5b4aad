package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.ValueSource;
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
 * {@code below} (deducts points − score), {@code full}, and {@code uncomputable} when the rate cannot be computed
 * (a zero budget, a missing amount): 无法判定, or a deduction when the pack says so — never silence. The rate is
 * compared with the line exactly: 99.999% is below 100% and scores points × 99.999 ÷ 100 cut to hundredths.
 */
public final class ProportionalCheck extends PerFactCheck {

    public static final List<String> OUTCOMES = List.of("below", "full", "uncomputable");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("rate", "比率（%）", ValueType.NUMBER),
            new Variable("fullPercent", "满分线（%）", ValueType.NUMBER),
            new Variable("score", "按比例的得分", ValueType.NUMBER),
            new Variable("points", "指标分值", ValueType.NUMBER));

    private final ValueSource rate;
    private final String fullParameter;
    private final OutcomeSpec below;
    private final OutcomeSpec full;
    private final OutcomeSpec uncomputable;

    public ProportionalCheck(Definition definition, Condition only, List<OutcomeSpec> cases, ValueSource rate,
            String fullParameter, OutcomeSpec below, OutcomeSpec full, OutcomeSpec uncomputable) {
        super(definition, only, cases);
        this.rate = rate;
        this.fullParameter = fullParameter;
        this.below = below;
        this.full = full;
        this.uncomputable = uncomputable;
    }

    @Override
    protected void judge(Fact fact, Evaluation evaluation) {
        BigDecimal value = ValueType.decimal(rate.value(evaluation));
        if (value == null) {
            emit(uncomputable, fact, evaluation);
            return;
        }
        BigDecimal line = evaluation.context().params().number(fullParameter);
        BigDecimal points = evaluation.context().framework().points(indicator());
        boolean reached = value.compareTo(line) >= 0;
        BigDecimal score = reached ? points : Rounding.proportionalScore(points, Ratio.of(value, line));
        emit(reached ? full : below, fact, evaluation.with(Map.of("rate", Rounding.beside(value, line), "fullPercent", line, "score", score,
                "points", points)));
    }

    /** Points lost below the line: the indicator's points less the proportional score. */
    public static BigDecimal shortfall(Evaluation evaluation) {
        return ((BigDecimal) evaluation.variables().get("points")).subtract((BigDecimal) evaluation.variables().get("score"));
    }
}
