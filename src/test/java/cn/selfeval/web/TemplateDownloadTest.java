package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.input.workbook.PackForm;
import cn.selfeval.rulepack.RulePackLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /template.xlsx: the 填报表 of a pack, as selfeval template writes it, offered on the check page. */
class TemplateDownloadTest {

    private static Http http;

    @BeforeAll
    static void start() {
        http = new Http(TestServers.shared().url());
    }

    @Test
    void thePackTemplateDownloadsAndOpensWithTheSheetsOfTheCommandsTemplate() throws IOException {
        HttpResponse<byte[]> download = http.get("/template.xlsx?pack=guangzhou-2023&year=2024");

        assertEquals(200, download.statusCode(), text(download));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith(WebServer.XLSX));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .contains(URLEncoder.encode("自评填报表-guangzhou-2023-", StandardCharsets.UTF_8)), download.headers().toString());
        byte[] command = PackForm.template(RulePackLoader.load(Path.of("rules", "guangzhou-2023")));
        try (XSSFWorkbook served = open(download.body()); XSSFWorkbook written = open(command)) {
            assertEquals(sheetNames(written), sheetNames(served));
            assertTrue(sheetNames(served).containsAll(List.of("填表说明", "基本信息", "采购项目", "自评得分")), sheetNames(served).toString());
            assertEquals(column(written.getSheet("自评得分"), 0), column(served.getSheet("自评得分"), 0));
            assertTrue(column(served.getSheet("自评得分"), 0).contains("B5.4"), column(served.getSheet("自评得分"), 0).toString());
            assertTrue(allText(served.getSheet("填表说明")).contains("（guangzhou-2023 版本 "), allText(served.getSheet("填表说明")));
        }
    }

    @Test
    void aYearAndDistrictChooseThePackAsACheckWould() throws IOException {
        HttpResponse<byte[]> download = http.get("/template.xlsx?year=2023&district="
                + URLEncoder.encode("天河区", StandardCharsets.UTF_8));

        assertEquals(200, download.statusCode(), text(download));
        try (XSSFWorkbook served = open(download.body())) {
            assertTrue(allText(served.getSheet("填表说明")).contains("（tianhe-2023 版本 "), allText(served.getSheet("填表说明")));
        }
    }

    @Test
    void anUnknownPackIsAChinese400NamingThePacksThatExist() {
        HttpResponse<byte[]> page = http.get("/template.xlsx?pack=nothing");

        assertEquals(400, page.statusCode());
        String html = text(page);
        assertTrue(html.contains("无法下载填报表：没有这个规则包：nothing（写规则包的 id）"), html);
        assertTrue(html.contains("可下载：guangzhou-2023（2023、2024、2025、2026年度）"), html);
    }

    @Test
    void aYearThePackDoesNotServeAndAMissingChoiceAreRefused() {
        HttpResponse<byte[]> wrongYear = http.get("/template.xlsx?pack=guangzhou-2023&year=2019");
        assertEquals(400, wrongYear.statusCode());
        assertTrue(text(wrongYear).contains("规则包 guangzhou-2023 适用于2023、2024、2025、2026年度，不适用于2019年度"), text(wrongYear));

        HttpResponse<byte[]> notAYear = http.get("/template.xlsx?pack=guangzhou-2023&year=abc");
        assertEquals(400, notAYear.statusCode());
        assertTrue(text(notAYear).contains("year 应为四位数的评价年度，如 2024，实为“abc”"), text(notAYear));

        HttpResponse<byte[]> none = http.get("/template.xlsx");
        assertEquals(400, none.statusCode());
        assertTrue(text(none).contains("请指定规则包（pack=规则包的 id）或评价年度和区"), text(none));

        HttpResponse<byte[]> noPack = http.get("/template.xlsx?year=2019&district="
                + URLEncoder.encode("增城区", StandardCharsets.UTF_8));
        assertEquals(400, noPack.statusCode());
        assertTrue(text(noPack).contains("没有适用于2019年度增城区的规则包"), text(noPack));
    }

    @Test
    void theCheckPageOffersEachPacksTemplate() {
        String html = text(http.get("/"));
        assertTrue(html.contains("<h2>下载填报表</h2>"), html);
        assertTrue(html.contains("<a href=\"/template.xlsx?pack=guangzhou-2023\" download>填报表：guangzhou-2023（2023、2024、2025、2026年度）</a>"), html);
        assertTrue(html.contains("<a href=\"/template.xlsx?pack=tianhe-2023\" download>"), html);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> column(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            values.add(row.getCell(index) == null ? "" : row.getCell(index).toString());
        }
        return values;
    }

    private static String allText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
        return text.toString();
    }
}
