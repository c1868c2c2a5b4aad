package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.testing.FileTrees;
import cn.selfeval.web.export.ScoreCardWorkbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card scored with a draft pack, or for a district whose own framework table nobody verified, says so before any
 * figure on every output: the text report, the JSON document, the web page, its standalone HTML and the 表2 workbook.
 */
class PackNoticesTest {

    static final String DRAFT = "草稿：本评分表由草稿规则包 guangzhou-2023（pack.yaml 中 status: draft）计算，规则尚未定稿，"
            + "不是正式的评分结果，不能作为自评或评审的依据。";
    static final String STAND_IN = "指标体系未经核实：海珠区自己的部门整体绩效指标评分表未经核实，本评分表以「部门整体绩效指标评分表（增城区 2023）」代替"
            + "（来源：增城区荔湖街道2023年度部门整体支出绩效自评报告 表2）；该区的指标、分值和计分标准可能不同，得分仅供参考。";

    @TempDir
    Path temp;

    @Test
    void everyOutputSaysDraftAndStandInBeforeAnyFigure() throws IOException {
        Path pack = draftVerifiedForZengcheng();
        Path haizhu = temp.resolve("haizhu-2023.json");
        Files.writeString(haizhu, Files.readString(Path.of("fixtures/lihu-2023.json"), StandardCharsets.UTF_8)
                .replace("\"district\": \"增城区\"", "\"district\": \"海珠区\""), StandardCharsets.UTF_8);

        ScoreCard card = new Checker(RulePackLoader.load(pack)).check(haizhu.toString(), Files.readString(haizhu));
        assertEquals(List.of(DRAFT, STAND_IN), card.rulePack().notices());

        String text = TextReport.render(card, false);
        assertTrue(text.contains("【注意】" + DRAFT + "\n【注意】" + STAND_IN + "\n"), text);
        assertTrue(text.indexOf(DRAFT) < text.indexOf("指标（满分 / 计算得分 / 自评分）"), text);
        assertTrue(JsonReport.render(card).contains("\"notices\" : [ \"" + DRAFT + "\", \"" + STAND_IN + "\" ]"));
        assertTrue(workbookTexts(ScoreCardWorkbook.of(card, Instant.EPOCH)).subList(1, 3)
                .equals(List.of("【注意】" + DRAFT, "【注意】" + STAND_IN)), workbookTexts(ScoreCardWorkbook.of(card, Instant.EPOCH)).toString());

        try (WebServer server = TestServers.start(pack.getParent())) {
            Http http = new Http(server.url());
            HttpResponse<byte[]> posted = http.multipart("/check", List.of(Http.Part.file("file", haizhu)),
                    Map.of("pack", "guangzhou-2023"));
            assertEquals(303, posted.statusCode(), text(posted));
            String page = posted.headers().firstValue("Location").orElseThrow();
            for (String html : List.of(text(http.get(page)), text(http.get(page + "/download.html")))) {
                assertTrue(html.contains("<div class=\"pack-notices\" id=\"pack-notices\" role=\"alert\">"), html);
                assertTrue(html.contains("<p><strong>注意：</strong>" + DRAFT + "</p>"), html);
                assertTrue(html.contains("<p><strong>注意：</strong>" + STAND_IN + "</p>"), html);
                assertTrue(html.indexOf("pack-notices") < html.indexOf("id=\"total-score\""), html);
            }
            assertTrue(text(http.get(page + "/download.json")).contains("\"notices\" : [ \"" + DRAFT));
            assertTrue(workbookTexts(http.get(page + "/download.xlsx").body()).contains("【注意】" + STAND_IN));
        }
    }

    @Test
    void aLivePackVerifiedForTheDistrictSaysNothing() {
        ScoreCard card = new Checker(RulePackLoader.load(Path.of("rules", "guangzhou-2023")))
                .check("fixtures/lihu-2023.json", read(Path.of("fixtures/lihu-2023.json")));
        assertEquals(List.of(), card.rulePack().notices());
        assertTrue(!TextReport.render(card, false).contains("【注意】"));
    }

    private Path draftVerifiedForZengcheng() throws IOException {
        Path pack = FileTrees.shippedPack(temp.resolve("rules"));
        Path manifest = pack.resolve("pack.yaml");
        String text = Files.readString(manifest, StandardCharsets.UTF_8).replaceAll("(?m)^frameworkVerifiedFor:.*\\n", "")
                .replaceAll("(?m)^districts:.*$", "districts: [增城区, 海珠区]");
        Files.writeString(manifest, text + "status: draft\nframeworkVerifiedFor: [增城区]\n", StandardCharsets.UTF_8);
        return pack;
    }

    private static List<String> workbookTexts(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> texts = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getCell(0) != null) {
                    texts.add(row.getCell(0).toString());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
