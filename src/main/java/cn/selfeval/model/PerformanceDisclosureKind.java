package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Which performance information was published: the performance targets or the self-evaluation result. */
public enum PerformanceDisclosureKind implements Labelled {
    TARGETS("targets", "绩效目标"),
    SELF_EVALUATION("selfEvaluationResult", "绩效自评结果");

    private final String code;
    private final String label;

    PerformanceDisclosureKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Every value, for rules that check that each kind was declared ({@code from PerformanceDisclosureKind.all()}). */
    public static List<PerformanceDisclosureKind> all() {
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
