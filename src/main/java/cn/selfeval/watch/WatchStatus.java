package cn.selfeval.watch;

import cn.selfeval.model.Labelled;

/** Where an item stands on the as-of date, in the order the list shows them. */
public enum WatchStatus implements Labelled {
    OVERDUE("已逾期"),
    DUE_SOON("即将到期"),
    UNDETERMINED("无法判定"),
    LATER("以后到期"),
    DONE_LATE("已逾期完成"),
    DONE_ON_TIME("已按期完成");

    private final String label;

    WatchStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
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
            if (status.code().equals(code)) {
                return status;
            }
        }
        return null;
    }
}
