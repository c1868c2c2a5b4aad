package cn.selfeval.engine;

/** What a check found for one fact. */
public enum OutcomeStatus {
    DEDUCTED("扣分"),
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
}
