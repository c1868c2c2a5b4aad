package cn.selfeval.review;

import cn.selfeval.model.Labelled;

/** Where a unit of a round is: 待检查 → 已检查 → 复核中 → 已发布 (a later upload starts again at 已检查). */
public enum UnitStatus implements Labelled {
    PENDING("待检查"),
    CHECKED("已检查"),
    REVIEWING("复核中"),
    PUBLISHED("已发布");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
