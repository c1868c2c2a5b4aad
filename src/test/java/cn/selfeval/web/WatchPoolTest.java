package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.store.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /watch and POST /api/watch run on the server's bounded check pool, as POST /check and POST /api/check do:
 * with its threads and queue taken they are refused the same way (503, Retry-After, the same Chinese message), and
 * a list waiting longer than the time limit is answered "timeout" like a check. A round's 预警 runs every unit's
 * pack, so it waits on the same pool.
 */
class WatchPoolTest {

    private static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    private static final String BUSY = "服务正忙（同时等待检查的填报已达 1 份），请 5 秒后再试";

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService holders = Executors.newFixedThreadPool(2);
    private WebServer server;

    @TempDir
    Path temp;

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        holders.shutdown();
        assertTrue(holders.awaitTermination(30, TimeUnit.SECONDS));
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withThePoolFullWatchIsAnsweredBusyLikeCheck() throws Exception {
        server = TestServers.start(Path.of("rules"), true, TestServers.LIMITS.withChecks(1, 1));
        Http http = new Http(server.url());
        HttpResponse<byte[]> before = http.postFile("/api/watch?asOf=2023-09-20", LIHU);
        assertEquals(200, before.statusCode(), text(before));
        fill(server.checks());

        HttpResponse<byte[]> check = http.postFile("/api/check", LIHU);
        HttpResponse<byte[]> watch = http.postFile("/api/watch?asOf=2023-09-20", LIHU);
        for (HttpResponse<byte[]> answer : List.of(check, watch)) {
            assertEquals(503, answer.statusCode(), text(answer));
            assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
            assertTrue(text(answer).contains("\"kind\" : \"busy\""), text(answer));
            assertTrue(text(answer).contains(BUSY), text(answer));
        }
        HttpResponse<byte[]> page = http.multipart("/watch", List.of(Http.Part.file("file", LIHU)),
                Map.of("asOf", "2023-09-20", "within", "30"));
        assertEquals(503, page.statusCode(), text(page));
        assertTrue(text(page).contains(BUSY), text(page));
        HttpResponse<byte[]> checkPage = http.multipart("/check", List.of(Http.Part.file("file", LIHU)), Map.of());
        assertEquals(503, checkPage.statusCode(), text(checkPage));
        assertTrue(text(checkPage).contains(BUSY), text(checkPage));

        release.countDown();
        awaitIdle(server.checks());
        HttpResponse<byte[]> after = http.postFile("/api/watch?asOf=2023-09-20", LIHU);
        assertEquals(200, after.statusCode(), "a freed pool lists again: " + text(after));
        assertTrue(text(after).contains("\"kind\" : \"watch\""), text(after));
    }

    @Test
    void aWatchWaitingBeyondTheTimeLimitIsAnsweredTimeoutLikeCheck() throws Exception {
        server = TestServers.start(Path.of("rules"), true,
                TestServers.LIMITS.withChecks(1, 4).withCheckTimeout(Duration.ofSeconds(1)));
        Http http = new Http(server.url());
        CountDownLatch started = new CountDownLatch(1);
        holders.submit(() -> server.checks().onPool("占用", () -> {
            started.countDown();
            return release.await(60, TimeUnit.SECONDS);
        }, Duration.ofSeconds(60).toNanos()));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        HttpResponse<byte[]> watch = http.postFile("/api/watch?asOf=2023-09-20", LIHU);
        assertEquals(503, watch.statusCode(), text(watch));
        assertTrue(text(watch).contains("\"kind\" : \"timeout\""), text(watch));
        assertTrue(text(watch).contains("检查超过 1 秒仍未完成"), text(watch));
    }

    @Test
    void aRoundsWatchWaitsOnTheSamePool() throws Exception {
        try (Database db = Database.sqlite(temp.resolve("data"))) {
            server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0,
                    TestServers.LIMITS.withChecks(1, 1), Clock.fixed(TestServers.NOW, ZoneOffset.UTC), db));
            Http http = new Http(server.url());
            HttpResponse<byte[]> created = http.post("/api/rounds", "application/json",
                    "{\"name\": \"增城区2023年度复核\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(201, created.statusCode(), text(created));
            String round = new ObjectMapper().readTree(created.body()).path("id").asText();
            HttpResponse<byte[]> uploaded = http.multipart("/api/rounds/" + round + "/submissions",
                    List.of(Http.Part.file("files", LIHU)), Map.of());
            assertEquals(200, uploaded.statusCode(), text(uploaded));
            HttpResponse<byte[]> before = http.get("/api/rounds/" + round + "/watch?asOf=2023-09-20");
            assertEquals(200, before.statusCode(), text(before));
            fill(server.checks());

            HttpResponse<byte[]> api = http.get("/api/rounds/" + round + "/watch?asOf=2023-09-20");
            assertEquals(503, api.statusCode(), text(api));
            assertEquals("5", api.headers().firstValue("Retry-After").orElse(""));
            assertTrue(text(api).contains("\"kind\" : \"busy\""), text(api));
            assertTrue(text(api).contains(BUSY), text(api));
            HttpResponse<byte[]> page = http.get("/rounds/" + round + "/watch?asOf=2023-09-20");
            assertEquals(503, page.statusCode(), text(page));
            assertTrue(text(page).contains(BUSY), text(page));

            release.countDown();
            awaitIdle(server.checks());
            HttpResponse<byte[]> after = http.get("/api/rounds/" + round + "/watch?asOf=2023-09-20");
            assertEquals(200, after.statusCode(), "a freed pool lists again: " + text(after));
            server.close();
            server = null;
        }
    }

    /** Takes the one check thread and the one place in the queue with work that waits for {@link #release}. */
    private void fill(Checks checks) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        holders.submit(() -> checks.onPool("占用", () -> {
            started.countDown();
            return release.await(60, TimeUnit.SECONDS);
        }, Duration.ofSeconds(60).toNanos()));
        assertTrue(started.await(10, TimeUnit.SECONDS), "the first holder runs");
        holders.submit(() -> checks.onPool("排队", () -> release.await(60, TimeUnit.SECONDS),
                Duration.ofSeconds(60).toNanos()));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (checks.waiting() < 1) {
            assertTrue(System.nanoTime() < until, "the second holder waits in the queue");
            Thread.sleep(10);
        }
    }

    private static void awaitIdle(Checks checks) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (checks.waiting() > 0) {
            assertTrue(System.nanoTime() < until, "the queue empties");
            Thread.sleep(10);
        }
    }
}
