package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review API and pages over HTTP on an SQLite store: a round walked through, a restart, 20 clients at once. */
class ReviewServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String B54 = "B5.4|采购合同逾期签订|ZC2023-004";

    @TempDir
    Path temp;

    private static WebServer start(Database db) {
        return WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, TestServers.LIMITS,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC), db));
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), Http.text(response));
        return JSON.readTree(response.body());
    }

    private static String createRound(Http http) throws Exception {
        JsonNode round = json(http.post("/api/rounds", "application/json", ("{\"name\": \"增城区2023年度复核\", \"year\": 2023, "
                + "\"district\": \"增城区\"}").getBytes(StandardCharsets.UTF_8)), 201);
        return round.path("id").asText();
    }

    @Test
    void aRoundWalkedThroughTheApiSurvivesARestartByteForByte() throws Exception {
        Path data = temp.resolve("data");
        String roundId;
        String unitId;
        String roundBefore;
        String unitBefore;
        String cardBefore;
        try (Database db = Database.sqlite(data); WebServer server = start(db)) {
            Http http = new Http(server.url());
            roundId = createRound(http);
            JsonNode uploaded = json(http.multipart("/api/rounds/" + roundId + "/submissions", List.of(
                    Http.Part.file("files", Path.of("fixtures/lihu-2023.json")),
                    Http.Part.file("files", Path.of("fixtures/clean-2023.json")),
                    Http.Part.file("files", Path.of("fixtures/invalid-2023.json"))), Map.of()), 200);
            assertEquals(3, uploaded.path("submissions").size());
            JsonNode round = json(http.get("/api/rounds/" + roundId), 200);
            JsonNode lihu = unit(round, "荔湖");
            unitId = lihu.path("id").asText();
            assertEquals("94.7", lihu.path("computedScore").asText());
            assertEquals("94.9", lihu.path("selfScore").asText());
            assertEquals("94.7", lihu.path("reviewedScore").asText());
            assertEquals("checked", lihu.path("status").asText());

            JsonNode unit = json(http.get("/api/rounds/" + roundId + "/units/" + unitId), 200);
            assertTrue(unit.path("outcomes").findValuesAsText("key").contains(B54), unit.toString());

            String overturn = "{\"outcome\": \"" + B54 + "\", \"action\": \"overturn\", \"reason\": \"顺延后未逾期\"}";
            JsonNode decision = json(http.post("/api/rounds/" + roundId + "/units/" + unitId + "/decisions", "application/json",
                    overturn.getBytes(StandardCharsets.UTF_8)), 201);
            JsonNode conflict = json(http.post("/api/rounds/" + roundId + "/units/" + unitId + "/decisions", "application/json",
                    overturn.getBytes(StandardCharsets.UTF_8)), 409);
            assertEquals("conflict", conflict.path("error").path("kind").asText());
            assertTrue(conflict.path("error").path("message").asText().contains(decision.path("id").asText()), conflict.toString());
            JsonNode bad = json(http.post("/api/rounds/" + roundId + "/units/" + unitId + "/decisions", "application/json",
                    "{\"outcome\": \"x\", \"action\": \"delete\", \"reason\": \"r\"}".getBytes(StandardCharsets.UTF_8)), 400);
            assertTrue(bad.path("error").path("message").asText().contains("action 应为"), bad.toString());

            JsonNode reviewed = unit(json(http.get("/api/rounds/" + roundId), 200), "荔湖");
            assertEquals("95.2", reviewed.path("reviewedScore").asText());
            assertEquals("reviewing", reviewed.path("status").asText());
            json(http.post("/api/rounds/" + roundId + "/units/" + unitId + "/publish", "application/json", new byte[0]), 200);
            assertEquals("published", unit(json(http.get("/api/rounds/" + roundId), 200), "荔湖").path("status").asText());

            HttpResponse<byte[]> xlsx = http.get("/api/rounds/" + roundId + "/export.xlsx");
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = book.getSheet("复核结果");
                DataFormatter f = new DataFormatter();
                Row header = sheet.getRow(2);
                assertEquals(List.of("单位", "状态", "自评分", "计算分", "复核分", "等级", "扣分数", "主要问题"),
                        java.util.stream.IntStream.range(0, 8).mapToObj(c -> f.formatCellValue(header.getCell(c))).toList());
                boolean found = false;
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (f.formatCellValue(row.getCell(0)).contains("荔湖")) {
                        found = true;
                        assertEquals("已发布", f.formatCellValue(row.getCell(1)));
                        assertEquals(95.20, row.getCell(4).getNumericCellValue(), 1e-9);
                        assertEquals(94.70, row.getCell(3).getNumericCellValue(), 1e-9);
                    }
                }
                assertTrue(found);
            }
            String csv = Http.text(http.get("/api/rounds/" + roundId + "/export.csv"));
            assertTrue(csv.startsWith("\uFEFF单位,状态,自评分,计算分,复核分,等级,扣分数,主要问题"), csv);
            String audit = Http.text(http.get("/api/rounds/" + roundId + "/audit.csv"));
            assertTrue(audit.contains("复核决定") && audit.contains("顺延后未逾期") && audit.contains("发布")
                    && audit.contains("未记录（冲突）"), audit);
            try (XSSFWorkbook table2 = new XSSFWorkbook(new ByteArrayInputStream(
                    http.get("/api/rounds/" + roundId + "/units/" + unitId + "/table2.xlsx").body()))) {
                Sheet sheet = table2.getSheetAt(0);
                DataFormatter f = new DataFormatter();
                StringBuilder all = new StringBuilder();
                sheet.forEach(row -> row.forEach(cell -> all.append(f.formatCellValue(cell)).append('|')));
                assertTrue(all.indexOf("复核意见") >= 0 && all.indexOf("撤销 「采购合同逾期签订」ZC2023-004：顺延后未逾期") >= 0, all.toString());
            }
            roundBefore = Http.text(http.get("/api/rounds/" + roundId));
            unitBefore = Http.text(http.get("/api/rounds/" + roundId + "/units/" + unitId));
            cardBefore = Http.text(http.get("/api/rounds/" + roundId + "/units/" + unitId + "/versions/1/card.json"));
            assertEquals(Http.text(http.postFile("/api/check?name=lihu-2023.json", Path.of("fixtures/lihu-2023.json"))), cardBefore,
                    "the stored card is the document POST /api/check answers");
        }
        try (Database db = Database.sqlite(data); WebServer server = start(db)) {
            Http http = new Http(server.url());
            assertEquals(roundBefore, Http.text(http.get("/api/rounds/" + roundId)));
            assertEquals(unitBefore, Http.text(http.get("/api/rounds/" + roundId + "/units/" + unitId)));
            assertEquals(cardBefore, Http.text(http.get("/api/rounds/" + roundId + "/units/" + unitId + "/versions/1/card.json")));
        }
    }

    @Test
    void twentyClientsUploadingAndDecidingAtOnceAreEachInTheAuditLog() throws Exception {
        try (Database db = Database.sqlite(temp.resolve("data")); WebServer server = start(db)) {
            Http http = new Http(server.url());
            String roundId = createRound(http);
            String unitId = json(http.postFile("/api/rounds/" + roundId + "/submissions", Path.of("fixtures/lihu-2023.json")), 200)
                    .path("submissions").get(0).path("unit").asText();
            String lihu = new String(java.nio.file.Files.readAllBytes(Path.of("fixtures/lihu-2023.json")), StandardCharsets.UTF_8);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    if (n % 2 == 0) {
                        byte[] bytes = (lihu + " ".repeat(n + 1)).getBytes(StandardCharsets.UTF_8);
                        return http.post("/api/rounds/" + roundId + "/submissions?name=v" + n + ".json", "application/json", bytes)
                                .statusCode();
                    }
                    String body = "{\"outcome\": \"" + B54 + "\", \"action\": \"confirm\", \"reason\": \"客户端 " + n + "\"}";
                    return http.post("/api/rounds/" + roundId + "/units/" + unitId + "/decisions", "application/json",
                            body.getBytes(StandardCharsets.UTF_8)).statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            pool.shutdown();
            assertEquals(10, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one decision without supersedes wins: " + statuses);
            assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            JsonNode log = json(http.get("/api/rounds/" + roundId + "/audit"), 200).path("auditLog");
            List<String> actions = new ArrayList<>();
            log.forEach(e -> actions.add(e.path("action").asText()));
            assertEquals(1, actions.stream().filter("建立轮次"::equals).count());
            assertEquals(11, actions.stream().filter("上传"::equals).count(), actions.toString());
            assertEquals(1, actions.stream().filter("复核决定"::equals).count(), actions.toString());
            assertEquals(9, actions.stream().filter("未记录（冲突）"::equals).count(), actions.toString());
            JsonNode unit = json(http.get("/api/rounds/" + roundId + "/units/" + unitId), 200);
            assertEquals(11, unit.path("versionList").size());
            List<Integer> numbers = new ArrayList<>();
            unit.path("versionList").forEach(v -> numbers.add(v.path("number").asInt()));
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 11).boxed().sorted(java.util.Comparator.reverseOrder()).toList(), numbers);
        }
    }

    @Test
    void thePagesShowTheRoundAndAFormDecisionChangesTheReviewedScore() throws Exception {
        try (Database db = Database.sqlite(temp.resolve("data")); WebServer server = start(db)) {
            Http http = new Http(server.url());
            HttpResponse<byte[]> created = http.multipart("/rounds", List.of(new Http.Part("roster", "名单.csv",
                    "\uFEFF序号,单位名称\n1,<script>alert(1)</script>\n2,广州市增城区人民政府荔湖街道办事处\n".getBytes(StandardCharsets.UTF_8))),
                    Map.of("name", "复核<b>", "year", "2023", "district", "增城区", "pack", ""));
            assertEquals(303, created.statusCode(), Http.text(created));
            String roundPage = created.headers().firstValue("Location").orElseThrow();
            String roundId = roundPage.substring("/rounds/".length());
            String page = Http.text(http.get(roundPage));
            assertTrue(page.contains("&lt;script&gt;alert（1）&lt;/script&gt;") && !page.contains("<script>alert"),
                    "the name as text (with the full-width brackets of unit names): " + page);
            assertTrue(page.contains("复核&lt;b&gt;"));
            HttpResponse<byte[]> up = http.multipart(roundPage + "/submissions",
                    List.of(Http.Part.file("files", Path.of("fixtures/lihu-2023.json"))), Map.of());
            assertEquals(200, up.statusCode());
            assertTrue(Http.text(up).contains("lihu-2023.json → 广州市增城区人民政府荔湖街道办事处：第 1 版，已检查，计算得分 94.7"), Http.text(up));
            String unitId = unit(json(http.get("/api/rounds/" + roundId), 200), "荔湖").path("id").asText();
            HttpResponse<byte[]> decided = http.multipart("/rounds/" + roundId + "/units/" + unitId + "/decisions", List.of(),
                    Map.of("outcome", B54, "supersedes", "", "action", "adjust", "points", "0.2", "reason", "按工作日计"));
            assertEquals(303, decided.statusCode(), Http.text(decided));
            String unitPage = Http.text(http.get("/rounds/" + roundId + "/units/" + unitId));
            assertTrue(unitPage.contains("id=\"reviewed-score\">95<"), unitPage);
            assertTrue(unitPage.contains("已调整为 0.2 分") && unitPage.contains("复核中"), unitPage);
            HttpResponse<byte[]> noReason = http.multipart("/rounds/" + roundId + "/units/" + unitId + "/decisions", List.of(),
                    Map.of("outcome", B54, "action", "confirm", "reason", ""));
            assertEquals(400, noReason.statusCode());
            assertTrue(Http.text(noReason).contains("缺少 reason（理由）"), Http.text(noReason));
        }
    }

    @Test
    void aServerWithoutAStoreSaysReviewRoundsAreNotEnabled() throws Exception {
        JsonNode answer = json(new Http(TestServers.shared().url()).get("/api/rounds"), 404);
        assertEquals("本服务未启用复核轮次（没有数据目录或数据库）", answer.path("error").path("message").asText());
    }

    private static JsonNode unit(JsonNode round, String nameContains) {
        for (JsonNode u : round.path("units")) {
            if (u.path("name").asText().contains(nameContains)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + nameContains + " in " + round);
    }
}
