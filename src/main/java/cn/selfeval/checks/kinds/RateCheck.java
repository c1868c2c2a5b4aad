package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.FieldRef;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.model.Fact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * kind: rate — a rate of the fact (a percentage such as 执行率 = 决算 ÷ 预算, rounded as reports show it) against a
 * limit: at most {@code max} or at least {@code min}. Each percentage point beyond the limit loses the points of
 * {@code perPoint}, a started point counting as a whole one (不足1个百分点按1个计); the indicator floors at zero.
 * Facts whose rate cannot be computed (no budget) must be handled by the check's {@code cases} first; a fact
 * still without a rate gets no outcome.
 */
public final class RateCheck extends PerFactCheck {

    public static final List<String> OUTCOMES = List.of("exceeds", "within");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("rate", "比率（%）", ValueType.NUMBER),
            new Variable("limitPercent", "限值（%）", ValueType.NUMBER),
            new Variable("startedPoints", "超出的百分点数", "超出（或低于）限值的百分点数（不足1个按1个计）", ValueType.NUMBER),
            new Variable("perPoint", "每个百分点扣分", "每个百分点的扣分（perPoint 参数的值）", ValueType.NUMBER));

    private final FieldRef rate;
    private final boolean atMost;
    private final String limitParameter;
    private final String perPointParameter;
    private final OutcomeSpec exceeds;
    private final OutcomeSpec within;

    public RateCheck(Definition definition, Condition only, List<OutcomeSpec> cases, FieldRef rate, boolean atMost,
            String limitParameter, String perPointParameter, OutcomeSpec exceeds, OutcomeSpec within) {
        super(definition, only, cases);
        this.rate = rate;
        this.atMost = atMost;
        this.limitParameter = limitParameter;
        this.perPointParameter = perPointParameter;
        this.exceeds = exceeds;
        this.within = within;
    }

    @Override
    protected void judge(Fact fact, Evaluation evaluation) {
        BigDecimal value = (BigDecimal) rate.read(fact, evaluation.year());
        if (value == null) {
            return;
        }
        BigDecimal limit = evaluation.context().params().number(limitParameter);
        BigDecimal beyond = atMost ? value.subtract(limit) : limit.subtract(value);
        int started = Rounding.startedPoints(beyond);
        Evaluation judged = evaluation.with(Map.of("rate", value, "limitPercent", limit, "startedPoints", started,
                "perPoint", evaluation.context().params().number(perPointParameter)));
        emit(started > 0 ? exceeds : within, fact, judged);
    }

    /** Points lost for a fact beyond the limit: perPoint × started points. */
    public static BigDecimal deduction(Evaluation evaluation) {
        return ((BigDecimal) evaluation.variables().get("perPoint"))
                .multiply(BigDecimal.valueOf((Integer) evaluation.variables().get("startedPoints")));
    }
}
