package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The steps of performance management a unit carries out in a year (表2 B4.3 绩效管理制度执行). */
public enum PerformanceStepKind implements Labelled {
    TARGET_SETTING("targetSetting", "绩效目标随预算编报"),
    MONITORING("monitoring", "绩效运行监控"),
    SELF_EVALUATION("selfEvaluation", "绩效自评");

    private final String code;
    private final String label;

    PerformanceStepKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Every value, for rules that check that each kind was declared ({@code from PerformanceStepKind.all()}). */
    public static List<PerformanceStepKind> all() {
        return List.of(values());
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
