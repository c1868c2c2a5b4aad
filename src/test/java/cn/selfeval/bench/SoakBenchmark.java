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
 * checks' throughput and p50/p95/p99, every status seen, the errors and empty 500s, and the heap and resident memory
 * every five seconds. Loopback only; bounded in time.
 * <p>
 * All clients connect from 127.0.0.1, so the server's per-address request rate ({@link Limits#perClientRate()}, 500 a
 * second) is lifted for the run: with it, the benchmark would measure the limiter's 429s, not the server.
 */
public final class SoakBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Duration length = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        byte[] normal = Files.readAllBytes(Path.of("fixtures/lihu-2023.json"));
        byte[] workbook = largeWorkbook(200_000);
        Limits limits = Limits.defaults().withPerClientRate(1_000_000);
        try (WebServer server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, limits,
                Clock.systemUTC(), true))) {
            URI check = URI.create(server.url() + "/api/check");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger empty500 = new AtomicInteger();
            AtomicLong maxHeap = new AtomicLong();
            AtomicLong maxRss = new AtomicLong();
            AtomicInteger counter = new AtomicInteger();
            List<String> timeline = Collections.synchronizedList(new ArrayList<>());
            long begin = System.nanoTime();
            long end = begin + length.toNanos();
            Thread heap = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                long nextLine = begin;
                while (System.nanoTime() < end) {
                    long used = rt.totalMemory() - rt.freeMemory();
                    long rss = residentBytes();
                    maxHeap.accumulateAndGet(used, Math::max);
                    maxRss.accumulateAndGet(rss, Math::max);
                    if (System.nanoTime() >= nextLine) {
                        timeline.add(String.format("  %3d s：堆 %4.0f MB，常驻 %4.0f MB，正常检查成功 %,d 次",
                                (System.nanoTime() - begin) / 1_000_000_000L, used / 1e6, rss / 1e6, latencies.size()));
                        nextLine += 5_000_000_000L;
                    }
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
            System.out.printf("本机 %d 核；%d 个客户端 %d 秒，每 10 个请求 1 个恶意请求（大工作簿、声明 200 MB 的 JSON、慢速正文）；"
                    + "同一地址的请求速度限制在本次运行中放开%n", Runtime.getRuntime().availableProcessors(), clients, length.toSeconds());
            System.out.printf("正常检查成功 %,d 次，%.0f 次/秒：p50 %.1f ms，p95 %.1f ms，p99 %.1f ms，最大 %.1f ms%n", sorted.size(),
                    sorted.size() / (double) length.toSeconds(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
            new java.util.TreeMap<>(statuses).forEach((k, v) -> System.out.printf("  %-20s %,d%n", k, v.get()));
            System.out.printf("客户端出错（无回答）：%d；空白的 500：%d；堆占用最大 %.0f MB（上限 %.0f MB）；常驻内存最大 %.0f MB%n",
                    statuses.entrySet().stream().filter(e -> e.getKey().startsWith("error")).mapToInt(e -> e.getValue().get()).sum(),
                    empty500.get(), maxHeap.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, maxRss.get() / 1e6);
            System.out.println("随时间（每 5 秒）：");
            timeline.forEach(System.out::println);
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

    /** This process's resident memory (VmRSS), 0 where /proc is not there. */
    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
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
