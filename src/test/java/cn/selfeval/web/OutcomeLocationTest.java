package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every outcome says where its fact was filled in — sheet and row for a workbook, the JSON path for JSON — in the
 * JSON document (the command line prints the same bytes: ServeCommandTest), on the score card page and in the 表2 workbook.
 */
class OutcomeLocationTest {

    static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    static final Path LIHU_XLSX = Path.of("fixtures/lihu-2023.xlsx");
    static final String LATE_CONTRACT = "项目ZC2023-004「荔湖街人居环境整治提升服务」：中标（成交）通知书";
    static Http http;

    @BeforeAll
    static void start() {
        http = new Http(TestServers.shared().url());
    }

    static JsonNode deduction(JsonNode doc, String ruleName, String factId) {
        for (JsonNode indicator : (Iterable<JsonNode>) () -> doc.at("/scoreCard/indicators").elements()) {
            JsonNode found = find(indicator, ruleName, factId);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no outcome " + ruleName + " " + factId);
    }

    private static JsonNode find(JsonNode indicator, String ruleName, String factId) {
        for (JsonNode o : indicator.path("outcomes")) {
            if (o.get("ruleName").asText().equals(ruleName) && o.get("factId").asText().equals(factId)) {
                return o;
            }
        }
        for (JsonNode child : indicator.path("children")) {
            JsonNode found = find(child, ruleName, factId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void aWorkbookOutcomeNamesSheetRowAndJsonPath() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(http.postFile("/api/check?name=lihu-2023.xlsx", LIHU_XLSX).body());
        JsonNode location = deduction(doc, "采购合同逾期签订", "ZC2023-004").get("location");
        assertEquals("采购项目第7行", location.get("text").asText());
        assertEquals("采购项目", location.get("sheet").asText());
        assertEquals(7, location.get("row").asInt());
        assertEquals("$.procurementProjects[3]", location.get("jsonPath").asText());
        // "三公" is judged on the total: the outcome is the whole sheet's
        JsonNode costs = deduction(doc, "“三公”经费未超预算", "threePublicCosts").get("location");
        assertEquals("$.threePublicCosts", costs.get("jsonPath").asText(), costs.toString());
        assertEquals("“三公”经费", costs.get("sheet").asText(), costs.toString());
    }

    @Test
    void aJsonOutcomeNamesItsPathAndTheCommandLinePrintsTheSameDocument() throws IOException {
        HttpResponse<byte[]> api = http.postFile("/api/check?name=fixtures/lihu-2023.json", LIHU);
        JsonNode doc = new ObjectMapper().readTree(api.body());
        JsonNode location = deduction(doc, "采购合同逾期签订", "ZC2023-004").get("location");
        assertEquals("{\"text\":\"$.procurementProjects[3]\",\"jsonPath\":\"$.procurementProjects[3]\"}", location.toString());
        JsonNode budget = deduction(doc, "部门预算资金支出率不足", "budget").get("location");
        assertEquals("$.budgetExecution", budget.get("jsonPath").asText());
    }

    @Test
    void theScoreCardPageAndTable2ShowTheRow() throws IOException {
        HttpResponse<byte[]> posted = http.multipart("/check", List.of(Http.Part.file("file", LIHU_XLSX)), Map.of("pack", ""));
        String card = posted.headers().firstValue("Location").orElseThrow();
        String html = text(http.get(card));
        int deduction = html.indexOf(LATE_CONTRACT);
        assertTrue(deduction > 0, html);
        String after = html.substring(deduction, html.indexOf("</div>", deduction));
        assertTrue(after.contains("<dt>填报位置</dt><dd class=\"where\">采购项目第7行</dd>"), after);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(http.get(card + "/download.xlsx").body()))) {
            String reasons = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0) != null && row.getCell(0).toString().startsWith("B5.4 ")) {
                    reasons = row.getCell(4).getStringCellValue();
                }
            }
            assertTrue(reasons != null && reasons.contains(LATE_CONTRACT) && reasons.contains("（填报位置：采购项目第7行）"),
                    String.valueOf(reasons));
        }
    }

    @Test
    void theDocumentNamesThePackByIdVersionAndHashNotByItsFolder() throws IOException {
        JsonNode pack = new ObjectMapper().readTree(http.postFile("/api/check", LIHU).body()).at("/scoreCard/rulePack");
        assertEquals(List.of("id", "name", "version", "contentHash", "notices"), iterable(pack.fieldNames()));
        assertFalse(text(http.postFile("/api/check", LIHU)).contains(Path.of("rules").toAbsolutePath().toString()));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
