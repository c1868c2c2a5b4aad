package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.report.PackCatalogue;
import cn.selfeval.store.Database;
import cn.selfeval.web.transport.SecurityHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer carries the security headers: each route of the server (walked from its route list, with a real
 * score card and summary where a route needs one, and with ids that do not exist), downloads, redirects, 404s, 405s
 * and the refusals written before a route is reached (413 from Content-Length, a request too malformed to route).
 */
class SecurityHeadersTest {

    @TempDir
    static Path data;
    private static Database database;
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        database = Database.sqlite(data.resolve("data"));
        server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, TestServers.LIMITS,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC), database, true));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    @Test
    void everyRouteAnswersWithTheHeaders() {
        String card = upload("/check", "file", "fixtures/lihu-2023.json");
        String summary = upload("/summary", "files", "fixtures/lihu-2023.json");
        List<String> walked = new ArrayList<>();
        for (String route : server.routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (!"GET".equals(method) && !"POST".equals(method)) {
                continue; // before and after handlers
            }
            for (String concrete : concrete(path, card, summary)) {
                HttpResponse<byte[]> answer = "GET".equals(method) ? http.get(concrete)
                        : http.post(concrete, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                assertHeaders(method + " " + concrete + " → " + answer.statusCode(), answer.headers(), concrete);
                boolean standalone = answer.statusCode() == 200
                        && (concrete.endsWith("/catalogue") || concrete.endsWith("/download.html"));
                if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html") && !standalone) {
                    java.util.regex.Matcher inline = TemplatesHaveNoInlineCodeTest.INLINE.matcher(Http.text(answer));
                    assertFalse(inline.find(), concrete + ": " + (inline.hitEnd() ? "" : inline.group()));
                    assertFalse(Http.text(answer).contains("<style"), concrete);
                } else if (standalone) {
                    // pages that keep their styles inline to stand alone as files: still no script of any kind
                    String page = Http.text(answer);
                    assertFalse(page.contains("<script") || page.matches("(?s).*\\son[a-z]+\\s*=.*"), concrete);
                    assertFalse(concrete.endsWith("/catalogue") && page.contains(" style="), concrete);
                }
                walked.add(method + " " + concrete + " " + answer.statusCode());
            }
        }
        assertTrue(walked.size() > 60, walked.toString());
        assertTrue(walked.stream().anyMatch(w -> w.endsWith(" 200")), walked.toString());
        assertTrue(walked.stream().anyMatch(w -> w.endsWith(" 404")), walked.toString());
        assertTrue(walked.contains("GET " + card + "/download.docx 200"), walked.toString());
        assertTrue(walked.contains("GET /packs/guangzhou-2023/catalogue 200"), walked.toString());
    }

    @Test
    void errorsAndRedirectsCarryThemToo() {
        assertHeaders("404", http.get("/no/such/page").headers(), "/no/such/page");
        assertHeaders("API 404", http.get("/api/no-such").headers(), "/api/no-such");
        HttpResponse<byte[]> redirect = http.multipart("/check", List.of(Http.Part.file("file", Path.of("fixtures/lihu-2023.json"))),
                Map.of("pack", ""));
        assertEquals(303, redirect.statusCode());
        assertHeaders("303", redirect.headers(), "/check");
        HttpResponse<byte[]> refused = http.post("/api/check", "application/json", new byte[0]);
        assertEquals(400, refused.statusCode());
        assertHeaders("400", refused.headers(), "/api/check");
    }

    @Test
    void refusalsBeforeAnyRouteCarryThem() throws IOException {
        String tooLarge = raw("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n");
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertRawHeaders(tooLarge);
        String malformed = raw("GET / HTTP/1.1\r\nHost: x\r\nno colon in this header\r\n\r\n");
        assertTrue(malformed.startsWith("HTTP/1.1 400"), malformed);
        assertRawHeaders(malformed);
        String headersTooLarge = raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");
        assertTrue(headersTooLarge.startsWith("HTTP/1.1 431"), headersTooLarge);
        assertRawHeaders(headersTooLarge);
        String version = raw("GET / HTTP/1.2\r\nHost: x\r\n\r\n");
        assertTrue(version.startsWith("HTTP/1.1 505"), version);
        assertTrue(version.contains("<title>不支持请求使用的 HTTP 版本，请使用 HTTP/1.1</title>"), version);
        assertFalse(version.contains("内部错误"), "a client's HTTP version is not the service's error");
        assertRawHeaders(version);
        String method = raw("PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(method.startsWith("HTTP/1.1 404") || method.startsWith("HTTP/1.1 405"), method);
        assertRawHeaders(method);
    }

    /** The route's path with each parameter filled: with the real card or summary, and with an id that does not exist. */
    private static List<String> concrete(String path, String card, String summary) {
        if (!path.contains("{") && !path.contains("*")) {
            return List.of(path);
        }
        List<String> paths = new ArrayList<>();
        String missing = path.replaceAll("\\{[^}]+}", "no-such-id").replace("/*", "/no-such");
        paths.add(missing);
        if (path.startsWith("/cards/{id}")) {
            paths.add(path.replace("/cards/{id}", card));
        } else if (path.startsWith("/summary/{id}")) {
            paths.add(path.replace("/summary/{id}", summary).replace("{n}", "0"));
        } else if (path.startsWith("/packs/{id}")) {
            paths.add(path.replace("{id}", "guangzhou-2023"));
        }
        return paths;
    }

    private static void assertHeaders(String what, HttpHeaders headers, String path) {
        String policy = path.endsWith("/catalogue") && path.startsWith("/packs/guangzhou")
                ? SecurityHeaders.policyWithStyleHash(PackCatalogue.htmlStyleHash()) : SecurityHeaders.policy();
        assertEquals(policy, headers.firstValue("Content-Security-Policy").orElse(null), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), what + ": HSTS only over HTTPS");
        assertEquals(1, headers.allValues("Content-Security-Policy").size(), what);
    }

    private static void assertRawHeaders(String answer) {
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(head.contains("\r\ncontent-security-policy: " + SecurityHeaders.policy().toLowerCase(Locale.ROOT)), head);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), head);
        assertTrue(head.contains("\r\nx-frame-options: deny"), head);
        assertTrue(head.contains("\r\nreferrer-policy: no-referrer"), head);
    }

    private static String upload(String page, String field, String file) {
        HttpResponse<byte[]> posted = http.multipart(page, List.of(Http.Part.file(field, Path.of(file))), Map.of("pack", ""));
        assertEquals(303, posted.statusCode(), Http.text(posted));
        return posted.headers().firstValue("Location").orElseThrow();
    }

    /** Sends bytes as they are and reads the answer until the server closes or 2 seconds pass. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (answer.indexOf("\r\n\r\n") > 0 && !answer.toString().contains("Content-Length") && !answer.toString().contains("chunked")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // what arrived is the answer
            }
            return answer.toString();
        }
    }
}
