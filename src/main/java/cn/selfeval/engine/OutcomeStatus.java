package cn.selfeval.engine;

/** What a check found for one fact. */
public enum OutcomeStatus {
    DEDUCTED("扣分"),
    /** A finding the framework gives no points: shown beside the deductions, never changes a score. */
    NOTED("提示"),
    PASSED("符合"),
    EXEMPT("豁免"),
    NOT_APPLICABLE("不适用"),
    UNDETERMINED("无法判定");

    private final String label;

    OutcomeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Deductions, 0-point findings and checks that could not decide: what a reader must see in full. */
    public boolean needsAttention() {
        return this == DEDUCTED || this == NOTED || this == UNDETERMINED;
    }
}
