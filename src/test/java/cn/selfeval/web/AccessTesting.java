package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.selfeval.access.Account;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.review.Actor;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Servers with accounts for the access tests: the people of the role matrix, logging in, a clock that moves. */
final class AccessTesting {

    static final String PASSWORD = "一个足够长的密码 correct horse";
    static final String LIHU = "广州市增城区人民政府荔湖街道办事处";
    static final Actor SETUP = new Actor("测试", "测试");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessTesting() {
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static WebServer start(Database db, Clock clock, AccessSettings access) {
        return WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, TestServers.LIMITS, clock, db, true).withAccess(access));
    }

    static Account add(Database db, String name, Role role, String unit) {
        return new Accounts(db, Clock.systemUTC()).add(name, name + "的显示名", role, unit, PASSWORD, SETUP);
    }

    static String token(Database db, String name) {
        return new Accounts(db, Clock.systemUTC()).issueToken(name, SETUP).token();
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The value of a cookie the response sets, if it sets it. */
    static Optional<String> setCookie(HttpResponse<byte[]> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    static String setCookieLine(HttpResponse<byte[]> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow();
    }

    /** Opens the login page and logs in; the response of the POST (its session cookie, if it worked). */
    static HttpResponse<byte[]> login(Http http, String name, String password) {
        HttpResponse<byte[]> page = http.get("/login");
        String cookie = setCookie(page, "selfeval_login").orElseThrow();
        String token = field(Http.text(page), "login_token");
        String cookies = http.headers().containsKey("Cookie") ? http.headers().get("Cookie") + "; " : "";
        return http.with(Map.of("Cookie", cookies + "selfeval_login=" + cookie)).form("/login", Map.of("login_token", token,
                "name", name, "password", password, "next", "/rounds"));
    }

    /** A client logged in as that account, by its session cookie. */
    static Http session(Http http, String name) {
        HttpResponse<byte[]> answer = login(http, name, PASSWORD);
        assertEquals(303, answer.statusCode(), Http.text(answer));
        return http.with(Map.of("Cookie", "selfeval_session=" + setCookie(answer, "selfeval_session").orElseThrow()));
    }

    /** The value of a hidden input on a page. */
    static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("页面中没有 " + name + "：" + page);
        }
        return m.group(1);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
