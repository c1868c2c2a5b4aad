package cn.selfeval.model;

import java.util.List;

/** The steps of performance management a unit carries out in a year (表2 B4.3 绩效管理制度执行). */
public enum PerformanceStepKind implements Labelled {
    TARGET_SETTING("绩效目标随预算编报"),
    MONITORING("绩效运行监控"),
    SELF_EVALUATION("绩效自评");

    private final String label;

    PerformanceStepKind(String label) {
        this.label = label;
    }

    /** Every value, for rules that check that each kind was declared ({@code from PerformanceStepKind.all()}). */
    public static List<PerformanceStepKind> all() {
        return List.of(values());
    }

    @Override
    public String label() {
        return label;
    }
}
