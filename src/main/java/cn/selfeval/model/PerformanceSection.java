package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which half of the 部门整体绩效目标 an indicator belongs to. */
public enum PerformanceSection implements Labelled {
    OUTPUT("output", "产出指标"),
    OUTCOME("outcome", "效益指标");

    private final String code;
    private final String label;

    PerformanceSection(String code, String label) {
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
