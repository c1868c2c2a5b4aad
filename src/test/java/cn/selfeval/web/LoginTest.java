package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.access.AccessLog;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in and out, the session cookie, CSRF, throttling, API tokens and the trusted proxy's header. */
class LoginTest {

    @TempDir
    Path temp;

    private Database db() {
        Database db = Database.sqlite(temp.resolve("data"));
        AccessTesting.add(db, "zhang", Role.REVIEWER, null);
        AccessTesting.add(db, "admin", Role.ADMIN, null);
        return db;
    }

    @Test
    void aLoginMakesANewHttpOnlyStrictSessionAndLogoutEndsIt() {
        try (Database db = db(); WebServer server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC),
                AccessSettings.defaults())) {
            Http http = new Http(server.url());
            HttpResponse<byte[]> page = http.get("/rounds");
            assertEquals(303, page.statusCode());
            assertEquals("/login?next=%2Frounds", page.headers().firstValue("Location").orElseThrow());

            // A session id the browser already had (e.g. planted by someone else) is never kept: the login makes a new one.
            Http planted = http.with(Map.of("Cookie", "selfeval_session=planted-by-someone"));
            HttpResponse<byte[]> loginPage = planted.get("/login");
            String loginCookie = AccessTesting.setCookie(loginPage, "selfeval_login").orElseThrow();
            HttpResponse<byte[]> answer = planted.with(Map.of("Cookie", "selfeval_session=planted-by-someone; selfeval_login=" + loginCookie))
                    .form("/login", Map.of("login_token", AccessTesting.field(Http.text(loginPage), "login_token"), "name", "zhang",
                            "password", AccessTesting.PASSWORD, "next", "/rounds"));
            assertEquals(303, answer.statusCode(), Http.text(answer));
            assertEquals("/rounds", answer.headers().firstValue("Location").orElseThrow());
            String line = AccessTesting.setCookieLine(answer, "selfeval_session");
            assertTrue(line.contains("HttpOnly"), line);
            assertTrue(line.contains("SameSite=Strict"), line);
            assertFalse(line.contains("Secure"), "over plain HTTP the cookie is not Secure: " + line);
            String session = AccessTesting.setCookie(answer, "selfeval_session").orElseThrow();
            assertNotEquals("planted-by-someone", session);
            assertEquals(43, session.length());

            Http zhang = http.with(Map.of("Cookie", "selfeval_session=" + session));
            HttpResponse<byte[]> rounds = zhang.get("/rounds");
            assertEquals(200, rounds.statusCode(), Http.text(rounds));
            assertTrue(Http.text(rounds).contains("zhang的显示名（复核人员）"), "the header names who is logged in");

            // Logging in again gives yet another id; the one before no longer works.
            Http again = AccessTesting.session(zhang, "zhang");
            assertEquals(303, zhang.get("/rounds").statusCode(), "the earlier session ended when the same browser logged in again");
            assertEquals(200, again.get("/rounds").statusCode());

            String csrf = AccessTesting.field(Http.text(again.get("/rounds")), "_csrf");
            HttpResponse<byte[]> out = again.form("/logout", Map.of("_csrf", csrf));
            assertEquals(303, out.statusCode(), Http.text(out));
            assertEquals("/login", out.headers().firstValue("Location").orElseThrow());
            assertEquals(303, again.get("/rounds").statusCode(), "after logout the session is gone");

            List<String> actions = new AccessLog(db, Clock.systemUTC()).page(0, 100).stream().map(AccessLog.Line::action).toList();
            assertTrue(actions.containsAll(List.of("登录", "退出")), actions.toString());
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndAfterFiveFailuresTheNextAttemptWaitsLongerEachTime() {
        AccessTesting.MovingClock clock = new AccessTesting.MovingClock(TestServers.NOW);
        try (Database db = db(); WebServer server = AccessTesting.start(db, clock, AccessSettings.defaults())) {
            Http http = new Http(server.url());
            for (int i = 1; i <= 5; i++) {
                HttpResponse<byte[]> wrong = AccessTesting.login(http, "zhang", "wrong password " + i);
                assertEquals(401, wrong.statusCode(), "attempt " + i);
                assertTrue(Http.text(wrong).contains("账户名或密码不正确"), Http.text(wrong));
            }
            HttpResponse<byte[]> waiting = AccessTesting.login(http, "zhang", AccessTesting.PASSWORD);
            assertEquals(429, waiting.statusCode(), "even the right password waits");
            assertTrue(Http.text(waiting).contains("登录失败次数过多，请在30秒后再试"), Http.text(waiting));
            assertEquals("30", waiting.headers().firstValue("Retry-After").orElseThrow());

            clock.advance(Duration.ofSeconds(31));
            assertEquals(401, AccessTesting.login(http, "zhang", "wrong again").statusCode());
            HttpResponse<byte[]> longer = AccessTesting.login(http, "zhang", AccessTesting.PASSWORD);
            assertTrue(Http.text(longer).contains("请在60秒后再试"), "the delay doubles: " + Http.text(longer));

            clock.advance(Duration.ofSeconds(61));
            assertEquals(303, AccessTesting.login(http, "zhang", AccessTesting.PASSWORD).statusCode(), "after the wait it works");

            List<AccessLog.Line> log = new AccessLog(db, Clock.systemUTC()).page(0, 100);
            assertEquals(6, log.stream().filter(l -> l.action().equals("登录失败")).count());
            assertTrue(log.stream().anyMatch(l -> l.action().equals("登录受限")));
            AccessLog.Line failure = log.stream().filter(l -> l.action().equals("登录失败")).findFirst().orElseThrow();
            assertEquals("127.0.0.1", failure.actor().address());
            assertTrue(failure.detail().contains("zhang"), failure.detail());
        }
    }

    @Test
    void aSessionEndsAfterTheIdleTime() {
        AccessTesting.MovingClock clock = new AccessTesting.MovingClock(TestServers.NOW);
        try (Database db = db(); WebServer server = AccessTesting.start(db, clock,
                new AccessSettings(Duration.ofMinutes(30), null, Set.of()))) {
            Http zhang = AccessTesting.session(new Http(server.url()), "zhang");
            clock.advance(Duration.ofMinutes(20));
            assertEquals(200, zhang.get("/rounds").statusCode(), "20 minutes idle: still logged in");
            clock.advance(Duration.ofMinutes(29));
            assertEquals(200, zhang.get("/rounds").statusCode(), "each request restarts the idle time");
            clock.advance(Duration.ofMinutes(31));
            HttpResponse<byte[]> expired = zhang.get("/rounds");
            assertEquals(303, expired.statusCode(), "31 minutes idle: logged out");
            assertEquals(401, zhang.get("/api/rounds").statusCode());
        }
    }

    @Test
    void aChangeMadeWithTheSessionCookieNeedsTheFormsCsrfToken() {
        try (Database db = db(); WebServer server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC),
                AccessSettings.defaults())) {
            Http admin = AccessTesting.session(new Http(server.url()), "admin");
            Map<String, String> round = Map.of("name", "增城区2023年度复核", "year", "2023", "district", "增城区");
            HttpResponse<byte[]> forged = admin.multipart("/rounds", List.of(), round);
            assertEquals(403, forged.statusCode());
            assertTrue(Http.text(forged).contains("请求缺少有效的表单令牌（CSRF），未处理"), Http.text(forged));
            HttpResponse<byte[]> wrongToken = admin.with(Map.of("X-CSRF-Token", "guessed")).multipart("/rounds", List.of(), round);
            assertEquals(403, wrongToken.statusCode());

            String page = Http.text(admin.get("/rounds"));
            String csrf = AccessTesting.field(page, "_csrf");
            Map<String, String> withToken = new java.util.HashMap<>(round);
            withToken.put("_csrf", csrf);
            HttpResponse<byte[]> made = admin.multipart("/rounds", List.of(), withToken);
            assertEquals(303, made.statusCode(), Http.text(made));
            assertTrue(Http.text(admin.get("/rounds")).contains("增城区2023年度复核"));
            assertEquals(201, admin.with(Map.of("X-CSRF-Token", csrf)).post("/api/rounds", "application/json",
                    "{\"name\": \"第二轮\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8)).statusCode(),
                    "the API takes the token as a header");
        }
    }

    @Test
    void anApiTokenWorksWithoutCsrfUntilItIsRevoked() {
        try (Database db = db(); WebServer server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC),
                AccessSettings.defaults())) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            Accounts.IssuedToken token = accounts.issueToken("admin", AccessTesting.SETUP);
            Http script = new Http(server.url(), AccessTesting.bearer(token.token()));
            HttpResponse<byte[]> made = script.post("/api/rounds", "application/json",
                    "{\"name\": \"增城区2023年度复核\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(201, made.statusCode(), Http.text(made));

            accounts.revoke("admin", token.id(), AccessTesting.SETUP);
            HttpResponse<byte[]> revoked = script.get("/api/rounds");
            assertEquals(401, revoked.statusCode());
            assertTrue(Http.text(revoked).contains("令牌无效或已撤销"), Http.text(revoked));
            assertEquals(401, new Http(server.url(), AccessTesting.bearer("made-up")).get("/api/rounds").statusCode());
        }
    }

    @Test
    void theTrustedHeaderIsHonouredOnlyFromTheProxysAddress() {
        try (Database db = db()) {
            try (WebServer behindProxy = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC),
                    new AccessSettings(Duration.ofMinutes(30), "X-Remote-User", Set.of("127.0.0.1")))) {
                Http proxied = new Http(behindProxy.url(), Map.of("X-Remote-User", "zhang", "X-Forwarded-For", "10.1.2.3",
                        "X-Forwarded-Proto", "https"));
                HttpResponse<byte[]> page = proxied.get("/rounds");
                assertEquals(200, page.statusCode(), Http.text(page));
                assertTrue(Http.text(page).contains("zhang的显示名（复核人员）"));
                assertTrue(AccessTesting.setCookieLine(page, "selfeval_session").contains("Secure"),
                        "the proxy says the browser came by HTTPS: the cookie is Secure");
                assertEquals(401, new Http(behindProxy.url(), Map.of("X-Remote-User", "nobody")).get("/api/rounds").statusCode());
            }
            try (WebServer elsewhere = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC),
                    new AccessSettings(Duration.ofMinutes(30), "X-Remote-User", Set.of("10.9.9.9")))) {
                HttpResponse<byte[]> page = new Http(elsewhere.url(), Map.of("X-Remote-User", "zhang")).get("/rounds");
                assertEquals(303, page.statusCode(), "from an address that is not the proxy the header is ignored");
                assertEquals(401, new Http(elsewhere.url(), Map.of("X-Remote-User", "zhang")).get("/api/rounds").statusCode());
            }
        }
    }

    @Test
    void bindingBeyondLoopbackNeedsAnAdministratorFirst() {
        try (Database db = Database.sqlite(temp.resolve("empty"))) {
            WebServer.Settings settings = new WebServer.Settings(Path.of("rules"), "0.0.0.0", 0, TestServers.LIMITS,
                    Clock.fixed(TestServers.NOW, ZoneOffset.UTC), db, true);
            WebServer.NoAdministrator refused = org.junit.jupiter.api.Assertions.assertThrows(WebServer.NoAdministrator.class,
                    () -> WebServer.start(settings));
            assertTrue(refused.getMessage().contains("还没有管理员账户，未启动服务"), refused.getMessage());
            AccessTesting.add(db, "zhang", Role.REVIEWER, null);
            org.junit.jupiter.api.Assertions.assertThrows(WebServer.NoAdministrator.class, () -> WebServer.start(settings),
                    "a reviewer is not enough");
            AccessTesting.add(db, "admin", Role.ADMIN, null);
            try (WebServer server = WebServer.start(settings)) {
                assertTrue(server.accessRequired());
                assertEquals(303, new Http(server.url()).get("/").statusCode(), "everyone logs in");
                assertEquals(200, new Http(server.url()).get("/api/health").statusCode());
            }
        }
        try (Database db = Database.sqlite(temp.resolve("none")); WebServer local = AccessTesting.start(db,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC), AccessSettings.defaults())) {
            assertFalse(local.accessRequired(), "loopback without accounts: single-user mode");
            assertEquals(200, new Http(local.url()).get("/rounds").statusCode());
        }
    }
}
