package cn.selfeval.review;

import java.math.BigDecimal;

/** One indicator's three scores: the unit's own, the rules', the review's (null where the pack does not check it). */
public record IndicatorReview(String code, String name, int level, boolean leaf, BigDecimal points, BigDecimal selfScore,
        BigDecimal computed, BigDecimal reviewed) {

    public boolean changed() {
        return computed != null && reviewed != null && computed.compareTo(reviewed) != 0;
    }
}
