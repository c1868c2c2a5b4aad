package cn.selfeval.bench;

import cn.selfeval.web.Limits;
import cn.selfeval.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The soak test of issue 16 (not a unit test; run with benchmark/soak): a server in this JVM over rules/ with the
 * default limits, 50 clients for 60 seconds, one request in ten hostile — a large workbook, a JSON body declared at
 * 200 MB, a body that arrives a byte at a time — beside normal checks of the report-000 fixture. Prints the normal
 * requests' p50/p99, every status seen, the empty 500s and the largest heap in use. Loopback only; bounded in time.
 */
public final class SoakBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Duration length = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        byte[] normal = Files.readAllBytes(Path.of("fixtures/lihu-2023.json"));
        byte[] workbook = largeWorkbook(200_000);
        try (WebServer server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, Limits.defaults(),
                Clock.systemUTC(), true))) {
            URI check = URI.create(server.url() + "/api/check");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger empty500 = new AtomicInteger();
            AtomicLong maxHeap = new AtomicLong();
            AtomicInteger counter = new AtomicInteger();
            long end = System.nanoTime() + length.toNanos();
            Thread heap = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (System.nanoTime() < end) {
                    maxHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    sleep(100);
                }
            });
            heap.start();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        int n = counter.incrementAndGet();
                        String kind;
                        int status;
                        long started = System.nanoTime();
                        try {
                            if (n % 10 != 0) {
                                kind = "normal";
                                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(check)
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(normal)).build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                status = r.statusCode();
                                if (status == 200) {
                                    latencies.add(System.nanoTime() - started);
                                }
                                if (status == 500 && r.body().length == 0) {
                                    empty500.incrementAndGet();
                                }
                            } else if (n % 30 == 0) {
                                kind = "workbook";
                                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(check)
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                status = r.statusCode();
                                if (status == 500 && r.body().length == 0) {
                                    empty500.incrementAndGet();
                                }
                            } else if (n % 30 == 10) {
                                kind = "json-200MB";
                                status = raw(server.port(), 200L * 1024 * 1024, 64 * 1024, false);
                            } else {
                                kind = "slow-body";
                                status = raw(server.port(), 1000, 1, true);
                            }
                        } catch (Exception e) {
                            kind = "error";
                            status = -1;
                        }
                        statuses.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(length.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
            heap.join();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("%d 个客户端 %d 秒，每 10 个请求 1 个恶意请求（大工作簿、声明 200 MB 的 JSON、慢速正文）%n", clients, length.toSeconds());
            System.out.printf("正常检查成功 %,d 次：p50 %.1f ms，p99 %.1f ms，最大 %.1f ms%n", sorted.size(), pct(sorted, 50),
                    pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
            new java.util.TreeMap<>(statuses).forEach((k, v) -> System.out.printf("  %-20s %,d%n", k, v.get()));
            System.out.printf("空白的 500：%d；堆占用最大 %.0f MB（上限 %.0f MB）%n", empty500.get(), maxHeap.get() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
        System.exit(0);
    }

    /** A request written by hand: its head, {@code send} bytes of body, and (slow) the rest never; the status line. */
    private static int raw(int port, long declared, int send, boolean slow) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(" ".repeat(send).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            String line = new String(head, StandardCharsets.US_ASCII);
            return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : -1;
        }
    }

    private static byte[] largeWorkbook(int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("采购项目");
            for (int r = 0; r < rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("ZC-" + r);
                row.createCell(1).setCellValue("项目" + r);
                row.createCell(2).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
