package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit staff see and upload only their own unit, see 复核分 and 复核意见 only once published, and only their own one-off cards. */
class UnitScopeTest {

    private static final String B54 = "B5.4|采购合同逾期签订|ZC2023-004";

    @TempDir
    Path temp;

    @Test
    void unitStaffUploadOnlyTheirUnitAndSeeTheReviewOnlyOncePublished() {
        try (Database db = Database.sqlite(temp.resolve("data"))) {
            AccessTesting.add(db, "lihu", Role.UNIT, AccessTesting.LIHU);
            AccessTesting.add(db, "reviewer", Role.REVIEWER, null);
            AccessTesting.add(db, "admin", Role.ADMIN, null);
            try (WebServer server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC), AccessSettings.defaults())) {
                Http base = new Http(server.url());
                Http admin = base.with(AccessTesting.bearer(AccessTesting.token(db, "admin")));
                Http lihu = base.with(AccessTesting.bearer(AccessTesting.token(db, "lihu")));
                Http reviewer = base.with(AccessTesting.bearer(AccessTesting.token(db, "reviewer")));
                String round = AccessTesting.json(admin.post("/api/rounds", "application/json",
                        "{\"name\": \"增城区2023年度复核\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8)))
                        .path("id").asText();
                HttpResponse<byte[]> assigned = admin.post("/api/rounds/" + round + "/reviewers", "application/json",
                        "{\"account\": \"reviewer\"}".getBytes(StandardCharsets.UTF_8));
                assertEquals(200, assigned.statusCode(), Http.text(assigned));

                // Another unit's file is refused with both names; the unit's own file in the same upload is filed.
                HttpResponse<byte[]> upload = lihu.multipart("/api/rounds/" + round + "/submissions", List.of(
                        Http.Part.file("files", Path.of("fixtures/clean-2023.json")),
                        Http.Part.file("files", Path.of("fixtures/lihu-2023.json"))), Map.of());
                assertEquals(200, upload.statusCode(), Http.text(upload));
                JsonNode answer = AccessTesting.json(upload);
                assertEquals(1, answer.path("submissions").size(), answer.toString());
                assertEquals(AccessTesting.LIHU, answer.path("submissions").get(0).path("unitName").asText());
                String refusal = answer.path("notRead").get(0).path("reason").asText();
                assertEquals("clean-2023.json：填报的单位名称为“示例街道办事处（无扣分示例）”，您的账户属于“" + AccessTesting.LIHU
                        + "”；单位填报人只能上传本单位的填报，未上传", refusal);
                // The reviewer files the other unit's submission: it is in the round, but not for 荔湖's staff.
                assertEquals(200, reviewer.multipart("/api/rounds/" + round + "/submissions", List.of(
                        Http.Part.file("files", Path.of("fixtures/clean-2023.json"))), Map.of()).statusCode());
                JsonNode full = AccessTesting.json(reviewer.get("/api/rounds/" + round));
                assertEquals(2, full.path("units").size());
                JsonNode seen = AccessTesting.json(lihu.get("/api/rounds/" + round));
                assertEquals(1, seen.path("units").size(), seen.toString());
                String unit = seen.path("units").get(0).path("id").asText();
                String other = full.path("units").findValues("id").stream().map(JsonNode::asText).filter(id -> !id.equals(unit))
                        .findFirst().orElseThrow();
                HttpResponse<byte[]> notTheirs = lihu.get("/api/rounds/" + round + "/units/" + other);
                assertEquals(403, notTheirs.statusCode());
                assertTrue(Http.text(notTheirs).contains("无权访问"), Http.text(notTheirs));

                HttpResponse<byte[]> decided = reviewer.post("/api/rounds/" + round + "/units/" + unit + "/decisions", "application/json",
                        ("{\"outcome\": \"" + B54 + "\", \"action\": \"overturn\", \"reason\": \"顺延后未逾期\"}").getBytes(StandardCharsets.UTF_8));
                assertEquals(201, decided.statusCode(), Http.text(decided));
                JsonNode draft = AccessTesting.json(lihu.get("/api/rounds/" + round + "/units/" + unit));
                assertTrue(draft.path("reviewedScore").isNull(), "no 复核分 before publication: " + draft.path("reviewedScore"));
                assertEquals(0, draft.path("decisions").size(), "draft decisions are not shown");
                assertFalse(draft.toString().contains("顺延后未逾期"), "nor their reasons");
                String page = Http.text(lihu.get("/rounds/" + round + "/units/" + unit));
                assertFalse(page.contains("顺延后未逾期"));
                assertFalse(page.contains("publish-form"), "unit staff get no publish form");
                assertTrue(page.contains("reviewed-score\">—"), "复核分 shows as not yet there");
                assertTrue(page.contains("复核分在评审人员发布后显示"), "and says when it will");
                assertFalse(page.contains("复核计"), "nor a 复核计 per deduction");
                assertTrue(page.contains("<td class=\"num reviewed\">—</td>"), page);

                assertEquals(200, reviewer.post("/api/rounds/" + round + "/units/" + unit + "/publish", "application/json", new byte[0])
                        .statusCode());
                JsonNode published = AccessTesting.json(lihu.get("/api/rounds/" + round + "/units/" + unit));
                assertEquals(AccessTesting.json(reviewer.get("/api/rounds/" + round + "/units/" + unit)).path("reviewedScore"),
                        published.path("reviewedScore"));
                assertFalse(published.path("reviewedScore").isNull());
                assertTrue(published.toString().contains("顺延后未逾期"), "the published 复核意见 are shown");
                String publishedPage = Http.text(lihu.get("/rounds/" + round + "/units/" + unit));
                assertTrue(publishedPage.contains("复核计"), "published: the 复核分 per deduction is shown");
                assertFalse(publishedPage.contains("复核分在评审人员发布后显示"));
            }
        }
    }

    @Test
    void aOneOffCardIsOnlyForWhoeverCheckedIt() {
        try (Database db = Database.sqlite(temp.resolve("cards"))) {
            AccessTesting.add(db, "lihu", Role.UNIT, AccessTesting.LIHU);
            AccessTesting.add(db, "other", Role.UNIT, "示例街道办事处（无扣分示例）");
            try (WebServer server = AccessTesting.start(db, Clock.fixed(TestServers.NOW, ZoneOffset.UTC), AccessSettings.defaults())) {
                Http base = new Http(server.url());
                Http lihu = base.with(AccessTesting.bearer(AccessTesting.token(db, "lihu")));
                Http other = base.with(AccessTesting.bearer(AccessTesting.token(db, "other")));
                HttpResponse<byte[]> checked = lihu.multipart("/check", List.of(Http.Part.file("file", Path.of("fixtures/lihu-2023.json"))),
                        Map.of());
                assertEquals(303, checked.statusCode(), Http.text(checked));
                String card = checked.headers().firstValue("Location").orElseThrow();
                assertEquals(200, lihu.get(card).statusCode());
                assertEquals(200, lihu.get(card + "/download.json").statusCode());
                HttpResponse<byte[]> theirs = other.get(card);
                assertEquals(404, theirs.statusCode());
                assertTrue(Http.text(theirs).contains("没有这份评分表"), Http.text(theirs));
                assertEquals(404, other.get(card + "/download.xlsx").statusCode());
                new Accounts(db, Clock.systemUTC()).disable("lihu", AccessTesting.SETUP);
                assertEquals(401, lihu.get(card).statusCode(), "a disabled account's token no longer works");
            }
        }
    }
}
