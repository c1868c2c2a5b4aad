package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page, download and API endpoint of selfeval serve, and their errors, over real HTTP. */
class WebServerTest {

    static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    static final Path LIHU_XLSX = Path.of("fixtures/lihu-2023.xlsx");
    static final Path INVALID = Path.of("fixtures/invalid-2023.json");
    static final Path CLEAN = Path.of("fixtures/clean-2023.json");
    static final Path YUANGANG = Path.of("fixtures/yuangang-2023.json");
    static final Path OVERSTATED = Path.of("src/test/resources/web/overstated-2023.json");
    static final Path SCRIPT = Path.of("src/test/resources/web/script-name-2023.json");
    static final ObjectMapper JSON = new ObjectMapper();

    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServers.shared();
        http = new Http(server.url());
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JSON.readTree(response.body());
    }

    // ---- API ------------------------------------------------------------------------------------------------

    @Test
    void apiCheckAnswersTheScoreCardDocumentNamingPackAndHash() throws IOException {
        HttpResponse<byte[]> response = http.postFile("/api/check?name=lihu-2023.json", LIHU);
        assertEquals(200, response.statusCode(), text(response));
        JsonNode doc = json(response);
        assertEquals("selfeval", doc.get("tool").asText());
        JsonNode card = doc.get("scoreCard");
        assertEquals("lihu-2023.json", card.get("submissionFile").asText());
        assertEquals("94.7", card.at("/summary/score").asText());
        assertEquals("guangzhou-2023", card.at("/rulePack/id").asText());
        String hash = card.at("/rulePack/contentHash").asText();
        assertEquals(64, hash.length());
        assertEquals(hash, response.headers().firstValue("X-Selfeval-Pack-Hash").orElseThrow());
        assertEquals(cn.selfeval.check.Checker.sha256(Files.readAllBytes(LIHU)), card.get("submissionSha256").asText());
    }

    @Test
    void apiCheckGivesTheSameBytesEveryTime() {
        byte[] first = http.postFile("/api/check", LIHU).body();
        byte[] second = http.postFile("/api/check", LIHU).body();
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
    }

    @Test
    void apiCheckAcceptsAMultipartFileToo() throws IOException {
        HttpResponse<byte[]> response = http.multipart("/api/check", List.of(Http.Part.file("file", LIHU)), Map.of());
        assertEquals(200, response.statusCode(), text(response));
        assertEquals("lihu-2023.json", json(response).at("/scoreCard/submissionFile").asText());
    }

    @Test
    void apiCheckOfWrongDataListsEveryProblemWithLineColumnAndPath() throws IOException {
        HttpResponse<byte[]> response = http.postFile("/api/check?name=invalid-2023.json", INVALID);
        assertEquals(422, response.statusCode());
        JsonNode error = json(response).get("error");
        assertEquals("invalid-submission", error.get("kind").asText());
        assertEquals("invalid-2023.json：填报数据有误（6 处），未检查", error.get("message").asText());
        JsonNode first = error.get("problems").get(0);
        assertEquals("$.procurementProjects[0].awardNoticeOn", first.get("jsonPath").asText());
        assertEquals(13, first.get("line").asInt());
        assertEquals(24, first.get("column").asInt());
        assertEquals("日期“2023-02-30”不存在", first.get("message").asText());
        assertEquals("invalid-2023.json:13:24 $.procurementProjects[0].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在",
                first.get("text").asText());
        assertEquals(6, error.get("problems").size());
    }

    @Test
    void apiCheckOfBrokenJsonSaysWhereItBreaks() throws IOException {
        HttpResponse<byte[]> response = http.post("/api/check", "application/json",
                "{\n  \"unit\": {\"name\": \"x\",\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, response.statusCode());
        JsonNode problem = json(response).at("/error/problems/0");
        assertTrue(problem.get("text").asText().startsWith("submission.json:"), problem.toString());
        assertFalse(problem.get("text").asText().contains("Exception"), problem.toString());
    }

    @Test
    void apiCheckWithAPackThatDoesNotServeTheYearSaysSo() throws IOException {
        HttpResponse<byte[]> response = http.postFile("/api/check?pack=guangzhou-2021", LIHU);
        assertEquals(422, response.statusCode());
        JsonNode error = json(response).get("error");
        assertEquals("no-pack", error.get("kind").asText());
        assertTrue(error.at("/problems/0/text").asText().contains("2021、2022年度"), error.toString());
        assertTrue(error.at("/problems/0/text").asText().contains("该填报为2023年度"), error.toString());
    }

    @Test
    void apiCheckWithAnUnknownPackListsThePacks() throws IOException {
        JsonNode error = json(http.postFile("/api/check?pack=nonexistent", LIHU)).get("error");
        assertEquals("no-pack", error.get("kind").asText());
        assertTrue(error.toString().contains("guangzhou-2023"), error.toString());
    }

    @Test
    void apiCheckWithTheNamedPackUsesIt() throws IOException {
        HttpResponse<byte[]> response = http.postFile("/api/check?pack=guangzhou-2023", LIHU);
        assertEquals(200, response.statusCode());
        assertEquals("guangzhou-2023", json(response).at("/scoreCard/rulePack/id").asText());
    }

    @Test
    void apiCheckRefusesAnEmptyBodyATooLargeOneAndAZipThatIsNotAWorkbook() throws IOException {
        HttpResponse<byte[]> empty = http.post("/api/check", "application/json", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertEquals("no-submission", json(empty).at("/error/kind").asText());

        byte[] large = new byte[(int) TestServers.LIMITS.maxFileBytes() + 10];
        java.util.Arrays.fill(large, (byte) ' ');
        large[0] = '{';
        HttpResponse<byte[]> tooLarge = http.post("/api/check", "application/json", large);
        assertEquals(413, tooLarge.statusCode());
        assertTrue(json(tooLarge).at("/error/problems/0/text").asText().contains("256 KB"), text(tooLarge));

        HttpResponse<byte[]> notAWorkbook = http.post("/api/check", "application/octet-stream", zip(Map.of("x.xml", "<a/>")));
        assertEquals(422, notAWorkbook.statusCode(), text(notAWorkbook));
        assertTrue(json(notAWorkbook).at("/error/problems/0/text").asText().contains("不是 Excel 工作簿"), text(notAWorkbook));
        assertEquals("submission.xlsx", json(notAWorkbook).at("/error/file").asText());
    }

    @Test
    void apiCheckOfAWorkbookGivesTheCommandLinesBytes() throws IOException {
        HttpResponse<byte[]> response = http.postFile("/api/check?name=" + LIHU_XLSX, LIHU_XLSX);
        assertEquals(200, response.statusCode(), text(response));
        String cli = cn.selfeval.report.JsonReport.render(
                new cn.selfeval.check.PackRegistry(Path.of("rules")).select(2023, "增城区").checker().checkSource(LIHU_XLSX).card());
        assertEquals(cli, new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("94.7", json(response).at("/scoreCard/summary/score").asText());
    }

    @Test
    void apiCheckOfAWrongWorkbookNamesSheetAndCell() throws IOException {
        HttpResponse<byte[]> response = http.postFile("/api/check?name=invalid-2023.xlsx", Path.of("fixtures/invalid-2023.xlsx"));
        assertEquals(422, response.statusCode(), text(response));
        JsonNode first = json(response).at("/error/problems/0");
        assertEquals("采购项目!D4（采购预算金额）", first.get("cell").asText());
        assertTrue(first.get("text").asText().startsWith("invalid-2023.xlsx 采购项目!D4（采购预算金额）：公式 =900+60 没有保存计算结果"),
                first.toString());
    }

    @Test
    void aRequestLargerThanTheUploadLimitIsRefusedInChinese() throws IOException {
        byte[] huge = new byte[(int) TestServers.LIMITS.maxRequestBytes() + 1024];
        HttpResponse<byte[]> response = http.post("/api/batch", "application/zip", huge);
        assertEquals(413, response.statusCode());
        assertEquals("too-large", json(response).at("/error/kind").asText());
    }

    @Test
    void aFormUploadLargerThanTheLimitIsRefusedOnAPage() {
        byte[] huge = new byte[(int) TestServers.LIMITS.maxRequestBytes() + 1024];
        HttpResponse<byte[]> page = http.multipart("/summary", List.of(new Http.Part("files", "big.zip", huge)), Map.of());
        assertEquals(413, page.statusCode());
        assertTrue(text(page).contains("上传的内容超过 2 MB（一次上传的上限），未检查"), text(page));
        assertTrue(text(page).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void apiBatchChecksEachFileAndKeepsGoingPastBadOnes() throws IOException {
        HttpResponse<byte[]> response = http.multipart("/api/batch", List.of(Http.Part.file("files", LIHU),
                Http.Part.file("files", INVALID), Http.Part.file("files", OVERSTATED)), Map.of());
        assertEquals(200, response.statusCode(), text(response));
        JsonNode doc = json(response);
        assertEquals(3, doc.get("submissions").asInt());
        assertEquals(2, doc.get("checked").asInt());
        JsonNode units = doc.get("units");
        assertEquals("checked", units.get(0).get("status").asText());
        assertEquals("0.2", units.get(0).get("gap").asText());
        assertEquals("94.7", units.get(0).at("/report/scoreCard/summary/score").asText());
        assertEquals("invalid-submission", units.get(1).get("status").asText());
        assertEquals(6, units.get(1).at("/error/problems").size());
        assertEquals("2.2", units.get(2).get("gap").asText());
        assertTrue(doc.get("indicators").size() > 20);
        assertEquals(200, http.get(doc.get("summaryPage").asText()).statusCode());
        assertEquals(200, http.get(units.get(0).get("scoreCardPage").asText()).statusCode());
    }

    @Test
    void apiBatchOpensAZipBody() throws IOException {
        byte[] zip = zip(Map.of("甲/自评.json", Files.readString(LIHU), "乙/自评.json", Files.readString(CLEAN),
                "乙/自评.result.json", "{\"tool\": \"selfeval\"}", "__MACOSX/._x", "junk"));
        HttpResponse<byte[]> response = http.post("/api/batch", "application/zip", zip);
        assertEquals(200, response.statusCode(), text(response));
        JsonNode units = json(response).get("units");
        assertEquals(2, units.size(), units.toString());
        assertEquals("submissions.zip/乙/自评.json", units.get(0).get("file").asText(), "in archive order");
        assertEquals("100", units.get(0).at("/report/scoreCard/summary/score").asText());
        assertEquals("submissions.zip/甲/自评.json", units.get(1).get("file").asText());
    }

    @Test
    void apiBatchRefusesABrokenZipAndTooManyFilesByName() throws IOException {
        JsonNode broken = json(http.multipart("/api/batch", List.of(new Http.Part("files", "all.zip",
                "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1))), Map.of()));
        assertEquals("unsupported-file", broken.at("/units/0/status").asText(), broken.toString());
        assertTrue(broken.at("/units/0/error/problems/0/text").asText().contains("无法打开压缩包"), broken.toString());

        List<Http.Part> many = new ArrayList<>();
        for (int i = 0; i < TestServers.LIMITS.maxFiles() + 2; i++) {
            many.add(new Http.Part("files", "u" + i + ".json", Files.readAllBytes(CLEAN)));
        }
        JsonNode doc = json(http.multipart("/api/batch", many, Map.of()));
        assertEquals(TestServers.LIMITS.maxFiles(), doc.get("checked").asInt());
        assertTrue(doc.toString().contains("一次最多检查 " + TestServers.LIMITS.maxFiles() + " 份填报"), doc.toString());
    }

    @Test
    void apiBatchWithoutFilesIsABadRequest() throws IOException {
        HttpResponse<byte[]> response = http.multipart("/api/batch", List.of(), Map.of("pack", ""));
        assertEquals(400, response.statusCode());
        assertEquals("no-submission", json(response).at("/error/kind").asText());
    }

    @Test
    void apiPacksListsEachPackWithYearsVersionAndHash() throws IOException {
        JsonNode packs = json(http.get("/api/packs")).get("packs");
        assertEquals(List.of("guangzhou-2021", "guangzhou-2023", "tianhe-2023"),
                List.of(packs.get(0).get("id").asText(), packs.get(1).get("id").asText(), packs.get(2).get("id").asText()));
        JsonNode gz2023 = packs.get(1);
        assertEquals("[2023,2024,2025,2026]", gz2023.get("years").toString());
        assertTrue(gz2023.get("live").asBoolean());
        assertEquals(64, gz2023.get("contentHash").asText().length());
        assertFalse(gz2023.get("draft").asBoolean());
        assertEquals("zengcheng-2021", packs.get(3).get("id").asText(), "报告001的增城区2021年指标体系");
        assertEquals("[2021,2022]", packs.get(3).get("years").toString());
    }

    @Test
    void theCatalogueOfThe2021ZengchengPackShowsItsFrameworkAndWhatIsNotVerified() throws IOException {
        assertTrue(text(http.get("/packs")).contains("zengcheng-2021"));
        String catalogue = text(http.get("/packs/zengcheng-2021/catalogue"));
        assertTrue(catalogue.contains("履行职能") && catalogue.contains("管理效能"), catalogue);
        assertTrue(catalogue.contains("指标体系未全部核实：报告001只写明两个一级指标：履行职能60分、管理效能40分"), catalogue);
    }

    @Test
    void theOpenApiDescriptionIsServedAsYamlAndJson() throws IOException {
        HttpResponse<byte[]> yaml = http.get("/api/openapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(text(yaml).startsWith("openapi: 3"));
        JsonNode spec = json(http.get("/api/openapi.json"));
        for (String path : List.of("/api/check", "/api/batch", "/api/packs", "/api/packs/reload")) {
            assertNotNull(spec.at("/paths").get(path), path);
        }
    }

    @Test
    void unknownAddressesAnswerInChinese() throws IOException {
        HttpResponse<byte[]> api = http.get("/api/nothing");
        assertEquals(404, api.statusCode());
        assertEquals("not-found", json(api).at("/error/kind").asText());
        HttpResponse<byte[]> page = http.get("/nothing");
        assertEquals(404, page.statusCode());
        assertTrue(text(page).contains("没有这个页面"), text(page));
        HttpResponse<byte[]> card = http.get("/cards/0123456789abcdef01234567");
        assertEquals(404, card.statusCode());
        assertTrue(text(card).contains("没有这份评分表"), text(card));
    }

    @Test
    void aBadUploadNeverAffectsTheOthersRunningAtTheSameTime() throws Exception {
        byte[] good = Files.readAllBytes(LIHU);
        String expected = text(http.post("/api/check", "application/json", good));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean bad = i % 3 == 0;
                byte[] body = bad ? (i % 2 == 0 ? Files.readAllBytes(INVALID) : "{ not json".getBytes(StandardCharsets.UTF_8)) : good;
                answers.add(clients.submit(() -> http.post("/api/check", "application/json", body)));
            }
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<byte[]> answer = answers.get(i).get();
                if (i % 3 == 0) {
                    assertEquals(422, answer.statusCode());
                } else {
                    assertEquals(200, answer.statusCode());
                    assertEquals(expected, text(answer));
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    @Test
    void theCheckPageHasTheUploadFormAndSafeHeaders() {
        HttpResponse<byte[]> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains("检查一份填报"));
        assertTrue(text(page).contains("<option value=\"guangzhou-2023\">"), text(page));
        assertTrue(text(page).contains("accept=\".xlsx,.json\""), text(page));
        assertTrue(text(page).contains("自评填报表（.xlsx）、JSON（.json）"), text(page));
        assertEquals(cn.selfeval.web.transport.SecurityHeaders.policy(), page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void uploadingASubmissionLeadsToItsScoreCardAndDownloads() throws IOException {
        String card = uploadCard(LIHU);
        HttpResponse<byte[]> page = http.get(card);
        assertEquals(200, page.statusCode());
        String html = text(page);
        assertTrue(html.contains("id=\"total-score\">94.70<"), html);
        assertTrue(html.contains("B5.4 采购合同签订时效性"));
        assertTrue(html.contains("【扣 0.5 分】</span>项目ZC2023-004「荔湖街人居环境整治提升服务」"), html);
        assertTrue(html.contains("自评偏高 0.2 分"));
        assertTrue(html.indexOf("id=\"audit\"") < html.indexOf("id=\"indicators\""), "the self-score audit comes first");
        assertTrue(html.contains("<details><summary>其他检查：符合 7 项</summary>"), html);
        assertTrue(html.contains("2026-11-30 10:00:00（北京时间）"));

        HttpResponse<byte[]> standalone = http.get(card + "/download.html");
        assertEquals(200, standalone.statusCode());
        String saved = text(standalone);
        assertTrue(standalone.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertTrue(saved.contains("id=\"total-score\">94.70<"));
        assertTrue(saved.contains("<style>"));
        assertFalse(saved.contains("<script"), "a saved score card runs nothing");
        assertFalse(saved.contains("src=\"") || saved.contains("href=\"/") || saved.contains("href=\"http"),
                "a saved score card needs nothing else");

        HttpResponse<byte[]> json = http.get(card + "/download.json");
        assertEquals(text(http.postFile("/api/check?name=lihu-2023.json", LIHU)), text(json));
    }

    @Test
    void theScoreCardWorkbookHasTheLayoutOfTable2() throws IOException {
        HttpResponse<byte[]> xlsx = http.get(uploadCard(LIHU) + "/download.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElseThrow().startsWith(WebServer.XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = findRow(sheet, "指标");
            assertEquals(List.of("指标", "分值", "自评分", "计算得分", "扣分原因"), cells(header, 5));
            Row b54 = findRow(sheet, "B5.4 采购合同签订时效性");
            assertEquals(3.0, b54.getCell(1).getNumericCellValue());
            assertEquals(2.0, b54.getCell(2).getNumericCellValue());
            assertEquals(2.0, b54.getCell(3).getNumericCellValue());
            assertTrue(b54.getCell(4).getStringCellValue().contains("扣 0.5 分：项目ZC2023-004"), b54.getCell(4).getStringCellValue());
            assertTrue(b54.getCell(0).getCellStyle().getIndention() > findRow(sheet, "B 管理效率").getCell(0).getCellStyle().getIndention());
            Row total = findRow(sheet, "合计");
            assertEquals(94.70, total.getCell(3).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void wrongDataOnTheCheckPageShowsEachMessageWithItsPlace() {
        HttpResponse<byte[]> page = http.multipart("/check", List.of(Http.Part.file("file", INVALID)), Map.of("pack", ""));
        assertEquals(422, page.statusCode());
        String html = text(page);
        assertTrue(html.contains("invalid-2023.json：填报数据有误（6 处），未检查"), html);
        assertTrue(html.contains("<li>invalid-2023.json:13:24 $.procurementProjects[0].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在</li>"), html);
        assertFalse(html.contains("Exception"));
    }

    @Test
    void theCheckPageRefusesNoFileAndAZip() {
        HttpResponse<byte[]> none = http.multipart("/check", List.of(), Map.of("pack", ""));
        assertEquals(400, none.statusCode());
        assertTrue(text(none).contains("请选择要检查的填报文件"));
        HttpResponse<byte[]> zip = http.multipart("/check", List.of(new Http.Part("file", "all.zip", zip(Map.of("a.json", "{}")))),
                Map.of());
        assertEquals(415, zip.statusCode());
        assertTrue(text(zip).contains("请用“汇总”页"), text(zip));
    }

    @Test
    void missingFactsAreListedApartFromRealDeductions() {
        String html = text(http.get(uploadCard(YUANGANG)));
        int missing = html.indexOf("id=\"missing\"");
        int table = html.indexOf("id=\"indicators\"");
        String section = html.substring(missing, table);
        assertTrue(section.contains("B1.1 新增预算项目事前绩效评估"), section);
        assertTrue(section.contains("填报本年度新增预算项目及事前绩效评估情况"), section);
        assertFalse(section.contains("代征出租屋综合税"), "a real deduction is not data to fill in");
        assertFalse(section.contains("B6.3"), "no inventory in the year is a real deduction");
        assertTrue(html.contains("【未提供事实 · 扣 3 分】"), html);
    }

    @Test
    void theSummaryPageOrdersUnitsByOverstatementAndOpensEachScoreCard() throws IOException {
        HttpResponse<byte[]> posted = http.multipart("/summary", List.of(Http.Part.file("files", CLEAN),
                Http.Part.file("files", LIHU), Http.Part.file("files", INVALID), Http.Part.file("files", OVERSTATED)), Map.of());
        assertEquals(303, posted.statusCode());
        String summary = posted.headers().firstValue("Location").orElseThrow();
        String html = text(http.get(summary));
        int overstated = html.indexOf("overstated-2023.json");
        int lihu = html.indexOf(">lihu-2023.json<");
        int clean = html.indexOf(">clean-2023.json<");
        int invalid = html.indexOf(">invalid-2023.json<");
        assertTrue(overstated > 0 && overstated < lihu && lihu < clean && clean < invalid, html);
        assertTrue(html.contains("+2.2"));
        assertTrue(html.contains("invalid-2023.json：填报数据有误（6 处），未检查"));
        assertTrue(html.contains("各指标扣分（全部单位）"));
        assertEquals(200, http.get(summary + "/units/1").statusCode());
        assertTrue(text(http.get(summary + "/units/1")).contains("id=\"total-score\">94.70<"));
        assertEquals(404, http.get(summary + "/units/2").statusCode(), "the refused unit has no score card");
        assertEquals(200, http.get(summary + "/units/1/download.xlsx").statusCode());

        HttpResponse<byte[]> csv = http.get(summary + "/summary.csv");
        assertEquals(200, csv.statusCode());
        String csvText = text(csv);
        assertTrue(csvText.startsWith("\uFEFF单位,区,年度,填报文件,状态,计算得分"), csvText);
        String[] lines = csvText.split("\r\n");
        assertTrue(lines[1].startsWith("广州市增城区示例街道办事处,增城区,2023,overstated-2023.json,已检查,94.7,100,"), lines[1]);
        assertTrue(lines[4].contains("invalid-2023.json,填报数据有误"), lines[4]);

        HttpResponse<byte[]> xlsx = http.get(summary + "/summary.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("汇总", book.getSheetName(0));
            assertEquals("overstated-2023.json", book.getSheetAt(0).getRow(3).getCell(3).getStringCellValue());
            assertEquals("各指标扣分", book.getSheetName(1));
            assertEquals("未能检查", book.getSheetName(2));
        }
    }

    @Test
    void thePacksPageAndCatalogues() {
        String html = text(http.get("/packs"));
        assertTrue(html.contains("guangzhou-2023") && html.contains("2023.2.0") && html.contains("使用中"), html);
        assertTrue(html.contains(server.packs().find("guangzhou-2023").orElseThrow().checker().compiled().pack().contentHash()));
        // The calendar's end is said once here (and in the catalogue), not on every rules validate.
        assertTrue(html.contains("工作日历（cn-workdays.json）覆盖2020-01-01至2026-12-31。2026年12月起算、落入2027年的期限"), html);
        HttpResponse<byte[]> catalogue = http.get("/packs/guangzhou-2023/catalogue");
        assertEquals(200, catalogue.statusCode());
        assertTrue(text(catalogue).contains("B5.4"));
        assertTrue(text(catalogue).contains("国务院办公厅公布2027年节假日安排后，在日历中补充假期并延长 covers.to 即可判定"), text(catalogue));
        assertEquals(404, http.get("/packs/nothing/catalogue").statusCode());
    }

    @Test
    void textFromASubmissionNeverReachesAPageUnescaped() throws IOException {
        String card = uploadCard(SCRIPT);
        for (String page : List.of(card, card + "/download.html")) {
            String html = text(http.get(page));
            assertFalse(html.contains("<script>alert"), html);
            assertFalse(html.contains("<img src=x"), html);
            assertTrue(html.contains("&lt;script&gt;alert(\"unit\")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;某街道"), html);
        }
        HttpResponse<byte[]> posted = http.multipart("/summary", List.of(new Http.Part("files", "<b onmouseover=alert(1)>x.json",
                Files.readAllBytes(SCRIPT)), new Http.Part("files", "<i>bad.json", "{".getBytes(StandardCharsets.UTF_8))), Map.of());
        String summary = text(http.get(posted.headers().firstValue("Location").orElseThrow()));
        assertFalse(summary.contains("<script>alert") || summary.contains("<b onmouseover") || summary.contains("<i>bad"), summary);
        assertTrue(summary.contains("&lt;b onmouseover=alert(1)&gt;x.json"), summary);
        assertTrue(summary.contains("&lt;i&gt;bad.json"), summary);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Uploads through the 检查 form and answers the score card's address. */
    static String uploadCard(Path file) {
        HttpResponse<byte[]> posted = http.multipart("/check", List.of(Http.Part.file("file", file)), Map.of("pack", ""));
        assertEquals(303, posted.statusCode(), text(posted));
        return posted.headers().firstValue("Location").orElseThrow();
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Row findRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    static List<String> cells(Row row, int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(row.getCell(i).getStringCellValue());
        }
        return values;
    }
}
