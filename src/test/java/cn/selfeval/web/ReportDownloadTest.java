package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** “下载自评报告 (.docx)” on the score card page and on a summary's unit page; an unknown card is a 404 page. */
class ReportDownloadTest {

    private final Http http = new Http(TestServers.shared().url());

    @Test
    void theScoreCardPageOffersTheReportAndServesIt() throws Exception {
        HttpResponse<byte[]> posted = http.multipart("/check", List.of(Http.Part.file("file", Path.of("fixtures/lihu-2023.json"))),
                Map.of("pack", ""));
        assertEquals(303, posted.statusCode(), text(posted));
        String card = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(text(http.get(card)).contains("href=\"" + card + "/download.docx\" download>下载自评报告 (.docx)</a>"));

        HttpResponse<byte[]> docx = http.get(card + "/download.docx");

        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Type").orElseThrow().startsWith(ReportDownload.DOCX));
        assertTrue(docx.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%E8%87%AA%E8%AF%84%E6%8A%A5%E5%91%8A-"), "自评报告-….docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertEquals("广州市增城区人民政府荔湖街道办事处2023年度部门整体支出绩效自评报告", doc.getParagraphs().get(0).getText());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("评价得分94.70分，评价等级为“优”")));
        }
    }

    @Test
    void aSummarysUnitHasItsReportToo() throws Exception {
        HttpResponse<byte[]> posted = http.multipart("/summary", List.of(Http.Part.file("files", Path.of("fixtures/clean-2023.json")),
                Http.Part.file("files", Path.of("fixtures/lihu-2023.json"))), Map.of("pack", ""));
        assertEquals(303, posted.statusCode(), text(posted));
        String summary = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> docx = http.get(summary + "/units/0/download.docx");
        assertEquals(200, docx.statusCode(), text(docx));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertTrue(doc.getParagraphs().get(0).getText().endsWith("2023年度部门整体支出绩效自评报告"));
        }
    }

    @Test
    void anUnknownCardHasNoReport() {
        HttpResponse<byte[]> missing = http.get("/cards/0123456789abcdef01234567/download.docx");
        assertEquals(404, missing.statusCode());
        assertTrue(text(missing).contains("没有这份评分表"), text(missing));
    }
}
