package cn.selfeval.web.guard;

import java.util.concurrent.atomic.AtomicLong;

/** The bytes of request bodies held in memory by all requests together, never more than the limit. */
final class UploadMemory {

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    UploadMemory(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} when they fit beside what is held; false (nothing taken) when they do not. */
    boolean take(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void give(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }
}
