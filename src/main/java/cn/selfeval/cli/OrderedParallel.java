package cn.selfeval.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on items on several threads and hands the results back in the items' order, holding at most a few
 * results per thread at a time: a batch of any size runs in bounded memory and prints as if run one by one.
 */
final class OrderedParallel {

    /** Results waiting to be handed back, per thread. */
    private static final int WINDOW_PER_THREAD = 8;

    private OrderedParallel() {
    }

    static <T, R> void run(List<T> items, int threads, Function<T, R> work, Consumer<R> done) {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(item -> done.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "selfeval-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int window = threads * WINDOW_PER_THREAD;
            for (T item : items) {
                pending.add(pool.submit(() -> work.apply(item)));
                while (pending.size() >= window || !pending.isEmpty() && pending.peek().isDone()) {
                    done.accept(result(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                done.accept(result(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("检查被中断", e);
        }
    }
}
