package cn.selfeval.model;

/** How an actual value is compared with its target. */
public enum IndicatorDirection implements Labelled {
    AT_LEAST("正向指标（≥目标值）"),
    AT_MOST("反向指标（≤目标值，如成本、投诉次数）"),
    EQUAL("等于目标值"),
    QUALITATIVE("定性指标（达成/未达成）");

    private final String label;

    IndicatorDirection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
