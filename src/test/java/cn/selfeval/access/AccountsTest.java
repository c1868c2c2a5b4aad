package cn.selfeval.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.review.Actor;
import cn.selfeval.review.ReviewTesting;
import cn.selfeval.review.Rounds;
import cn.selfeval.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Accounts, sessions, tokens, assignments, throttling and the access log on SQLite and on a real PostgreSQL. */
class AccountsTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Actor ADMIN = new Actor("管理员", "命令行");
    private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void accountsArePasswordCheckedDisabledAndLogged(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            assertFalse(accounts.any());
            Account li = accounts.add("li", "李四", Role.UNIT, " 广州市增城区人民政府荔湖街道办事处 ", PASSWORD, ADMIN);
            assertEquals("广州市增城区人民政府荔湖街道办事处", li.unitName());
            assertTrue(accounts.any());
            assertFalse(accounts.anyAdmin());
            accounts.add("admin", null, Role.ADMIN, null, PASSWORD, ADMIN);
            assertTrue(accounts.anyAdmin());

            AccessException taken = assertThrows(AccessException.class, () -> accounts.add("li", null, Role.ADMIN, null, PASSWORD, ADMIN));
            assertEquals("已有名为“li”的账户；未建立", taken.getMessage());
            assertEquals("密码至少 12 个字符，实为 11 个；未保存", assertThrows(AccessException.class,
                    () -> accounts.add("wang", null, Role.POLICY, null, "十一个字的密码啊啊啊啊", ADMIN)).getMessage());
            assertTrue(assertThrows(AccessException.class, () -> accounts.add("bad name", null, Role.POLICY, null, PASSWORD, ADMIN))
                    .getMessage().contains("不含空格"));

            String hash = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM accounts WHERE name = 'li'")
                    .mapTo(String.class).one());
            assertTrue(hash.startsWith("$argon2id$"), hash);
            assertFalse(hash.contains(PASSWORD));

            assertEquals("li", accounts.login("li", PASSWORD).orElseThrow().name());
            assertTrue(accounts.login("li", "wrong password!").isEmpty());
            assertTrue(accounts.login("nobody", PASSWORD).isEmpty());

            accounts.passwd("li", "a new password here", ADMIN);
            assertTrue(accounts.login("li", PASSWORD).isEmpty());
            accounts.disable("li", ADMIN);
            assertTrue(accounts.login("li", "a new password here").isEmpty(), "a disabled account cannot log in");
            assertTrue(assertThrows(AccessException.class, () -> accounts.disable("li", ADMIN)).getMessage().contains("已于"));

            List<String> actions = new AccessLog(db, Clock.systemUTC()).page(0, 10).stream().map(AccessLog.Line::action).toList();
            assertEquals(List.of("停用账户", "修改密码", "建立账户", "建立账户"), actions);
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void sessionsEndWhenIdleOrWhenThePasswordChanges(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            MutableClock clock = new MutableClock();
            Accounts accounts = new Accounts(db, clock);
            Account li = accounts.add("li", null, Role.REVIEWER, null, PASSWORD, ADMIN);
            Sessions sessions = new Sessions(db, clock, Duration.ofMinutes(30));
            Sessions.NewSession s = sessions.create(li, "10.0.0.1");
            assertEquals(s.csrf(), sessions.find(s.id()).orElseThrow().csrf());
            Integer stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sessions WHERE id_hash = :id")
                    .bind("id", s.id()).mapTo(Integer.class).one());
            assertEquals(0, stored, "only the id's hash is stored");
            clock.now = clock.now.plus(Duration.ofMinutes(31));
            assertTrue(sessions.find(s.id()).isEmpty());

            Sessions.NewSession t = sessions.create(li, "10.0.0.1");
            accounts.passwd("li", "another long password", ADMIN);
            assertTrue(sessions.find(t.id()).isEmpty(), "a new password ends the sessions");
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void tokensAssignmentsThrottlingAndTheLogOfRounds(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            MutableClock clock = new MutableClock();
            Accounts accounts = new Accounts(db, clock);
            accounts.add("zhang", "张三", Role.REVIEWER, null, PASSWORD, ADMIN);
            accounts.add("li", null, Role.POLICY, null, PASSWORD, ADMIN);
            Accounts.IssuedToken token = accounts.issueToken("zhang", ADMIN);
            assertEquals("zhang", accounts.byToken(token.token()).orElseThrow().name());
            assertEquals(1, accounts.revoke("zhang", null, ADMIN));
            assertTrue(accounts.byToken(token.token()).isEmpty());

            String round = new Rounds(db, ReviewTesting.check(), clock).create("增城区2023年度复核", 2023, "增城区", null, List.of(), ADMIN).id();
            accounts.assign("zhang", round, ADMIN);
            accounts.assign("zhang", round, ADMIN);
            assertTrue(accounts.assigned(accounts.find("zhang").orElseThrow().id(), round));
            assertEquals(List.of("zhang"), accounts.reviewers(round).stream().map(Account::name).toList());
            assertTrue(assertThrows(AccessException.class, () -> accounts.assign("li", round, ADMIN)).getMessage()
                    .contains("只有复核人员（reviewer）可以分配到复核轮次"));

            LoginThrottle throttle = new LoginThrottle(db, clock);
            for (int i = 0; i < 4; i++) {
                throttle.failed("zhang", "10.0.0.9");
            }
            assertTrue(throttle.waiting("zhang", "10.0.0.1").isEmpty(), "four failures: no wait");
            throttle.failed("zhang", "10.0.0.9");
            assertEquals(Duration.ofSeconds(30), throttle.waiting("zhang", "10.0.0.1").orElseThrow(), "by account name");
            assertEquals(Duration.ofSeconds(30), throttle.waiting("li", "10.0.0.9").orElseThrow(), "by address");
            clock.now = clock.now.plusSeconds(30);
            throttle.failed("zhang", "10.0.0.9");
            assertEquals(Duration.ofSeconds(60), throttle.waiting("zhang", "10.0.0.1").orElseThrow());
            for (int i = 0; i < 10; i++) {
                throttle.failed("zhang", "10.0.0.9");
            }
            assertEquals(LoginThrottle.MAX_DELAY, throttle.waiting("zhang", "10.0.0.1").orElseThrow());
            throttle.succeeded("zhang", "10.0.0.9");
            assertTrue(throttle.waiting("zhang", "10.0.0.9").isEmpty());

            AccessLog log = new AccessLog(db, clock);
            List<AccessLog.Line> lines = log.page(0, 100);
            assertEquals(log.count(), lines.size());
            AccessLog.Line created = lines.stream().filter(l -> l.action().equals("建立轮次")).findFirst().orElseThrow();
            assertEquals("增城区2023年度复核", created.round(), "a round's own log is in the admin's log, with the round named");
            assertEquals(2, log.page(1, 2).size());
            assertEquals(lines.get(1).id(), log.page(1, 2).get(0).id(), "pages follow the same newest-first order");
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = T0;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
