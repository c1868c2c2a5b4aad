package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's audit log page and CSV: logins, failures, uploads with who, when and from where; the accounts page. */
class AdminPagesTest {

    @TempDir
    Path temp;

    @Test
    void theAuditLogShowsEveryActionNewestFirstAndExportsIt() {
        try (Database db = Database.sqlite(temp.resolve("data"))) {
            AccessTesting.add(db, "admin", Role.ADMIN, null);
            AccessTesting.add(db, "lihu", Role.UNIT, AccessTesting.LIHU);
            AccessTesting.add(db, "policy", Role.POLICY, null);
            try (WebServer server = AccessTesting.start(db, Clock.systemUTC(), AccessSettings.defaults())) {
                Http base = new Http(server.url());
                assertEquals(401, AccessTesting.login(base, "lihu", "not the password").statusCode());
                Http admin = AccessTesting.session(base, "admin");
                String csrf = AccessTesting.field(Http.text(admin.get("/rounds")), "_csrf");
                assertEquals(201, admin.with(Map.of("X-CSRF-Token", csrf)).post("/api/rounds", "application/json",
                        "{\"name\": \"增城区2023年度复核\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8))
                        .statusCode());
                Http policy = base.with(AccessTesting.bearer(AccessTesting.token(db, "policy")));
                assertEquals(404, policy.post("/api/packs/reload?pack=no-such-pack", "application/json", new byte[0]).statusCode());

                HttpResponse<byte[]> page = admin.get("/admin/audit");
                assertEquals(200, page.statusCode());
                String html = Http.text(page);
                int created = html.indexOf("建立轮次");
                int login = html.indexOf("<td>登录</td>");
                int failed = html.indexOf("登录失败");
                assertTrue(created > 0 && login > created && failed > login, "newest first: " + html);
                assertTrue(html.contains("账户名“lihu”：账户名或密码不正确"), html);
                assertTrue(html.contains("admin的显示名（admin）"), "who: the account");
                assertTrue(html.contains("127.0.0.1"), "from where");
                assertTrue(html.contains("增城区2023年度复核"), "the round a round's action belongs to");

                HttpResponse<byte[]> csv = admin.get("/admin/audit.csv");
                assertEquals(200, csv.statusCode());
                List<String> lines = Http.text(csv).lines().toList();
                assertEquals("\uFEFF时间（北京时间）,操作人,来源地址,操作,轮次,内容", lines.get(0));
                assertTrue(lines.stream().anyMatch(l -> l.contains(",登录失败,")), lines.toString());
                assertTrue(lines.stream().anyMatch(l -> l.contains(",建立账户,")), "accounts made by the command line too");

                String users = Http.text(admin.get("/admin/users"));
                assertTrue(users.contains("<td>lihu</td>") && users.contains(AccessTesting.LIHU) && users.contains("单位填报人"), users);
                assertTrue(Http.text(admin.get("/rounds")).contains("href=\"/admin/audit\""), "admins see the 管理 link");
            }
        }
    }
}
