package cn.selfeval.review;

import java.time.Instant;

/**
 * A review round: one year's submissions of one district's units, checked with one pack (or the pack each
 * submission's year and district choose when {@code pack} is null).
 */
public record Round(String id, String name, int year, String district, String pack, Instant createdAt,
        Actor createdBy) {
}
