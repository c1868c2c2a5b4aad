package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.FileTrees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs with DRL code (issue 16, item 5): the service uses them only when started with --allow-pack-code, and a
 * reload runs a candidate's rule tests in a JVM of its own, so that a rule calling System.exit or looping is refused
 * while the live pack keeps answering. The hostile rules are this test's own files beside a copy of the shipped pack.
 */
class PackCodeTest {

    static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    static final ObjectMapper JSON = new ObjectMapper();

    static final String HEADER = "package selfeval.rules;\n\nimport cn.selfeval.model.ProcurementProject;\n\n"
            + "global cn.selfeval.engine.OutcomeRecorder outcome;\nglobal cn.selfeval.rulepack.Parameters params;\n\n";

    static final String ANNOTATIONS = "    @indicatorCode(\"B5.6\")\n    @legalBasis(\"中小企业办法 第八条\")\n";

    @TempDir
    Path temp;

    Path rules() {
        Path rules = temp.resolve("rules");
        FileTrees.copy(Path.of("rules/calendar"), rules.resolve("calendar"));
        FileTrees.copy(Path.of("rules/guangzhou-2023"), rules.resolve("guangzhou-2023"));
        return rules;
    }

    @Test
    void withoutAllowPackCodeAPackWithDrlIsListedAsUnusableAndSaysWhy() throws IOException {
        Path rules = rules();
        Files.writeString(rules.resolve("guangzhou-2023/procurement/extra.drl"), HEADER);
        try (WebServer server = TestServers.start(rules, false, TestServers.LIMITS)) {
            Http http = new Http(server.url());
            HttpResponse<byte[]> check = http.postFile("/api/check", LIHU);
            assertEquals(500, check.statusCode(), text(check));
            assertTrue(text(check).contains("\"kind\" : \"rule-pack-error\""), text(check));
            assertTrue(text(check).contains("规则包含有 DRL 代码文件（"), text(check));
            JsonNode packs = JSON.readTree(http.get("/api/packs").body());
            String listed = packs.toString();
            assertTrue(listed.contains("规则包含有 DRL 代码文件（"), listed);
            assertTrue(listed.contains("procurement/extra.drl"), listed);
            assertTrue(listed.contains("selfeval serve --allow-pack-code"), listed);
            assertFalse(server.packs().packs().get(0).live());

            HttpResponse<byte[]> reload = http.post("/api/packs/reload", "application/json", new byte[0]);
            assertEquals(422, reload.statusCode(), text(reload));
            assertTrue(text(reload).contains("--allow-pack-code"), text(reload));
        }
    }

    @Test
    void aReloadedRuleThatExitsOrLoopsIsRefusedInItsOwnJvmAndTheLivePackKeepsAnswering() throws IOException {
        Path rules = rules();
        try (WebServer server = TestServers.start(rules, true, TestServers.LIMITS)) {
            Http http = new Http(server.url());
            String live = http.postFile("/api/check", LIHU).headers().firstValue("X-Selfeval-Pack-Hash").orElseThrow();
            Path hostile = rules.resolve("guangzhou-2023/procurement/hostile.drl");

            Files.writeString(hostile, HEADER + "rule \"退出\"\n" + ANNOTATIONS + "when\n    ProcurementProject()\nthen\n    System.exit(42);\nend\n");
            JsonNode exited = reload(http);
            assertEquals("refused", exited.at("/packs/0/decision").asText(), exited.toString());
            assertTrue(exited.at("/packs/0/reasons").toString().contains("进程异常结束（退出码 42）"), exited.toString());
            assertEquals(live, exited.at("/packs/0/liveHash").asText());
            assertChecksWith(http, live);

            server.packs().reloader().gateTimeout(Duration.ofSeconds(20));
            Files.writeString(hostile, HEADER + "rule \"死循环\"\n" + ANNOTATIONS + "when\n    ProcurementProject()\nthen\n    while (true) { }\nend\n");
            JsonNode looped = reload(http);
            assertEquals("refused", looped.at("/packs/0/decision").asText(), looped.toString());
            assertTrue(looped.at("/packs/0/reasons").toString().contains("秒仍未结束（可能有规则陷入死循环），已终止该进程"),
                    looped.toString());
            assertChecksWith(http, live);
        }
    }

    static JsonNode reload(Http http) throws IOException {
        HttpResponse<byte[]> response = http.post("/api/packs/reload", "application/json", new byte[0]);
        assertEquals(422, response.statusCode(), text(response));
        return JSON.readTree(response.body());
    }

    static void assertChecksWith(Http http, String hash) {
        HttpResponse<byte[]> check = http.postFile("/api/check", LIHU);
        assertEquals(200, check.statusCode(), text(check));
        assertEquals(hash, check.headers().firstValue("X-Selfeval-Pack-Hash").orElseThrow());
        assertTrue(text(check).contains("\"score\" : 94.7"), text(check));
    }
}
