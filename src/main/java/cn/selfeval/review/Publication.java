package cn.selfeval.review;

import java.math.BigDecimal;
import java.time.Instant;

/** A unit's 复核分 as published for one version, frozen: a later upload starts a new review and leaves this one. */
public record Publication(String id, String unitId, String versionId, BigDecimal selfScore, BigDecimal computed,
        BigDecimal reviewed, String grade, String reviewJson, Instant publishedAt, Actor publishedBy) {
}
