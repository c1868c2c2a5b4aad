package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/packs/reload on a copy of the shipped pack: a pack that does not compile, and one whose rule tests
 * fail, are refused and the old pack keeps answering; a pack that passes replaces it in one step while checks
 * keep being answered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackReloadTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path LIHU = Path.of("fixtures/lihu-2023.json");

    @TempDir
    static Path temp;

    static Path rules;
    static Path pack;
    static WebServer server;
    static Http http;
    static String original;

    @BeforeAll
    static void start() {
        rules = temp.resolve("rules");
        pack = FileTrees.packWithHandWrittenRules(rules);
        server = TestServers.start(rules);
        http = new Http(server.url());
        original = liveHash();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String liveHash() {
        HttpResponse<byte[]> response = http.postFile("/api/check", LIHU);
        assertEquals(200, response.statusCode(), text(response));
        return response.headers().firstValue("X-Selfeval-Pack-Hash").orElseThrow();
    }

    static JsonNode reload(String query, int status) throws IOException {
        HttpResponse<byte[]> response = http.post("/api/packs/reload" + query, "application/json", new byte[0]);
        assertEquals(status, response.statusCode(), text(response));
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void aPackThatDoesNotCompileIsRefusedAndTheOldOneKeepsAnswering() throws IOException {
        Path drl = firstRuleFile();
        String before = Files.readString(drl);
        Files.writeString(drl, before + "\nrule \"坏规则\"\nwhen\n  $x : NoSuchFact(\nthen\nend\n");
        try {
            JsonNode answer = reload("", 422);
            JsonNode report = answer.at("/packs/0");
            assertEquals("refused", report.get("decision").asText(), answer.toString());
            assertEquals("guangzhou-2023：未更新：仍使用原规则包", report.get("message").asText());
            assertTrue(report.get("reasons").toString().contains(drl.getFileName().toString()), report.toString());
            assertEquals(original, report.get("liveHash").asText());
            assertNotEquals(original, report.get("candidateHash").asText());
            assertEquals(original, liveHash());
            String body = text(http.postFile("/api/check", LIHU));
            assertTrue(body.contains("\"score\" : 94.7"), body);
            assertTrue(body.contains("ZC2023-004"), body);
        } finally {
            Files.writeString(drl, before);
        }
    }

    @Test
    @Order(2)
    void aPackWhoseRuleTestsFailIsRefused() throws IOException {
        Path params = pack.resolve("procurement/contract-signing.params.yaml");
        String before = Files.readString(params);
        Files.writeString(params, before.replaceFirst("value: 30\n", "value: 60\n"));
        try {
            JsonNode report = reload("?pack=guangzhou-2023", 422).at("/packs/0");
            assertEquals("refused", report.get("decision").asText(), report.toString());
            assertTrue(report.get("testsFailed").asInt() > 0, report.toString());
            assertTrue(report.get("reasons").toString().contains("测试失败：") && report.get("reasons").toString()
                    .contains("contract-signing.tests.yaml"), report.toString());
            assertEquals(original, liveHash());
        } finally {
            Files.writeString(params, before);
        }
    }

    @Test
    @Order(3)
    void aPackThatPassesReplacesTheLiveOneInOneStepWhileChecksGoOn() throws Exception {
        Path manifest = pack.resolve("pack.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: 2023.2.0", "version: 2023.2.1"));
        AtomicBoolean reloading = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        Thread checks = new Thread(() -> {
            while (reloading.get()) {
                HttpResponse<byte[]> r = http.postFile("/api/check", LIHU);
                if (r.statusCode() != 200) {
                    failures.incrementAndGet();
                } else {
                    seen.add(r.headers().firstValue("X-Selfeval-Pack-Hash").orElseThrow());
                    answered.incrementAndGet();
                }
            }
        });
        checks.start();
        JsonNode report;
        try {
            report = reload("", 200).at("/packs/0");
        } finally {
            reloading.set(false);
            checks.join();
        }
        assertEquals("accepted", report.get("decision").asText(), report.toString());
        assertTrue(report.get("testsRun").asInt() > 100, report.toString());
        assertEquals(0, report.get("testsFailed").asInt());
        String updated = report.get("liveHash").asText();
        assertNotEquals(original, updated);
        assertEquals(0, failures.get(), "checks were answered throughout the reload");
        assertTrue(answered.get() > 0);
        assertTrue(Set.of(original, updated).containsAll(seen), seen.toString());
        assertEquals(updated, liveHash());
        assertTrue(text(http.postFile("/api/check", LIHU)).contains("\"version\" : \"2023.2.1\""));
        assertTrue(text(http.get("/api/packs")).contains(updated));
        assertTrue(text(http.get("/packs")).contains("2023.2.1"));
    }

    @Test
    @Order(4)
    void aReloadWithNothingChangedChangesNothing() throws IOException {
        String live = liveHash();
        JsonNode report = reload("", 200).at("/packs/0");
        assertEquals("unchanged", report.get("decision").asText());
        assertEquals(live, liveHash());
    }

    @Test
    @Order(5)
    void aReloadOfAnUnknownPackIsNotFound() throws IOException {
        assertEquals("no-such-pack", reload("?pack=nothing", 404).at("/error/kind").asText());
        assertEquals("no-such-pack", reload("?pack=../rules", 404).at("/error/kind").asText());
    }

    /** The pack's first DRL file (whichever checks are still written as DRL). */
    static Path firstRuleFile() throws IOException {
        try (Stream<Path> files = Files.walk(pack)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }

}
