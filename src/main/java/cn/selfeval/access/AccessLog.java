package cn.selfeval.access;

import cn.selfeval.review.Actor;
import cn.selfeval.store.Database;
import cn.selfeval.store.Ids;
import cn.selfeval.store.Times;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit log the administrator reads: the actions outside a round (logins, failed logins, logouts, account and
 * assignment changes, rule pack reloads) together with every round's own log (uploads, decisions, publications),
 * newest first.
 */
public final class AccessLog {

    /** One line; {@code round} names the round for a round's action, null for the others. */
    public record Line(String id, Instant at, Actor actor, String action, String detail, String round) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public AccessLog(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    public void record(Actor actor, String action, String detail) {
        jdbi.useHandle(h -> record(h, clock.instant(), actor, action, detail));
    }

    static void record(Handle h, Instant at, Actor actor, String action, String detail) {
        h.createUpdate("INSERT INTO access_log (id, at, actor, address, action, detail) VALUES (:id, :at, :actor, :address, "
                        + ":action, :detail)")
                .bind("id", Ids.next()).bind("at", Times.text(at)).bind("actor", actor.name()).bind("address", actor.address())
                .bind("action", action).bind("detail", detail).execute();
    }

    /** Lines {@code offset} to {@code offset + limit}, newest first. */
    public List<Line> page(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ("
                        + "SELECT a.id, a.at, a.actor, a.address, a.action, a.detail, r.name AS round_name FROM audit_log a "
                        + "JOIN rounds r ON r.id = a.round_id "
                        + "UNION ALL SELECT id, at, actor, address, action, detail, NULL AS round_name FROM access_log"
                        + ") lines ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Line(rs.getString("id"), Times.instant(rs.getString("at")),
                        new Actor(rs.getString("actor"), rs.getString("address")), rs.getString("action"),
                        rs.getString("detail"), rs.getString("round_name"))).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM audit_log) + (SELECT COUNT(*) FROM access_log)")
                .mapTo(Integer.class).one());
    }
}
