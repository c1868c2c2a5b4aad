package cn.selfeval.access;

import cn.selfeval.store.Database;
import cn.selfeval.store.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed logins for an account name or from a client
 * address, the next attempt waits {@link #FIRST_DELAY}, doubling with each further failure up to {@link #MAX_DELAY}.
 * The counts are in the store, so every process behind a load balancer sees them; a success clears both, and
 * failures older than {@link #FORGOTTEN_AFTER} are forgotten. A waiting attempt is answered at once (429), no
 * thread sleeps.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(24);

    private final Jdbi jdbi;
    private final Clock clock;

    public LoginThrottle(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** How long the attempt must still wait, if at all. */
    public Optional<Duration> waiting(String accountName, String address) {
        Instant now = clock.instant();
        return keys(accountName, address).stream().map(key -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT failures, last_failure_at FROM login_failures WHERE throttle_key = :key").bind("key", key)
                        .map((rs, ctx) -> until(rs.getInt("failures"), Times.instant(rs.getString("last_failure_at"))))
                        .findOne()))
                .flatMap(Optional::stream)
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo)
                .map(until -> Duration.between(now, until));
    }

    private static Instant until(int failures, Instant last) {
        if (failures < FREE_FAILURES) {
            return Instant.MIN;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return last.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    public void failed(String accountName, String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            for (String key : keys(accountName, address)) {
                h.createUpdate("INSERT INTO login_failures (throttle_key, failures, last_failure_at) VALUES (:key, 1, :at) "
                                + "ON CONFLICT (throttle_key) DO UPDATE SET failures = CASE WHEN login_failures.last_failure_at < :forgotten "
                                + "THEN 1 ELSE login_failures.failures + 1 END, last_failure_at = :at")
                        .bind("key", key).bind("at", Times.text(now)).bind("forgotten", Times.text(now.minus(FORGOTTEN_AFTER)))
                        .execute();
            }
        });
    }

    public void succeeded(String accountName, String address) {
        jdbi.useTransaction(h -> {
            for (String key : keys(accountName, address)) {
                h.createUpdate("DELETE FROM login_failures WHERE throttle_key = :key").bind("key", key).execute();
            }
        });
    }

    private static List<String> keys(String accountName, String address) {
        return List.of("account:" + (accountName == null ? "" : accountName.strip()), "address:" + address);
    }
}
