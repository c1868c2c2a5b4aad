package cn.selfeval.review;

/** Where a unit of a round is: 待检查 → 已检查 → 复核中 → 已发布 (a later upload starts again at 已检查). */
public enum UnitStatus {
    PENDING("pending", "待检查"),
    CHECKED("checked", "已检查"),
    REVIEWING("reviewing", "复核中"),
    PUBLISHED("published", "已发布");

    private final String code;
    private final String label;

    UnitStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
