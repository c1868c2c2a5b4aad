package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page on another site must not make the user's browser change anything here: in single-user mode, which has no
 * session and so no CSRF token, and with accounts, before the session is even looked at.
 */
class CrossSiteChangesTest {

    private static final Path LIHU_JSON = Path.of("fixtures/lihu-2023.json");
    private static final String REFUSED = "拒绝来自其他网站页面的提交";

    @TempDir
    Path temp;

    private static HttpResponse<byte[]> check(Http http) throws Exception {
        return http.post("/api/check", "application/json", Files.readAllBytes(LIHU_JSON));
    }

    @Test
    void inSingleUserModeABrowserChangeFromAnotherSiteIsRefusedAndScriptsAreNot() throws Exception {
        Http http = new Http(TestServers.shared().url());
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<byte[]> forged = check(http.with(Map.of("Sec-Fetch-Site", site)));
            assertEquals(403, forged.statusCode(), site);
            assertTrue(Http.text(forged).contains(REFUSED), Http.text(forged));
        }
        HttpResponse<byte[]> oldBrowser = check(http.with(Map.of("Origin", "http://evil.example")));
        assertEquals(403, oldBrowser.statusCode(), "no Sec-Fetch-Site: judged by Origin");
        assertTrue(Http.text(oldBrowser).contains(REFUSED), Http.text(oldBrowser));
        assertEquals(403, check(http.with(Map.of("Origin", "null"))).statusCode(), "an opaque origin (sandboxed page, file:)");

        assertEquals(200, check(http.with(Map.of("Sec-Fetch-Site", "same-origin"))).statusCode(), "the service's own page");
        assertEquals(200, check(http.with(Map.of("Sec-Fetch-Site", "none"))).statusCode(), "typed by the user");
        String own = TestServers.shared().url().replaceAll("/+$", "");
        assertEquals(200, check(http.with(Map.of("Origin", own))).statusCode(), "an older browser on the service's own page");
        assertEquals(200, check(http).statusCode(), "a script sends neither header");
        assertEquals(200, http.with(Map.of("Sec-Fetch-Site", "cross-site")).get("/").statusCode(),
                "following a link from another site to a page changes nothing and is allowed");
    }

    @Test
    void withAccountsACrossSiteChangeIsRefusedBeforeTheSessionIsLookedAt() throws Exception {
        try (Database db = Database.sqlite(temp.resolve("data"))) {
            AccessTesting.add(db, "zhang", Role.REVIEWER, null);
            try (WebServer server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC), AccessSettings.defaults())) {
                Http zhang = AccessTesting.session(new Http(server.url()), "zhang");
                HttpResponse<byte[]> forged = zhang.with(Map.of("Sec-Fetch-Site", "cross-site")).form("/logout", Map.of());
                assertEquals(403, forged.statusCode());
                assertTrue(Http.text(forged).contains(REFUSED), Http.text(forged));
                assertEquals(200, zhang.get("/rounds").statusCode(), "still logged in");
            }
        }
    }
}
