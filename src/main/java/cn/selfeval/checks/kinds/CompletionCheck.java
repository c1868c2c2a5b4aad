package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.decimal.Ratio;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.model.IndicatorDirection;
import cn.selfeval.model.PerformanceIndicator;
import cn.selfeval.model.PerformanceSection;
import cn.selfeval.model.PerformanceSectionSummary;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kind: completion — how far the indicators of one section of the 部门整体绩效目标 (产出 or 效益) reached their
 * targets. One definition for both sections:
 * <ul>
 * <li>完成率 = 实际 ÷ 目标 for ≥ indicators; for ≤ indicators (costs, complaints) 100% while within the target,
 *     else 目标 ÷ 实际; for = indicators the smaller ÷ the larger; a qualitative indicator met is 100%, else 0.
 *     Never above 100%.</li>
 * <li>Each indicator carries a share of the section's points: by the declared weights when every indicator has
 *     one, else equal shares ({@link PerformanceSectionSummary#shareOf}, adding up exactly).</li>
 * <li>Score = share × 完成率, cut to hundredths ({@link Rounding#proportionalScore}), or to the decimals the check's
 *     {@code scoreDecimals} parameter states (元岗 2023: one decimal); below the floor 0.</li>
 * </ul>
 * Outcomes per indicator: {@code met}, {@code belowTarget} (deducts share − score), {@code noResult} (deducts the
 * share), {@code zeroTarget} (a ≥ indicator with target 0: 无法判定); per section: {@code noIndicators} (deducts the
 * section), {@code weightsIncomplete}, {@code weightsMismatch} (both 无法判定, for the reviewer).
 */
public final class CompletionCheck extends Check {

    public static final List<String> OUTCOMES = List.of("met", "belowTarget", "noResult", "zeroTarget", "noIndicators",
            "weightsIncomplete", "weightsMismatch");

    public static final List<Variable> VARIABLES = List.of(
            new Variable("weight", "分值", "该指标的分值（类别分值按权重或平均分配）", ValueType.NUMBER),
            new Variable("rate", "完成率（%）", ValueType.NUMBER),
            new Variable("score", "得分", "该指标得分（截尾两位小数，或 scoreDecimals 所定的位数）", ValueType.NUMBER),
            new Variable("result", "完成情况", "完成情况：目标…，实际…；定性指标为已达成/未达成", ValueType.TEXT),
            new Variable("floorPercent", "得分下限（%）", "完成率低于该值得0分", ValueType.NUMBER),
            new Variable("belowFloorNote", "低于下限", "完成率低于下限时的说明（，完成率低于60%不得分），否则为空", ValueType.TEXT),
            new Variable("missingResult", "缺少的字段", "缺少的完成情况字段", ValueType.TEXT),
            new Variable("sectionPoints", "类别分值", "该类指标的分值（指标体系中）", ValueType.NUMBER),
            new Variable("indicatorCount", "指标个数", "该类指标个数", ValueType.NUMBER),
            new Variable("weightedCount", "填了权重的指标个数", "填了权重的指标个数", ValueType.NUMBER),
            new Variable("weightSum", "权重之和", ValueType.NUMBER));

    private final PerformanceSection section;
    private final String floorParameter;
    private final String decimalsParameter;
    private final Map<String, OutcomeSpec> outcomes;

    /** @param decimalsParameter the parameter giving the decimals a score is cut to, or null for two */
    public CompletionCheck(Definition definition, PerformanceSection section, String floorParameter,
            String decimalsParameter, Map<String, OutcomeSpec> outcomes) {
        super(definition);
        this.section = section;
        this.floorParameter = floorParameter;
        this.decimalsParameter = decimalsParameter;
        this.outcomes = outcomes;
    }

    public PerformanceSection section() {
        return section;
    }

    /** Called by the generic rule once for the section. */
    public void section(PerformanceSectionSummary summary, CheckContext context) {
        BigDecimal points = context.framework().points(indicator());
        Map<String, Object> variables = Map.of("sectionPoints", points, "indicatorCount", summary.indicatorCount(),
                "weightedCount", summary.declaredWeightCount(), "weightSum", summary.declaredWeightSum());
        Evaluation evaluation = new Evaluation(summary, variables, context);
        if (summary.indicatorCount() == 0) {
            emit("noIndicators", summary, evaluation);
        } else if (summary.declaredWeightCount() > 0 && !summary.weightsDeclared()) {
            emit("weightsIncomplete", summary, evaluation);
        } else if (summary.weightsDeclared() && summary.declaredWeightSum().compareTo(points) != 0) {
            emit("weightsMismatch", summary, evaluation);
        }
    }

    /** Called by the generic rule for every indicator of the section. */
    public void indicator(PerformanceIndicator indicator, PerformanceSectionSummary summary, CheckContext context) {
        BigDecimal weight = summary.shareOf(indicator.id(), context.framework().points(indicator()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("weight", weight);
        variables.put("result", describeResult(indicator));
        variables.put("missingResult", indicator.qualitative() ? "是否达成（met）" : "目标值（target）或实际值（actual）");
        if (!indicator.hasResult()) {
            emit("noResult", indicator, new Evaluation(indicator, variables, context));
            return;
        }
        if (indicator.zeroTargetAtLeast()) {
            emit("zeroTarget", indicator, new Evaluation(indicator, variables, context));
            return;
        }
        Ratio rate = completionRate(indicator);
        BigDecimal floor = context.params().number(floorParameter);
        boolean belowFloor = rate.exactPercent().compareTo(floor) < 0;
        int decimals = decimalsParameter == null ? Rounding.POINT_SCALE : context.params().integer(decimalsParameter);
        BigDecimal score = belowFloor ? BigDecimal.ZERO : Rounding.proportionalScore(weight, rate, decimals);
        variables.put("rate", rate.percent());
        variables.put("score", score);
        variables.put("floorPercent", floor);
        variables.put("belowFloorNote", belowFloor ? "，完成率低于" + Numbers.plain(floor) + "%不得分" : "");
        emit(rate.belowOne() ? "belowTarget" : "met", indicator, new Evaluation(indicator, variables, context));
    }

    private void emit(String outcome, cn.selfeval.model.Fact fact, Evaluation evaluation) {
        OutcomeSpec spec = outcomes.get(outcome);
        if (spec != null) {
            spec.emit(fact, evaluation);
        }
    }

    /** Points lost by an indicator below its target: its share less its score. */
    public static BigDecimal shortfall(Evaluation evaluation) {
        return ((BigDecimal) evaluation.variables().get("weight")).subtract((BigDecimal) evaluation.variables().get("score"));
    }

    static Ratio completionRate(PerformanceIndicator i) {
        if (i.qualitative()) {
            return Boolean.TRUE.equals(i.met()) ? Ratio.ONE : Ratio.ZERO;
        }
        BigDecimal target = i.target();
        BigDecimal actual = i.actual();
        Ratio rate;
        if (i.direction() == IndicatorDirection.AT_LEAST) {
            rate = Ratio.of(actual, target);
        } else if (i.direction() == IndicatorDirection.AT_MOST) {
            rate = actual.compareTo(target) <= 0 ? Ratio.ONE : Ratio.of(target, actual);
        } else {
            rate = actual.compareTo(target) == 0 ? Ratio.ONE : Ratio.of(actual.min(target), actual.max(target));
        }
        return rate.clamped();
    }

    static String describeResult(PerformanceIndicator i) {
        if (i.qualitative()) {
            return Boolean.TRUE.equals(i.met()) ? "已达成" : "未达成";
        }
        String unit = i.unit() == null ? "" : i.unit();
        return "目标" + Numbers.plain(i.target()) + unit + "，实际" + Numbers.plain(i.actual()) + unit;
    }
}
