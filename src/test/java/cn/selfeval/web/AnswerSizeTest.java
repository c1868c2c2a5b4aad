package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How large POST /api/check's answer is for a large submission (issue 16 item 3: an 8 MB submission answered
 * 120 MB): one outcome per procurement project and check, each self-contained (explanation, compared values, limit,
 * legal basis, rule), so the answer grows in proportion to the projects — about 42 times the submission's compact
 * JSON since issue 21 added five procurement checks (about 14 outcomes a project) — and a client that accepts gzip
 * receives less than the submission itself (docs/serve.md, 回答的大小).
 */
class AnswerSizeTest {

    /** Upper bounds of answer bytes per submission byte (compact JSON), measured about 42.5 and 0.56. */
    static final double MAX_RATIO = 48;
    static final double MAX_GZIP_RATIO = 0.7;

    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServers.start(Path.of("rules"), true, TestServers.LIMITS.withMaxFileBytes(2 * Limits.MIB)
                .withMaxRequestBytes(4 * Limits.MIB));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theAnswerGrowsInProportionToTheProjectsAndIsBounded() throws Exception {
        byte[] small = submission(200);
        byte[] large = submission(2000);
        assertTrue(large.length > 600 * 1024, "a large submission: " + large.length);
        byte[] smallAnswer = check(small, false).body();
        byte[] largeAnswer = check(large, false).body();
        double ratio = (double) largeAnswer.length / large.length;
        assertTrue(ratio < MAX_RATIO, "answer " + largeAnswer.length + " bytes for " + large.length + ": " + ratio);
        double perProjectSmall = (double) smallAnswer.length / 200;
        double perProjectLarge = (double) largeAnswer.length / 2000;
        assertTrue(perProjectLarge < perProjectSmall * 1.05, "bytes per project grow with the projects: "
                + perProjectSmall + " → " + perProjectLarge);
    }

    @Test
    void aClientThatAcceptsGzipReceivesLessThanItSent() throws Exception {
        byte[] large = submission(2000);
        HttpResponse<byte[]> zipped = check(large, true);
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length < large.length * MAX_GZIP_RATIO, zipped.body().length + " bytes for " + large.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(check(large, false).body(), in.readAllBytes(), "the same document, compressed");
        }
    }

    private static HttpResponse<byte[]> check(byte[] body, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + "/api/check?name=large.json"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        return answer;
    }

    /** The report-000 fixture with its procurement projects repeated (each with its own id) to {@code projects}, compact. */
    static byte[] submission(int projects) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode fixture = (ObjectNode) json.readTree(Path.of("fixtures/lihu-2023.json").toFile());
        ArrayNode given = (ArrayNode) fixture.get("procurementProjects");
        ArrayNode many = json.createArrayNode();
        for (int i = 0; i < projects; i++) {
            ObjectNode project = given.get(i % given.size()).deepCopy();
            project.put("id", project.get("id").asText() + "-" + i);
            many.add(project);
        }
        fixture.set("procurementProjects", many);
        return json.writeValueAsBytes(fixture);
    }
}
