package cn.selfeval.bench;

import cn.selfeval.check.Checker;
import cn.selfeval.check.PackRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;

/**
 * Checks per second and latency of a running {@code selfeval serve} for 1 and 50 concurrent clients, each posting
 * the report-000 fixture to POST /api/check as fast as it is answered; then the warm time of one check inside one
 * JVM, without HTTP, for comparison. Only loopback addresses; every loop is bounded in count and time. Run with
 * benchmark/serve (not part of the test suite).
 */
public final class ServeBenchmark {

    private static final Duration MAX_RUN = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        URI check = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/api/check");
        if (!check.getHost().equals("127.0.0.1") && !check.getHost().equals("localhost")) {
            throw new IllegalArgumentException("只对本机（127.0.0.1）上的服务做基准测试：" + check);
        }
        byte[] body = Files.readAllBytes(Path.of(args.length > 1 ? args[1] : "fixtures/lihu-2023.json"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();

        run(client, check, body, 8, 600, false);
        for (int clients : new int[] {1, 50}) {
            run(client, check, body, clients, clients == 1 ? 3000 : 10000, true);
        }

        Checker checker = new PackRegistry(Path.of("rules")).select(2023, "增城区").checker();
        Path fixture = Path.of(args.length > 1 ? args[1] : "fixtures/lihu-2023.json");
        for (int i = 0; i < 2000; i++) {
            checker.check(fixture.toString(), body);
        }
        long[] times = new long[3000];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            checker.check(fixture.toString(), body);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("同一 JVM 内热检查（读入、校验、规则、评分，无 HTTP，单线程）：中位数 %.2f ms，p99 %.2f ms%n",
                times[times.length / 2] / 1e6, times[times.length * 99 / 100] / 1e6);
        System.exit(0);
    }

    /** {@code requests} posts by {@code clients} threads (or until MAX_RUN has passed); prints the figures. */
    private static void run(HttpClient client, URI check, byte[] body, int clients, int requests, boolean print)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(check).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        Load.Result r = Load.run(client, clients, requests, MAX_RUN, () -> request);
        if (print) {
            System.out.printf("%2d 个并发客户端：%d 次检查用时 %.1f s，%.0f 次/秒；延迟 p50 %.1f ms，p99 %.1f ms；失败 %d 次%n",
                    clients, r.answered(), r.seconds(), r.perSecond(), r.millis(0.5), r.millis(0.99), r.failed());
        }
    }
}
