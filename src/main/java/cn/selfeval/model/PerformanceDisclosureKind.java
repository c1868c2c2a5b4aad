package cn.selfeval.model;

import java.util.List;

/** Which performance information was published: the performance targets or the self-evaluation result. */
public enum PerformanceDisclosureKind implements Labelled {
    TARGETS("绩效目标"),
    SELF_EVALUATION_RESULT("绩效自评结果");

    private final String label;

    PerformanceDisclosureKind(String label) {
        this.label = label;
    }

    /** Every value, for rules that check that each kind was declared ({@code from PerformanceDisclosureKind.all()}). */
    public static List<PerformanceDisclosureKind> all() {
        return List.of(values());
    }

    @Override
    public String label() {
        return label;
    }
}
