package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's 自评报告 in a round (with 复核分 and 复核意见 once reviewed, read back with POI) and the round's 预警 (the
 * watch list of each unit's current version, per unit and across the round), over HTTP on an SQLite store.
 */
class RoundReportAndWatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String B54 = "B5.4|采购合同逾期签订|ZC2023-004";

    @TempDir
    static Path temp;

    static Database db;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        db = Database.sqlite(temp.resolve("data"));
        server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, TestServers.LIMITS,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC), db));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), Http.text(response));
        return JSON.readTree(response.body());
    }

    /** The clean fixture as another unit whose data is wrong (a date that does not exist): kept, never checked. */
    static Http.Part brokenUnit() throws Exception {
        String clean = java.nio.file.Files.readString(Path.of("fixtures/clean-2023.json"));
        return new Http.Part("files", "broken-2023.json", clean.replace("示例街道办事处（无扣分示例）", "示例街道办事处（数据有误）")
                .replace("\"contractSignedOn\": \"2023-04-10\"", "\"contractSignedOn\": \"2023-02-30\"").getBytes(StandardCharsets.UTF_8));
    }

    /** A round with the report-000 fixture, the clean fixture and a third unit's wrong data uploaded; answers its id. */
    private static String roundWithThreeUnits(String name) throws Exception {
        String id = json(http.post("/api/rounds", "application/json", ("{\"name\": \"" + name + "\", \"year\": 2023, "
                + "\"district\": \"增城区\"}").getBytes(StandardCharsets.UTF_8)), 201).path("id").asText();
        json(http.multipart("/api/rounds/" + id + "/submissions", List.of(
                Http.Part.file("files", Path.of("fixtures/lihu-2023.json")),
                Http.Part.file("files", Path.of("fixtures/clean-2023.json")),
                brokenUnit()), Map.of()), 200);
        return id;
    }

    private static String unitId(String roundId, String nameContains) throws Exception {
        for (JsonNode u : json(http.get("/api/rounds/" + roundId), 200).path("units")) {
            if (u.path("name").asText().contains(nameContains)) {
                return u.path("id").asText();
            }
        }
        throw new AssertionError("no unit " + nameContains);
    }

    private static XWPFDocument report(String roundId, String unitId) throws Exception {
        HttpResponse<byte[]> docx = http.get("/api/rounds/" + roundId + "/units/" + unitId + "/report.docx");
        assertEquals(200, docx.statusCode(), Http.text(docx));
        assertTrue(docx.headers().firstValue("Content-Type").orElseThrow().startsWith(ReportDownload.DOCX));
        return new XWPFDocument(new ByteArrayInputStream(docx.body()));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static XWPFTableRow row(XWPFTable table, String third) {
        return table.getRows().stream().filter(r -> r.getTableCells().size() > 2 && r.getCell(2).getText().startsWith(third))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + third));
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void theUnitsReportCarriesTheReviewedScoreAndOpinionsOnceReviewed() throws Exception {
        String round = roundWithThreeUnits("自评报告轮次");
        String lihu = unitId(round, "荔湖");
        String unitPage = Http.text(http.get("/rounds/" + round + "/units/" + lihu));
        assertTrue(unitPage.contains("href=\"/api/rounds/" + round + "/units/" + lihu + "/report.docx\" download>下载自评报告（Word）</a>"),
                unitPage);

        try (XWPFDocument checked = report(round, lihu)) {
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "自评分", "扣分原因"),
                    cells(checked.getTables().get(0).getRow(0)), "before any decision: the report of the check alone");
            assertFalse(text(checked).contains("经复核"), text(checked));
        }

        json(http.post("/api/rounds/" + round + "/units/" + lihu + "/decisions", "application/json",
                ("{\"outcome\": \"" + B54 + "\", \"action\": \"overturn\", \"reason\": \"中标通知书送达延误，经核实不属逾期\"}")
                        .getBytes(StandardCharsets.UTF_8)), 201);
        assertTrue(Http.text(http.get("/rounds/" + round + "/units/" + lihu)).contains("下载自评报告（Word），含复核分</a>"));

        try (XWPFDocument reviewed = report(round, lihu)) {
            XWPFTable table = reviewed.getTables().get(0);
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "自评分", "计算分", "复核分", "扣分原因", "复核意见"),
                    cells(table.getRow(0)));
            List<String> total = cells(table.getRow(table.getNumberOfRows() - 1));
            assertEquals(List.of("合计", "100", "94.9", "94.70", "95.20"), List.of(total.get(0), total.get(3), total.get(4),
                    total.get(5), total.get(6)), total.toString());
            List<String> b54 = cells(row(table, "B5.4 "));
            assertEquals("3", b54.get(3), b54.toString());
            assertEquals(List.of("2.00", "2.50"), List.of(b54.get(5), b54.get(6)), "计算分 and 复核分 of B5.4: " + b54);
            assertTrue(b54.get(8).startsWith("撤销 「采购合同逾期签订」ZC2023-004：中标通知书送达延误，经核实不属逾期（本机用户，"), b54.get(8));
            assertEquals("", cells(row(table, "A1.3 ")).get(8), "no decision, no opinion");
            String evaluation = text(reviewed);
            assertTrue(evaluation.contains("经复核（复核中），复核分95.20分，评价等级为“优”，比计算得分高0.5分；复核意见见表2。"), evaluation);
        }

        json(http.post("/api/rounds/" + round + "/units/" + lihu + "/publish", "application/json", new byte[0]), 200);
        try (XWPFDocument published = report(round, lihu)) {
            assertTrue(text(published).contains("经复核（已发布，本机用户于2026-11-30 10:00:00（北京时间）发布），复核分95.20分"),
                    text(published));
        }
    }

    @Test
    void aUnitWithoutACheckedVersionHasNoReport() throws Exception {
        String round = roundWithThreeUnits("无评分表的单位");
        String invalid = unitId(round, "数据有误");
        JsonNode missing = json(http.get("/api/rounds/" + round + "/units/" + invalid + "/report.docx"), 404);
        assertTrue(missing.path("error").path("message").asText().endsWith("还没有检查过的填报，没有自评报告"), missing.toString());
    }

    @Test
    void theRoundsWatchListsWhichUnitsHaveOverdueAndSoonDueItems() throws Exception {
        String round = roundWithThreeUnits("预警轮次");
        JsonNode watch = json(http.get("/api/rounds/" + round + "/watch?asOf=2023-10-08&within=30"), 200);
        assertEquals("roundWatch", watch.path("kind").asText());
        assertEquals("2023-10-08", watch.path("asOf").asText());
        JsonNode counts = watch.path("counts");
        assertEquals(3, counts.path("units").asInt());
        assertEquals(1, counts.path("unitsWithOverdue").asInt(), counts.toString());
        assertEquals(2, counts.path("unitsWithDueSoon").asInt(), counts.toString());
        assertEquals(1, counts.path("unitsNotWatched").asInt(), counts.toString());
        assertEquals(1, counts.path("overdue").asInt(), counts.toString());
        assertEquals(2, counts.path("dueSoon").asInt(), counts.toString());

        JsonNode first = watch.path("units").get(0);
        assertTrue(first.path("name").asText().contains("荔湖"), "the unit with overdue items comes first: " + first.path("name"));
        assertEquals(1, first.path("overdue").asInt());
        assertEquals(1, first.path("version").asInt());
        JsonNode overdue = first.path("watch").path("items").get(0);
        assertEquals("overdue", overdue.path("status").asText());
        assertEquals("ZC2023-004", overdue.path("factId").asText());
        assertEquals("中标（成交）通知书日期2023-09-04，尚未签订采购合同，期限2023-10-07（第30日2023-10-04为中秋节、国庆节假期，"
                + "顺延至休假日结束的次日2023-10-07）。", overdue.path("explanation").asText());
        JsonNode last = watch.path("units").get(2);
        assertTrue(last.path("watch").isNull());
        assertTrue(last.path("problems").get(0).asText().startsWith("没有检查过的版本"), last.toString());

        String page = Http.text(http.get("/rounds/" + round + "/watch?asOf=2023-10-08"));
        assertTrue(page.contains("3 个单位中，<strong>1</strong> 个有已逾期事项（共 1 项），2 个有即将到期事项（共 2 项），1 个没有可用的版本。"),
                page);
        assertTrue(page.contains("【已逾期 1 日（期限 2023-10-07）】</strong> B5.4 采购合同签订时效性：采购项目 ZC2023-004"
                + "「荔湖街人居环境整治提升服务」——签订采购合同"), page);
        assertTrue(Http.text(http.get("/rounds/" + round)).contains("href=\"/rounds/" + round + "/watch\""));
    }

    @Test
    void theWatchGoesByTheCurrentVersionAndTodayByDefault() throws Exception {
        String round = roundWithThreeUnits("预警默认日期");
        JsonNode today = json(http.get("/api/rounds/" + round + "/watch"), 200);
        assertEquals("2026-11-30", today.path("asOf").asText(), "today in Beijing by the server's clock");
        assertEquals(0, today.path("counts").path("dueSoon").asInt(), "nothing of 2023 is still due in 2026");
        JsonNode bad = json(http.get("/api/rounds/" + round + "/watch?asOf=2023-13-01"), 400);
        assertEquals("截至日期“2023-13-01”不是有效的日期，应写作 年-月-日，如 2026-12-06", bad.path("error").path("message").asText());
        json(http.get("/api/rounds/nosuchround/watch"), 404);
    }

    @Test
    void bothAreInTheApiDescription() throws Exception {
        JsonNode paths = json(http.get("/api/openapi.json"), 200).path("paths");
        assertTrue(paths.path("/api/rounds/{id}/watch").path("get").path("parameters").toString().contains("asOf"));
        assertTrue(paths.has("/api/rounds/{id}/units/{unit}/report.docx"));
    }
}
