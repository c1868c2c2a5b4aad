package cn.selfeval.review;

import java.time.Instant;

/** One line of a round's audit log: every upload, decision, publication and refused attempt. */
public record AuditEntry(String id, String roundId, String unitId, Instant at, Actor actor, String action,
        String detail) {
}
