package cn.selfeval.model;

import java.math.BigDecimal;

/**
 * One indicator of the 部门整体绩效目标 (表3 of a report): target and actual for quantitative indicators,
 * met or not (with the evidence) for qualitative ones, and the weight it carries in its section.
 *
 * @param category e.g. 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标, 满意度指标 (free text)
 * @param weight   points this indicator carries; null when the unit gave none (equal weights are used)
 */
public record PerformanceIndicator(
        String id,
        String name,
        PerformanceSection section,
        String category,
        String unit,
        IndicatorDirection direction,
        BigDecimal target,
        BigDecimal actual,
        Boolean met,
        String evidence,
        BigDecimal weight) implements NamedFact {

    @Override
    public String factKind() {
        return "绩效指标";
    }

    @Derived("定性指标")
    public boolean qualitative() {
        return direction == IndicatorDirection.QUALITATIVE;
    }

    /** The unit reported a result: met or not for a qualitative indicator, target and actual otherwise. */
    @Derived("已填报完成情况")
    public boolean hasResult() {
        return qualitative() ? met != null : target != null && actual != null;
    }

    /** A positive (≥ target) indicator whose target is zero: no completion rate can be computed. */
    @Derived("正向指标目标值为0")
    public boolean zeroTargetAtLeast() {
        return direction == IndicatorDirection.AT_LEAST && target != null && target.signum() == 0;
    }

    public boolean output() {
        return section == PerformanceSection.OUTPUT;
    }
}
