package cn.selfeval.scoring;

/** Whether the pack has rules for an indicator: unchecked indicators are never shown as full marks. */
public enum Coverage {
    CHECKED("已检查"),
    PARTIAL("部分检查"),
    NOT_CHECKED("未检查");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
