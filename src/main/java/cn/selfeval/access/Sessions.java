package cn.selfeval.access;

import cn.selfeval.store.Database;
import cn.selfeval.store.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Browser sessions, kept in the store so that several {@code serve} processes sharing one PostgreSQL behind a load
 * balancer know the same sessions (a Jetty session would live in one process). A session id is made at login only
 * (never taken from the request), stored as its SHA-256, and ends at logout, after {@code idle} without a request,
 * or when the account's password changes or the account is disabled.
 */
public final class Sessions {

    /** A session's last-seen time is written at most this often (not on every request). */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A session just made: the cookie's value and the CSRF token of its forms. */
    public record NewSession(String id, String csrf) {
    }

    /** A live session. */
    public record Session(Account account, String csrf) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration idle;

    public Sessions(Database database, Clock clock, Duration idle) {
        this.jdbi = database.jdbi();
        this.clock = clock;
        this.idle = idle;
    }

    public Duration idle() {
        return idle;
    }

    public NewSession create(Account account, String address) {
        NewSession session = new NewSession(Secrets.random(), Secrets.random());
        String now = Times.text(clock.instant());
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sessions WHERE last_seen_at < :expired").bind("expired",
                    Times.text(clock.instant().minus(idle))).execute();
            h.createUpdate("INSERT INTO sessions (id_hash, account_id, csrf_token, created_at, last_seen_at, address) "
                            + "VALUES (:hash, :account, :csrf, :at, :at, :address)")
                    .bind("hash", Secrets.sha256(session.id())).bind("account", account.id()).bind("csrf", session.csrf())
                    .bind("at", now).bind("address", address).execute();
        });
        return session;
    }

    /** The live session with this id, its idle time restarted; empty (and the session ended) once idle too long. */
    public Optional<Session> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(id);
        Instant now = clock.instant();
        record Row(Session session, Instant lastSeen) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT s.csrf_token, s.last_seen_at, a.* FROM sessions s "
                        + "JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = :hash AND a.disabled_at IS NULL")
                .bind("hash", hash).map((rs, ctx) -> new Row(new Session(Accounts.account(rs), rs.getString("csrf_token")),
                        Times.instant(rs.getString("last_seen_at")))).findOne());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().lastSeen().plus(idle).isBefore(now)) {
            end(id);
            return Optional.empty();
        }
        if (row.get().lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :at WHERE id_hash = :hash")
                    .bind("at", Times.text(now)).bind("hash", hash).execute());
        }
        return Optional.of(row.get().session());
    }

    public void end(String id) {
        if (id != null && !id.isBlank()) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE id_hash = :hash").bind("hash", Secrets.sha256(id)).execute());
        }
    }
}
