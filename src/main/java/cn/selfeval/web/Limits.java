package cn.selfeval.web;

import java.time.Duration;

/**
 * What one request may ask of the server, so that no upload can hurt another request.
 *
 * @param maxFileBytes    one submission file (also the body of POST /api/check)
 * @param maxRequestBytes one request in all (a batch, a .zip)
 * @param maxFiles        submissions in one batch, after .zip archives are opened
 * @param checkTimeout    reading, choosing the pack and checking one submission
 * @param checkThreads    checks running at once; more wait in a queue of {@code queueLength}
 * @param queueLength     checks waiting for a thread; beyond that a request is answered "busy"
 * @param keptResultsMb   memory for the score cards kept for their pages and downloads (estimated from their
 *                        outcomes; the least recently used go first)
 */
public record Limits(long maxFileBytes, long maxRequestBytes, int maxFiles, Duration checkTimeout, int checkThreads,
        int queueLength, int keptResultsMb) {

    public static final long MIB = 1024L * 1024L;

    public static Limits defaults() {
        return new Limits(10 * MIB, 100 * MIB, 200, Duration.ofSeconds(30),
                Math.max(2, Runtime.getRuntime().availableProcessors()), 500, 200);
    }

    public Limits withCheckTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxRequestBytes, maxFiles, timeout, checkThreads, queueLength, keptResultsMb);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxRequestBytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb);
    }

    public Limits withMaxFiles(int files) {
        return new Limits(maxFileBytes, maxRequestBytes, files, checkTimeout, checkThreads, queueLength, keptResultsMb);
    }

    public Limits withMaxRequestBytes(long bytes) {
        return new Limits(maxFileBytes, bytes, maxFiles, checkTimeout, checkThreads, queueLength, keptResultsMb);
    }

    /** "10 MB" */
    public static String size(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MB" : bytes >= MIB ? String.format("%.1f MB", bytes / (double) MIB)
                : (bytes + 1023) / 1024 + " KB";
    }
}
