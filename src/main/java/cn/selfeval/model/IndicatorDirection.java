package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an actual value is compared with its target. */
public enum IndicatorDirection implements Labelled {
    AT_LEAST("atLeast", "正向指标（≥目标值）"),
    AT_MOST("atMost", "反向指标（≤目标值，如成本、投诉次数）"),
    EQUAL("equal", "等于目标值"),
    QUALITATIVE("qualitative", "定性指标（达成/未达成）");

    private final String code;
    private final String label;

    IndicatorDirection(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
