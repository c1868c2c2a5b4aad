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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 汇总 of units scored by different packs: per-indicator totals per pack and year, never added across them. */
class SummaryAcrossPacksTest {

    private static final Path LIHU = Path.of("fixtures/lihu-2023.json");          // guangzhou-2023
    private static final Path YUANGANG = Path.of("fixtures/yuangang-2023.json");  // tianhe-2023
    private static final Path CLEAN = Path.of("fixtures/clean-2023.json");        // guangzhou-2023

    private static Http http;

    @BeforeAll
    static void start() {
        http = new Http(TestServers.shared().url());
    }

    @Test
    void twoPacksGetTwoTablesAndANotice() {
        String summary = post(LIHU, YUANGANG);
        String html = text(http.get(summary));

        assertTrue(html.contains("这批填报由 2 个不同的规则包或年度评分（见各单位的“规则包”列）：同一指标在不同规则包、不同年度的分值和扣分标准可能不同，"
                + "所以各指标扣分按规则包和年度分别合计，不跨组相加。"), html);
        int guangzhou = html.indexOf("<h3>guangzhou-2023 版本 ");
        int tianhe = html.indexOf("<h3>tianhe-2023 版本 ");
        assertTrue(guangzhou > 0 && tianhe > guangzhou, html);
        assertTrue(html.substring(guangzhou, html.indexOf("</h3>", guangzhou)).endsWith("2023年度：1 个单位"), html);
        // B4.2 (绩效结果应用) loses points in both units: one row in each table, each counting its own unit, not one row of 2.
        String first = html.substring(guangzhou, tianhe);
        String second = html.substring(tianhe);
        assertTrue(first.contains("id=\"indicators\""), first);
        assertTrue(second.contains("id=\"indicators-2\""), second);
        String oneUnitDeducted = "<td class=\"num\">1</td><td class=\"num\">1</td>"; // 检查单位数, 扣分单位数
        assertTrue(rowOf(first, "B4.2").contains(oneUnitDeducted), rowOf(first, "B4.2"));
        assertTrue(rowOf(second, "B4.2").contains(oneUnitDeducted), rowOf(second, "B4.2"));
    }

    @Test
    void onePackAndYearIsOneTableNamingIt() {
        String html = text(http.get(post(LIHU, CLEAN)));

        assertFalse(html.contains("id=\"mixed-packs\""), html);
        assertTrue(html.contains("全部 2 个已检查的单位都按 guangzhou-2023 版本 "), html);
        assertTrue(rowOf(html, "B5.4").contains("<td class=\"num\">3</td><td class=\"num\">2</td>"), rowOf(html, "B5.4")); // 分值, 检查单位数
    }

    @Test
    void theDownloadsAndTheApiNameEachTotalsPackAndYear() throws IOException {
        String summary = post(LIHU, YUANGANG);
        HttpResponse<byte[]> xlsx = http.get(summary + "/summary.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> b42 = new ArrayList<>();
            for (Row row : book.getSheet("各指标扣分")) {
                if (row.getCell(2).getStringCellValue().startsWith("B4.2 ")) {
                    b42.add(row.getCell(0).getStringCellValue() + " " + (int) row.getCell(1).getNumericCellValue() + " "
                            + (int) row.getCell(4).getNumericCellValue());
                }
            }
            assertEquals(2, b42.size(), b42.toString());
            assertTrue(b42.get(0).startsWith("guangzhou-2023 ") && b42.get(0).endsWith(" 2023 1"), b42.toString());
            assertTrue(b42.get(1).startsWith("tianhe-2023 ") && b42.get(1).endsWith(" 2023 1"), b42.toString());
        }

        HttpResponse<byte[]> api = http.multipart("/api/batch", List.of(Http.Part.file("files", LIHU),
                Http.Part.file("files", YUANGANG)), Map.of());
        JsonNode doc = new ObjectMapper().readTree(api.body());
        List<String> packs = new ArrayList<>();
        doc.get("indicators").forEach(t -> {
            if (t.get("code").asText().equals("B4.2")) {
                packs.add(t.get("rulePack").asText() + " " + t.get("year").asInt() + " " + t.get("units").asInt());
            }
        });
        assertEquals(List.of("guangzhou-2023 2023 1", "tianhe-2023 2023 1"), packs);
    }

    private static String post(Path... files) {
        List<Http.Part> parts = new ArrayList<>();
        for (Path file : files) {
            parts.add(Http.Part.file("files", file));
        }
        HttpResponse<byte[]> posted = http.multipart("/summary", parts, Map.of());
        assertEquals(303, posted.statusCode(), text(posted));
        return posted.headers().firstValue("Location").orElseThrow();
    }

    /** The table row of an indicator in a piece of the page. */
    private static String rowOf(String html, String code) {
        int start = html.indexOf("<tr><td>" + code + " ");
        assertTrue(start >= 0, code + " not in " + html);
        return html.substring(start, html.indexOf("</tr>", start)).replaceAll(">\\s+<", "><");
    }
}
