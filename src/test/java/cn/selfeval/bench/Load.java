package cn.selfeval.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent clients sending requests as fast as they are answered, bounded in count and time: what the server
 * benchmarks measure throughput and latency with.
 */
final class Load {

    /** The answered requests' latencies (sorted, nanoseconds), how many failed, and the wall time. */
    record Result(long[] latencies, int failed, long elapsedNanos) {

        int answered() {
            return latencies.length;
        }

        double perSecond() {
            return latencies.length / (elapsedNanos / 1e9);
        }

        double seconds() {
            return elapsedNanos / 1e9;
        }

        /** The latency at this fraction (0.5 for the median), in milliseconds. */
        double millis(double fraction) {
            return latencies.length == 0 ? 0 : latencies[Math.min(latencies.length - 1, (int) (latencies.length * fraction))] / 1e6;
        }
    }

    private Load() {
    }

    /**
     * {@code requests} requests by {@code clients} threads, or as many as {@code cap} allows; a request counts as
     * answered when the status is 200.
     *
     * @param request makes each request (called once a request, so that each may differ)
     */
    static Result run(HttpClient client, int clients, int requests, Duration cap, Supplier<HttpRequest> request)
            throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.nanoTime() + cap.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                    HttpRequest r = request.get();
                    long t = System.nanoTime();
                    try {
                        if (client.send(r, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200) {
                            mine.add(System.nanoTime() - t);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> w : workers) {
            all.addAll(w.get());
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return new Result(all.stream().mapToLong(Long::longValue).sorted().toArray(), failed.get(), elapsed);
    }
}
