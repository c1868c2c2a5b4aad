package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.ValueSource;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.decimal.Figure;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.model.Fact;
import cn.selfeval.rulepack.Scale;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kind: rate — a rate (a percentage such as 执行率 = 决算 ÷ 预算: a field, or a value the check defines) compared
 * <em>exactly</em> with a limit: at most {@code max} or at least {@code min}. The points lost for the excess are
 * counted by the check's {@code rounding}:
 * <ul>
 * <li>{@code started} (default) — perPoint for each percentage point, a started one counting as a whole one
 *     (不足1个百分点按1个计): 0.003 points beyond loses one perPoint;</li>
 * <li>{@code floor} — perPoint for each whole point (每超过一个百分点): 1.9 points beyond loses one perPoint,
 *     0.5 points beyond loses nothing ({@code tolerated});</li>
 * <li>{@code linear} — perPoint × the exact excess, rounded up to hundredths of a point.</li>
 * </ul>
 * Without {@code perPoint}, the excess is a finding the framework gives no points ({@code exceeds} with status
 * {@code noted}, e.g. 预算调整率 where the framework does not score it).
 * Or, with {@code scale}, the points lost are read from a bracket parameter by the rate itself (e.g. 预算调整率 up to
 * 5% loses nothing, above 5% one point, above 10% two). The indicator floors at zero. A rate that cannot be computed
 * (a zero base, a missing amount) gets {@code uncomputable}: 无法判定, or a deduction when the pack says so —
 * never silence.
 */
public final class RateCheck extends PerFactCheck {

    public static final List<String> OUTCOMES = List.of("exceeds", "tolerated", "within", "uncomputable");

    /** How the excess is counted in points. */
    public enum Counting {
        STARTED("started"), FLOOR("floor"), LINEAR("linear");

        private final String code;

        Counting(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Counting of(String code) {
            for (Counting counting : values()) {
                if (counting.code.equals(code)) {
                    return counting;
                }
            }
            return null;
        }
    }

    public static final List<Variable> VARIABLES = List.of(
            new Variable("rate", "比率（%）", "比率（%）：两位小数；与限值只差更小的位数时多写几位（100.003）", ValueType.NUMBER),
            new Variable("limitPercent", "限值（%）", ValueType.NUMBER),
            new Variable("excess", "超出的百分点", "超出（或低于）限值的百分点数（精确，如 0.003）", ValueType.NUMBER),
            new Variable("startedPoints", "计扣分的百分点数", "计扣分的百分点数：started 不足1个按1个计，floor 只计整数个", ValueType.NUMBER),
            new Variable("perPoint", "每个百分点扣分", "每个百分点的扣分（perPoint 参数的值）", ValueType.NUMBER),
            new Variable("deducted", "扣分", "本项扣分（按 rounding 或 scale 计，扣完为止前）", ValueType.NUMBER),
            new Variable("bracket", "所在档次", "scale 时比率所在的档次，如“超过5%”", ValueType.TEXT));

    private final ValueSource rate;
    private final boolean atMost;
    private final String limitParameter;
    private final String perPointParameter;
    private final Counting counting;
    private final String scaleParameter;
    private final Map<String, OutcomeSpec> outcomes;

    /**
     * @param limitParameter    max or min (null with a scale)
     * @param perPointParameter points per percentage point (null with a scale)
     * @param scaleParameter    a bracket parameter giving the points lost by the rate (null without)
     */
    public RateCheck(Definition definition, Condition only, List<OutcomeSpec> cases, ValueSource rate, boolean atMost,
            String limitParameter, String perPointParameter, Counting counting, String scaleParameter,
            Map<String, OutcomeSpec> outcomes) {
        super(definition, only, cases);
        this.rate = rate;
        this.atMost = atMost;
        this.limitParameter = limitParameter;
        this.perPointParameter = perPointParameter;
        this.counting = counting;
        this.scaleParameter = scaleParameter;
        this.outcomes = outcomes;
    }

    @Override
    protected void judge(Fact fact, Evaluation evaluation) {
        BigDecimal value = ValueType.decimal(rate.value(evaluation));
        if (value == null) {
            emit(outcomes.get("uncomputable"), fact, evaluation);
            return;
        }
        if (scaleParameter != null) {
            judgeByScale(fact, evaluation, value);
            return;
        }
        BigDecimal limit = evaluation.context().params().number(limitParameter);
        BigDecimal beyond = atMost ? value.subtract(limit) : limit.subtract(value);
        if (perPointParameter == null) {
            judgeFinding(fact, evaluation, value, limit, beyond);
            return;
        }
        BigDecimal perPoint = evaluation.context().params().number(perPointParameter);
        int counted = counting == Counting.FLOOR ? Rounding.wholePoints(beyond) : Rounding.startedPoints(beyond);
        BigDecimal deducted = counting == Counting.LINEAR ? Rounding.linearDeduction(perPoint, beyond)
                : perPoint.multiply(BigDecimal.valueOf(counted));
        Map<String, Object> variables = new HashMap<>();
        variables.put("rate", Rounding.beside(value, limit));
        variables.put("limitPercent", limit);
        variables.put("excess", beyond.signum() > 0 ? Rounding.difference(beyond) : new Figure(BigDecimal.ZERO, 0));
        variables.put("startedPoints", counted);
        variables.put("perPoint", perPoint);
        variables.put("deducted", deducted);
        String outcome = beyond.signum() <= 0 ? "within" : deducted.signum() > 0 ? "exceeds" : "tolerated";
        emit(outcomes.get(outcome), fact, evaluation.with(variables));
    }

    /** Without perPoint the excess is a finding without points (status noted): exceeds beyond the limit, else within. */
    private void judgeFinding(Fact fact, Evaluation evaluation, BigDecimal value, BigDecimal limit, BigDecimal beyond) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("rate", Rounding.beside(value, limit));
        variables.put("limitPercent", limit);
        variables.put("excess", beyond.signum() > 0 ? Rounding.difference(beyond) : new Figure(BigDecimal.ZERO, 0));
        variables.put("deducted", BigDecimal.ZERO);
        emit(outcomes.get(beyond.signum() > 0 ? "exceeds" : "within"), fact, evaluation.with(variables));
    }

    private void judgeByScale(Fact fact, Evaluation evaluation, BigDecimal value) {
        Scale scale = evaluation.context().params().scale(scaleParameter);
        Scale.Bracket bracket = scale.bracketOf(value);
        Map<String, Object> variables = new HashMap<>();
        variables.put("rate", bracket.bound() == null ? Rounding.difference(value) : Rounding.beside(value, bracket.bound()));
        variables.put("limitPercent", bracket.bound());
        variables.put("deducted", bracket.amount());
        variables.put("bracket", bracket.description());
        emit(outcomes.get(bracket.amount().signum() > 0 ? "exceeds" : "within"), fact, evaluation.with(variables));
    }

    /** Points lost for a fact beyond the limit. */
    public static BigDecimal deduction(Evaluation evaluation) {
        return (BigDecimal) evaluation.variables().get("deducted");
    }
}
