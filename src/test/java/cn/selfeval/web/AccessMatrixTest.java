package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role matrix: every route of a server with accounts, asked by nobody and by each kind of person, allowed or
 * refused exactly as the table below (and docs/serve.md) says. The table is data: a route the server has and the
 * table lacks fails the test, and so does a route without an access rule.
 */
class AccessMatrixTest {

    /**
     * method, path, who may: u = unit staff of the unit in the path (荔湖), o = unit staff of another unit,
     * r = reviewer assigned to the round, x = reviewer not assigned, p = policy staff, a = administrator,
     * * = everybody, also without login. Everyone not listed is refused: 401 (or the login page) without login,
     * 403 with a Chinese message otherwise.
     */
    private static final String MATRIX = """
            GET  /login                                                 *
            POST /login                                                 *
            GET  /api/health                                            *
            GET  /assets/app.js                                         *
            GET  /assets/selfeval.css                                   *
            GET  /template.xlsx                                         u o r x p a
            GET  /api/openapi.yaml                                      *
            GET  /api/openapi.json                                      *
            GET  /                                                      u o r x p a
            POST /check                                                 u o r x p a
            GET  /cards/{id}                                            u o r x p a
            GET  /cards/{id}/download.html                              u o r x p a
            GET  /cards/{id}/download.xlsx                              u o r x p a
            GET  /cards/{id}/download.json                              u o r x p a
            GET  /cards/{id}/download.docx                              u o r x p a
            GET  /watch                                                 u o r x p a
            POST /watch                                                 u o r x p a
            POST /api/watch                                             u o r x p a
            POST /api/check                                             u o r x p a
            GET  /packs                                                 u o r x p a
            GET  /packs/{id}/catalogue                                  u o r x p a
            GET  /api/packs                                             u o r x p a
            POST /logout                                                u o r x p a
            GET  /summary                                               r x p a
            POST /summary                                               r x p a
            GET  /summary/{id}                                          r x p a
            GET  /summary/{id}/summary.csv                              r x p a
            GET  /summary/{id}/summary.xlsx                             r x p a
            GET  /summary/{id}/units/{n}                                r x p a
            GET  /summary/{id}/units/{n}/download.html                  r x p a
            GET  /summary/{id}/units/{n}/download.xlsx                  r x p a
            GET  /summary/{id}/units/{n}/download.json                  r x p a
            GET  /summary/{id}/units/{n}/download.docx                  r x p a
            POST /api/batch                                             r x p a
            POST /api/packs/reload                                      p
            GET  /admin                                                 a
            GET  /admin/audit                                           a
            GET  /admin/audit.csv                                       a
            GET  /admin/users                                           a
            POST /api/rounds                                            a
            POST /rounds                                                a
            POST /api/rounds/{id}/reviewers                             a
            POST /rounds/{id}/reviewers                                 a
            GET  /rounds                                                u o r x a
            GET  /api/rounds                                            u o r x a
            GET  /rounds/{id}                                           u o r a
            GET  /api/rounds/{id}                                       u o r a
            POST /rounds/{id}/submissions                               u o r
            POST /api/rounds/{id}/submissions                           u o r
            GET  /rounds/{id}/units/{unit}                              u r a
            GET  /api/rounds/{id}/units/{unit}                          u r a
            GET  /api/rounds/{id}/units/{unit}/diff                     u r a
            GET  /api/rounds/{id}/units/{unit}/versions/{n}/card.json   u r a
            GET  /api/rounds/{id}/units/{unit}/versions/{n}/submission  u r a
            GET  /api/rounds/{id}/units/{unit}/table2.xlsx              r a
            GET  /api/rounds/{id}/units/{unit}/report.docx              r a
            GET  /api/rounds/{id}/watch                                 r a
            GET  /rounds/{id}/watch                                     r a
            GET  /api/rounds/{id}/export.csv                            r a
            GET  /api/rounds/{id}/export.xlsx                           r a
            GET  /api/rounds/{id}/audit.csv                             r a
            GET  /api/rounds/{id}/audit                                 r a
            POST /rounds/{id}/units/{unit}/decisions                    r
            POST /api/rounds/{id}/units/{unit}/decisions                r
            POST /rounds/{id}/units/{unit}/publish                      r
            POST /api/rounds/{id}/units/{unit}/publish                  r
            """;

    private static final List<String> PEOPLE = List.of("-", "u", "o", "r", "x", "p", "a");

    @TempDir
    static Path temp;

    private static Database db;
    private static WebServer server;
    private static final Map<String, Http> clients = new LinkedHashMap<>();
    private static String roundId;
    private static String unitId;

    @BeforeAll
    static void people() {
        db = Database.sqlite(temp.resolve("data"));
        AccessTesting.add(db, "lihu", Role.UNIT, AccessTesting.LIHU);
        AccessTesting.add(db, "other", Role.UNIT, "广州市增城区人民政府永宁街道办事处");
        AccessTesting.add(db, "reviewer", Role.REVIEWER, null);
        AccessTesting.add(db, "unassigned", Role.REVIEWER, null);
        AccessTesting.add(db, "policy", Role.POLICY, null);
        AccessTesting.add(db, "admin", Role.ADMIN, null);
        server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC), AccessSettings.defaults());
        Http anonymous = new Http(server.url());
        clients.put("-", anonymous);
        Map<String, String> names = Map.of("u", "lihu", "o", "other", "r", "reviewer", "x", "unassigned", "p", "policy", "a", "admin");
        names.forEach((who, name) -> clients.put(who, anonymous.with(AccessTesting.bearer(AccessTesting.token(db, name)))));

        HttpResponse<byte[]> round = clients.get("a").post("/api/rounds", "application/json",
                "{\"name\": \"增城区2023年度复核\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, round.statusCode(), Http.text(round));
        roundId = AccessTesting.json(round).path("id").asText();
        new Accounts(db, Clock.systemUTC()).assign("reviewer", roundId, AccessTesting.SETUP);
        HttpResponse<byte[]> upload = clients.get("u").multipart("/api/rounds/" + roundId + "/submissions",
                List.of(Http.Part.file("files", Path.of("fixtures/lihu-2023.json"))), Map.of());
        assertEquals(200, upload.statusCode(), Http.text(upload));
        unitId = AccessTesting.json(upload).path("submissions").get(0).path("unit").asText();
        assertTrue(!unitId.isEmpty(), Http.text(upload));
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    private record Row(String method, String path, Set<String> allowed) {
    }

    private static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            Set<String> allowed = new TreeSet<>(List.of(cells).subList(2, cells.length));
            rows.add(new Row(cells[0], cells[1], allowed.contains("*") ? Set.copyOf(PEOPLE) : allowed));
        }
        return rows;
    }

    @Test
    void everyRouteOfTheServerIsInTheMatrixWithARule() {
        Set<String> listed = new TreeSet<>();
        matrix().forEach(r -> listed.add(r.method() + " " + r.path()));
        Set<String> served = new TreeSet<>();
        for (WebServer.Route route : server.accessRules()) {
            assertNotNull(route.access(), route.method() + " " + route.path() + " 没有访问规则");
            served.add(route.method() + " " + route.path());
        }
        assertEquals(listed, served, "服务的路由与矩阵不一致（新路由须在矩阵和 docs/serve.md 中写明谁可以使用）");
    }

    @Test
    void everyoneIsAllowedOrRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            String path = concrete(row.path());
            for (String who : PEOPLE) {
                HttpResponse<byte[]> answer = ask(clients.get(who), row.method(), path);
                int status = answer.statusCode();
                String seen = row.method() + " " + path + " as " + who + " → " + status + " " + Http.text(answer).lines().findFirst().orElse("");
                if (row.allowed().contains(who)) {
                    if (status == 401 || status == 403) {
                        wrong.add("应允许：" + seen);
                    }
                } else if (who.equals("-")) {
                    boolean page = row.method().equals("GET") && !path.startsWith("/api/");
                    boolean ok = page ? status == 303 && answer.headers().firstValue("Location").orElse("").startsWith("/login?next=")
                            : status == 401 && Http.text(answer).contains("请先登录");
                    if (!ok) {
                        wrong.add("未登录应拒绝：" + seen);
                    }
                } else if (status != 403 || !Http.text(answer).contains("无权访问")) {
                    wrong.add("应拒绝（403）：" + seen);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    private static String concrete(String path) {
        String p = path.startsWith("/cards/") || path.startsWith("/summary/") ? path.replace("{id}", "0000000000000000")
                : path.startsWith("/packs/") ? path.replace("{id}", "no-such-pack") : path.replace("{id}", roundId);
        p = p.replace("{unit}", unitId).replace("{n}", "1");
        if (p.endsWith("/diff")) {
            p += "?from=1&to=1";
        }
        if (p.equals("/api/packs/reload")) {
            p += "?pack=no-such-pack"; // allowed, refused by the reloader at once (a real reload runs every pack's tests)
        }
        return p;
    }

    private static HttpResponse<byte[]> ask(Http http, String method, String path) {
        return method.equals("GET") ? http.get(path) : http.post(path, "application/json", new byte[0]);
    }
}
