package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 预警 page and POST /api/watch: the same list as {@code selfeval watch}, escaped, with Chinese errors. */
class WatchPagesTest {

    private static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    private static final Path SCRIPT = Path.of("src/test/resources/web/script-name-2023.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Http http;

    @BeforeAll
    static void start() {
        http = new Http(TestServers.shared().url());
    }

    @Test
    void theFormDefaultsToTodayInBeijing() {
        HttpResponse<byte[]> page = http.get("/watch");
        assertEquals(200, page.statusCode());
        String html = text(page);
        assertTrue(html.contains("<h1>预警：哪些期限快到了</h1>"), html);
        assertTrue(html.contains("name=\"asOf\" id=\"asOf\" value=\"2026-11-30\""), html); // TestServers.NOW, 10:00 in Beijing
        assertTrue(html.contains("<a href=\"/watch\" class=\"active\">预警</a>"), html);
    }

    @Test
    void anUploadShowsTheListWithTheRollOver() {
        HttpResponse<byte[]> page = http.multipart("/watch", List.of(Http.Part.file("file", LIHU)),
                Map.of("asOf", "2023-09-20", "within", "30", "format", "page"));
        assertEquals(200, page.statusCode(), text(page));
        String html = text(page);
        assertTrue(html.contains("即将到期（2 项）"), html);
        assertTrue(html.contains("<strong>还有 17 日（2023-10-07 到期，其间 7 个工作日）</strong>"), html);
        assertTrue(html.contains("顺延至休假日结束的次日2023-10-07"), html);
        assertTrue(html.contains("逾期完成记为「采购合同逾期签订」，扣 0.5 分"), html);
        assertFalse(html.contains("已按期完成（"), "done items only when asked: " + html);
    }

    @Test
    void theCalendarFileCanBeDownloadedFromThePage() {
        HttpResponse<byte[]> ics = http.multipart("/watch", List.of(Http.Part.file("file", LIHU)),
                Map.of("asOf", "2023-09-20", "format", "ics"));
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        ICalendar calendar = Biweekly.parse(text(ics)).first();
        assertEquals(2, calendar.getEvents().size(), text(ics));
    }

    @Test
    void userTextIsEscaped() {
        HttpResponse<byte[]> page = http.multipart("/watch", List.of(Http.Part.file("file", SCRIPT)),
                Map.of("asOf", "2023-09-20", "details", "on"));
        String html = text(page);
        assertEquals(200, page.statusCode(), html);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(\"unit\")&lt;/script&gt;"), html);
    }

    @Test
    void aWrongDateIsSaidOnThePage() {
        HttpResponse<byte[]> page = http.multipart("/watch", List.of(Http.Part.file("file", LIHU)), Map.of("asOf", "2023-02-30"));
        assertEquals(400, page.statusCode());
        assertTrue(text(page).contains("截至日期“2023-02-30”不是有效的日期，应写作 年-月-日，如 2026-12-06"), text(page));
    }

    @Test
    void theApiAnswersWithTheJsonOfTheCommandAndSaysWhetherAnythingIsOverdue() throws IOException {
        HttpResponse<byte[]> answer = http.post("/api/watch?asOf=2023-10-08", "application/json", Files.readAllBytes(LIHU));
        assertEquals(200, answer.statusCode(), text(answer));
        assertEquals("true", answer.headers().firstValue("X-Selfeval-Overdue").orElse(""));
        JsonNode doc = JSON.readTree(answer.body());
        assertEquals("watch", doc.path("kind").asText());
        JsonNode first = doc.path("items").get(0);
        assertEquals("overdue", first.path("status").asText());
        assertEquals("ZC2023-004", first.path("factId").asText());
        assertEquals(-1, first.path("daysLeft").asInt());

        HttpResponse<byte[]> ics = http.post("/api/watch?asOf=2023-09-20&format=ics", "application/json", Files.readAllBytes(LIHU));
        assertEquals(200, ics.statusCode());
        assertEquals(2, Biweekly.parse(text(ics)).first().getEvents().size());
    }

    @Test
    void theApiRefusesWrongRequestsInChinese() throws IOException {
        HttpResponse<byte[]> badDate = http.post("/api/watch?asOf=tomorrow", "application/json", Files.readAllBytes(LIHU));
        assertEquals(400, badDate.statusCode());
        assertEquals("bad-request", JSON.readTree(badDate.body()).at("/error/kind").asText());
        assertTrue(text(badDate).contains("截至日期“tomorrow”不是有效的日期"), text(badDate));

        HttpResponse<byte[]> badWindow = http.post("/api/watch?within=400", "application/json", Files.readAllBytes(LIHU));
        assertEquals(400, badWindow.statusCode());
        assertTrue(text(badWindow).contains("应为 0 到 366 的整数"), text(badWindow));

        HttpResponse<byte[]> invalid = http.post("/api/watch?asOf=2023-09-20", "application/json",
                Files.readAllBytes(Path.of("fixtures/invalid-2023.json")));
        assertEquals(422, invalid.statusCode());
        assertEquals("invalid-submission", JSON.readTree(invalid.body()).at("/error/kind").asText());

        HttpResponse<byte[]> empty = http.post("/api/watch", "application/json", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertTrue(text(empty).contains("请求正文为空"), text(empty));
    }

    @Test
    void theApiIsDescribed() throws IOException {
        JsonNode spec = JSON.readTree(http.get("/api/openapi.json").body());
        assertTrue(spec.at("/paths").has("/api/watch"));
        assertTrue(spec.at("/components/schemas").has("WatchDocument"));
    }
}
