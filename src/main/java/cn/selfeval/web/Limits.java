package cn.selfeval.web;

import java.time.Duration;

/**
 * What one request may ask of the server, so that no upload can hurt another request. docs/serve.md's table of
 * limits lists every one of them with its default ({@code ServeLimitsDocTest} compares the two).
 *
 * @param maxFileBytes     one submission file (also the body of POST /api/check), checked from Content-Length
 *                         before the body is read and again while it arrives
 * @param maxRequestBytes  one request in all (a batch, a .zip)
 * @param maxFiles         submissions in one batch, after .zip archives are opened
 * @param checkTimeout     one request from its first byte to its answer: reading the body, choosing the pack,
 *                         checking and writing the answer
 * @param checkThreads     checks running at once; more wait in a queue of {@code queueLength}
 * @param queueLength      checks waiting for a thread; beyond that a request is answered "busy" (503, Retry-After)
 * @param keptResultsMb    memory for the score cards kept for their pages and downloads (estimated from their
 *                         outcomes; the least recently used go first)
 * @param uploadMemoryBytes request bodies held in memory at once, all requests together; a body that would pass it
 *                         is answered "busy" (503, Retry-After) instead of being read
 * @param idleTimeout      a connection on which nothing arrives for this long is closed
 * @param minBytesPerSecond a request body must arrive at least this fast on average (after its first second)
 * @param maxConnections   open connections; beyond it new connections wait to be accepted and idle ones are closed
 *                         sooner
 * @param serverThreads    the embedded server's threads (bodies are read without holding one)
 * @param maxActiveRequests requests handled at once; more wait (without a thread) up to {@code checkTimeout},
 *                         then are answered "busy"
 * @param perClientRate    requests a second one client address may make on average (bursts of twice that);
 *                         beyond it 429 with Retry-After
 */
public record Limits(long maxFileBytes, long maxRequestBytes, int maxFiles, Duration checkTimeout, int checkThreads,
        int queueLength, int keptResultsMb, long uploadMemoryBytes, Duration idleTimeout, long minBytesPerSecond,
        int maxConnections, int serverThreads, int maxActiveRequests, int perClientRate) {

    public static final long MIB = 1024L * 1024L;

    /** Seconds a client told "busy" is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static Limits defaults() {
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new Limits(10 * MIB, 100 * MIB, 200, Duration.ofSeconds(30), cores, cores * 16, 200,
                defaultUploadMemory(Runtime.getRuntime().maxMemory()), Duration.ofSeconds(20), 1024, 1000, 64,
                cores * 8, 500);
    }

    /**
     * A quarter of the heap, at least 32 MB: an upload is held about three times while it is read (the body, its
     * files, an opened .zip), so a quarter leaves the rest of the heap for the packs, checks and kept results.
     */
    static long defaultUploadMemory(long maxHeap) {
        return Math.max(32 * MIB, maxHeap / 4);
    }

    public Limits withCheckTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxRequestBytes, maxFiles, timeout, checkThreads, queueLength, keptResultsMb,
                uploadMemoryBytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests, perClientRate);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxRequestBytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb,
                uploadMemoryBytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests, perClientRate);
    }

    public Limits withMaxFiles(int files) {
        return new Limits(maxFileBytes, maxRequestBytes, files, checkTimeout, checkThreads, queueLength, keptResultsMb,
                uploadMemoryBytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests, perClientRate);
    }

    public Limits withMaxRequestBytes(long bytes) {
        return new Limits(maxFileBytes, bytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb,
                uploadMemoryBytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests, perClientRate);
    }

    public Limits withChecks(int threads, int queue) {
        return new Limits(maxFileBytes, maxRequestBytes, maxFiles, checkTimeout, threads, queue, keptResultsMb,
                uploadMemoryBytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests, perClientRate);
    }

    public Limits withUploadMemoryBytes(long bytes) {
        return new Limits(maxFileBytes, maxRequestBytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb,
                bytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests, perClientRate);
    }

    /** The protections against slow or many connections. */
    public Limits withConnections(Duration idle, long minRate, int connections, int threads, int activeRequests) {
        return new Limits(maxFileBytes, maxRequestBytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb,
                uploadMemoryBytes, idle, minRate, connections, threads, activeRequests, perClientRate);
    }

    public Limits withPerClientRate(int requestsPerSecond) {
        return new Limits(maxFileBytes, maxRequestBytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb,
                uploadMemoryBytes, idleTimeout, minBytesPerSecond, maxConnections, serverThreads, maxActiveRequests,
                requestsPerSecond);
    }

    /** "10 MB" */
    public static String size(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MB" : bytes >= MIB ? String.format("%.1f MB", bytes / (double) MIB)
                : (bytes + 1023) / 1024 + " KB";
    }
}
