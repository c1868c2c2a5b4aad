package cn.selfeval.web.guard;

import cn.selfeval.web.Limits;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before the request reaches the routes, without holding a thread while the bytes
 * arrive: a slow client costs a connection and the bytes it sent, never one of the server's threads. While reading
 * it refuses, as early as it can tell:
 * <ul>
 * <li>a body longer than the route takes (413), from Content-Length before a byte is read, or as soon as the bytes
 * received pass it. A body at most {@link #DRAIN_FACTOR} times the limit (a workbook a little too large, the common
 * case) is read to its end and dropped before the answer, for the reason given for 503 below; a larger one is answered
 * at once and its connection closed, since reading it would invite anyone to send gigabytes;</li>
 * <li>a body arriving slower than {@link Limits#minBytesPerSecond()} on average, or not complete within
 * {@link Limits#checkTimeout()} (408);</li>
 * <li>a body that does not fit in the memory left for uploads (503 with Retry-After), so that no number of
 * concurrent large uploads can exhaust the heap. The rest of such a body is read and dropped before the answer: it is
 * within the size limit, and a refusal sent while the client still sends is lost when the connection closes with
 * bytes unread (the client sees a reset instead of the 503).</li>
 * </ul>
 * Jetty 12.1's own minimum-data-rate settings do not serve here: {@code HttpConfiguration.minRequestDataRate} is not
 * enforced for HTTP/1.1 and {@code MinimumDataRateHandler} measures the bytes of all requests together.
 */
public final class BodyFirst extends Handler.Wrapper {

    /** The form fields and multipart framing around the one file of POST /check and POST /api/check. */
    static final long ONE_FILE_OVERHEAD = 64 * 1024;

    /** How many times the size limit a refused body may be, to be read and dropped so that its answer arrives. */
    static final long DRAIN_FACTOR = 4;

    /** The first second of a body is not measured: a client may take a moment to start sending. */
    private static final long RATE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** The request attribute holding {@link NanoTime} at which the request must be answered. */
    public static final String DEADLINE = "selfeval.deadline";

    private final Limits limits;
    private final Answers answers;
    private final UploadMemory memory;

    public BodyFirst(Limits limits, Answers answers) {
        this.limits = limits;
        this.answers = answers;
        this.memory = new UploadMemory(limits.uploadMemoryBytes());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = NanoTime.now();
        request.setAttribute(DEADLINE, started + limits.checkTimeout().toNanos());
        long declared = request.getLength();
        boolean body = declared > 0 || declared < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!body) {
            return super.handle(request, response, callback);
        }
        long max = maxBytes(request);
        if (declared > max * DRAIN_FACTOR) {
            Answers.write(answers, request, response, callback, 413, "too-large", tooLarge(request), true);
            return true;
        }
        Reading reading = new Reading(request, response, callback, max, started);
        if (declared > max) {
            reading.answerAtTheEnd(413, "too-large", tooLarge(request));
        }
        reading.run();
        return true;
    }

    /** Bytes held in memory for bodies now (for the soak benchmark and tests). */
    public long heldBytes() {
        return memory.held();
    }

    private long maxBytes(Request request) {
        return oneFile(request) ? limits.maxFileBytes() + ONE_FILE_OVERHEAD : limits.maxRequestBytes();
    }

    private static boolean oneFile(Request request) {
        String path = Request.getPathInContext(request);
        return path.equals("/check") || path.equals("/api/check");
    }

    private String tooLarge(Request request) {
        return oneFile(request) ? "文件超过 " + Limits.size(limits.maxFileBytes()) + "（一份填报的上限），未检查"
                : "上传的内容超过 " + Limits.size(limits.maxRequestBytes()) + "（一次上传的上限），未检查；请分批上传";
    }

    /** One body being read: run on the first call and again whenever more bytes can be read. */
    private final class Reading implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long max;
        private final long started;
        private final List<byte[]> pieces = new ArrayList<>();
        private final AtomicBoolean over = new AtomicBoolean();
        private final AtomicLong held = new AtomicLong();
        private final Scheduler.Task deadline;
        private long received;
        /** Set when the body is refused but read to its end first (dropped, holding no memory), then answered. */
        private Refusal pending;

        Reading(Request request, Response response, Callback callback, long max, long started) {
            this.request = request;
            this.response = response;
            this.max = max;
            this.started = started;
            this.callback = new Callback.Nested(callback) {
                @Override
                public void succeeded() {
                    release();
                    super.succeeded();
                }

                @Override
                public void failed(Throwable x) {
                    release();
                    super.failed(x);
                }
            };
            long remaining = Math.max(0, limits.checkTimeout().toNanos() - NanoTime.since(started));
            this.deadline = request.getComponents().getScheduler().schedule(this::late, remaining, TimeUnit.NANOSECONDS);
        }

        @Override
        public void run() {
            while (!over.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    boolean timeout = chunk.getFailure() instanceof java.util.concurrent.TimeoutException;
                    if (timeout) {
                        refuse(408, "too-slow", "上传太慢：" + limits.idleTimeout().toSeconds()
                                + " 秒没有收到数据，已断开；请检查网络后重新上传");
                    } else if (finish()) {
                        callback.failed(chunk.getFailure());
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int n = bytes.remaining();
                if (received + n > max * DRAIN_FACTOR) {
                    chunk.release();
                    refuse(413, "too-large", tooLarge(request));
                    return;
                }
                if (pending == null && received + n > max) {
                    answerAtTheEnd(413, "too-large", tooLarge(request));
                }
                if (pending == null && n > 0 && !memory.take(n)) {
                    // Answered once the body is read to its end: a refusal sent while the client still sends would be
                    // lost when the connection closes with bytes unread.
                    answerAtTheEnd(503, "busy", "服务正忙：同时接收的上传已占用为上传预留的 " + Limits.size(limits.uploadMemoryBytes())
                            + " 内存，请 " + Limits.RETRY_AFTER_SECONDS + " 秒后再试");
                }
                received += n;
                if (pending == null && n > 0) {
                    held.addAndGet(n);
                    byte[] piece = new byte[n];
                    bytes.get(piece);
                    pieces.add(piece);
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (last && pending != null) {
                    refuse(pending.status(), pending.kind(), pending.message(), false);
                    return;
                }
                if (last) {
                    dispatch();
                    return;
                }
                if (tooSlow()) {
                    refuse(408, "too-slow", "上传太慢：请求正文平均每秒不足 " + Limits.size(limits.minBytesPerSecond())
                            + "，已断开；请检查网络后重新上传");
                    return;
                }
            }
        }

        private boolean tooSlow() {
            long elapsed = NanoTime.since(started);
            return elapsed > RATE_GRACE_NANOS
                    && received * TimeUnit.SECONDS.toNanos(1) / elapsed < limits.minBytesPerSecond();
        }

        private void late() {
            refuse(408, "too-slow", "上传超过 " + limits.checkTimeout().toSeconds()
                    + " 秒仍未完成，已断开；请检查网络后重新上传，或请服务管理员放宽时限（--check-timeout）");
        }

        private void dispatch() {
            if (!finish()) {
                return;
            }
            Buffered buffered = new Buffered(request, pieces);
            try {
                if (!BodyFirst.super.handle(buffered, response, callback)) {
                    Response.writeError(buffered, response, callback, 404);
                }
            } catch (Throwable x) {
                callback.failed(x);
            }
        }

        /** Refuses the request once its body has been read to its end, dropping what is held and what comes. */
        void answerAtTheEnd(int status, String kind, String message) {
            pending = new Refusal(status, kind, message);
            pieces.clear();
            release();
        }

        private void refuse(int status, String kind, String message) {
            refuse(status, kind, message, true);
        }

        /** @param close whether the connection ends after the answer (the body was not read to its end) */
        private void refuse(int status, String kind, String message, boolean close) {
            if (finish()) {
                pieces.clear();
                release();
                Answers.write(answers, request, response, callback, status, kind, message, close);
            }
        }

        /** True for the one caller that ends the reading (the reader or the deadline). */
        private boolean finish() {
            if (!over.compareAndSet(false, true)) {
                return false;
            }
            deadline.cancel();
            return true;
        }

        private void release() {
            memory.give(held.getAndSet(0));
        }
    }

    private record Refusal(int status, String kind, String message) {
    }

    /** The request with its body already in memory: every read is answered at once. */
    private static final class Buffered extends Request.Wrapper {

        private final Deque<byte[]> pieces;

        Buffered(Request request, List<byte[]> pieces) {
            super(request);
            this.pieces = new ArrayDeque<>(pieces);
        }

        @Override
        public synchronized Content.Chunk read() {
            byte[] piece = pieces.poll();
            return piece == null ? Content.Chunk.EOF : Content.Chunk.from(ByteBuffer.wrap(piece), pieces.isEmpty());
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public synchronized boolean consumeAvailable() {
            pieces.clear();
            return true;
        }
    }
}
