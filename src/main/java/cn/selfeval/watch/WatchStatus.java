package cn.selfeval.watch;

/** Where an item stands on the as-of date, in the order the list shows them. */
public enum WatchStatus {
    OVERDUE("已逾期", "overdue"),
    DUE_SOON("即将到期", "dueSoon"),
    UNDETERMINED("无法判定", "undetermined"),
    LATER("以后到期", "later"),
    DONE_LATE("已逾期完成", "doneLate"),
    DONE_ON_TIME("已按期完成", "doneOnTime");

    private final String label;
    private final String code;

    WatchStatus(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The code in JSON output and in the rule tests' {@code watch:} expectations. */
    public String code() {
        return code;
    }

    /** Listed only when asked for details: nothing to do about them now. */
    public boolean detailOnly() {
        return this == LATER || this == DONE_LATE || this == DONE_ON_TIME;
    }

    /** Not done yet, with or without a known last day: what a calendar entry is for. */
    public boolean pending() {
        return this == OVERDUE || this == DUE_SOON || this == LATER || this == UNDETERMINED;
    }

    public static WatchStatus ofCode(String code) {
        for (WatchStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
