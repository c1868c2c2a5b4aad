package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a serve process in the middle of a large zip upload: after a restart on the same data folder the round
 * holds only whole versions (each with its bytes, its card and its audit line), numbered without gaps.
 */
class ReviewCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aServerKilledDuringAZipUploadLeavesNoHalfVersion() throws Exception {
        Path data = temp.resolve("data");
        Process server = serve(data);
        String roundId;
        int storedBeforeKill;
        try {
            Http http = new Http(url(server));
            JsonNode round = JSON.readTree(http.post("/api/rounds", "application/json",
                    "{\"name\": \"崩溃\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8)).body());
            roundId = round.path("id").asText();
            byte[] zip = zipOfVersions(60);
            CompletableFuture<?> upload = CompletableFuture.runAsync(() -> {
                try {
                    http.post("/api/rounds/" + roundId + "/submissions", "application/zip", zip);
                } catch (RuntimeException expected) {
                    // the server dies under it
                }
            });
            storedBeforeKill = 0;
            for (int i = 0; i < 600 && storedBeforeKill < 3; i++) {
                Thread.sleep(100);
                JsonNode now = JSON.readTree(http.get("/api/rounds/" + roundId).body());
                storedBeforeKill = now.path("units").isEmpty() ? 0 : now.path("units").get(0).path("versions").asInt();
            }
            assertTrue(storedBeforeKill >= 3 && storedBeforeKill < 60, "killed in the middle: " + storedBeforeKill);
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no commit of what is under way
            server.waitFor(30, TimeUnit.SECONDS);
            upload.get(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }
        try (Database db = Database.sqlite(data)) {
            List<Integer> numbers = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT v.number FROM versions v JOIN blobs b ON b.sha256 = v.sha256 WHERE v.round_id = :r AND v.card_json IS NOT NULL "
                            + "ORDER BY v.number").bind("r", roundId).mapTo(Integer.class).list());
            int all = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM versions WHERE round_id = :r")
                    .bind("r", roundId).mapTo(Integer.class).one());
            int audited = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_log WHERE round_id = :r AND action = '上传'").bind("r", roundId).mapTo(Integer.class).one());
            assertTrue(numbers.size() >= storedBeforeKill && numbers.size() < 60, numbers.toString());
            assertEquals(all, numbers.size(), "every version has its bytes and its card");
            assertEquals(numbers.size(), audited, "every version has its audit line, and nothing else does");
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= numbers.size(); i++) {
                expected.add(i);
            }
            assertEquals(expected, numbers);
        }
    }

    /** The same submission {@code n} times with different bytes (trailing spaces), so that each is a new version. */
    private static byte[] zipOfVersions(int n) throws Exception {
        String lihu = Files.readString(Path.of("fixtures/lihu-2023.json"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 1; i <= n; i++) {
                zip.putNextEntry(new ZipEntry("第" + i + "版.json"));
                zip.write((lihu + " ".repeat(i)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** selfeval serve in a child JVM from the test class path. */
    private static Process serve(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dselfeval.cache=" + System.getProperty("selfeval.cache", "target/test-cache"),
                "cn.selfeval.cli.SelfevalCommand", "serve", "--port", "0", "--data", data.toString(), "--rules", "rules");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static final Pattern URL = Pattern.compile("已在 (http://[0-9.:]+)/ 提供服务");

    private static String url(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread reader = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling
                        }
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                });
                reader.setDaemon(true);
                reader.start();
                return m.group(1);
            }
        }
        throw new AssertionError("serve did not start");
    }
}
