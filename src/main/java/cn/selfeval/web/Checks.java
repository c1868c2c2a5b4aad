package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.check.ScopedChoice;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.web.upload.SubmissionFormats;
import cn.selfeval.web.upload.Upload;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks uploaded submissions as {@code selfeval check} does (read → choose the pack → check with its shared
 * compiled rules → score card), each on a bounded pool of check threads and within the time limit, and turns
 * every failure into a {@link UnitResult} with Chinese messages: nothing one upload does reaches another.
 */
public final class Checks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checks.class);

    private final ServerPacks packs;
    private final Limits limits;
    private final ThreadPoolExecutor pool;

    public Checks(ServerPacks packs, Limits limits) {
        this.packs = packs;
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.checkThreads(), limits.checkThreads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(limits.queueLength()), r -> {
                    Thread t = new Thread(r, "selfeval-check-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * @param packName a pack's id or folder name, or null/blank to choose by the submission's year and district
     */
    public UnitResult check(Upload upload, String packName) {
        return check(upload, packName, limits.checkTimeout().toNanos());
    }

    /**
     * @param timeoutNanos how long the check may take: what is left of the request's time limit, so that the limit
     *                     bounds the whole answer and not only the check
     */
    public UnitResult check(Upload upload, String packName, long timeoutNanos) {
        Pooled<UnitResult> pooled = onPool(upload.fileName(), () -> checkNow(upload, packName), timeoutNanos);
        return pooled.refused() != null ? pooled.refused() : pooled.value();
    }

    /**
     * What {@link #onPool} gave: the work's value, or why there is none (busy, timed out, internal error).
     */
    public record Pooled<T>(T value, UnitResult refused) {
    }

    /**
     * Runs work on an upload (a check, a watch list) on the bounded pool of check threads, within the time limit,
     * with the refusals a check gets: so every route that runs a pack shares one limit on the machine's threads.
     *
     * @param timeoutNanos what is left of the request's time limit
     */
    public <T> Pooled<T> onPool(String fileName, Callable<T> work, long timeoutNanos) {
        Future<T> running;
        try {
            running = pool.submit(work);
        } catch (RejectedExecutionException e) {
            return refused(UnitResult.refused(fileName, UnitResult.Status.BUSY,
                    List.of("服务正忙（同时等待检查的填报已达 " + limits.queueLength() + " 份），请 "
                            + Limits.RETRY_AFTER_SECONDS + " 秒后再试")));
        }
        try {
            return new Pooled<>(running.get(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            running.cancel(true);
            // Drools cannot be stopped from outside while a rule runs: the check goes on in the background.
            return refused(UnitResult.refused(fileName, UnitResult.Status.TIMEOUT, List.of("检查超过 "
                    + limits.checkTimeout().toSeconds() + " 秒仍未完成，不再等待其结果（该次检查在服务后台运行到结束，其间占用一个检查线程）；"
                    + "请把填报拆小，或请服务管理员放宽时限（--check-timeout）")));
        } catch (ExecutionException e) {
            return refused(internal(fileName, e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return refused(internal(fileName, e));
        }
    }

    private static <T> Pooled<T> refused(UnitResult result) {
        return new Pooled<>(null, result);
    }

    /** Each of the uploads in turn, in their order. */
    public List<UnitResult> checkAll(List<Upload> uploads, String packName) {
        return uploads.stream().map(u -> check(u, packName)).toList();
    }

    /** Each of the uploads in turn, all of them within what is left of the request's time at {@code deadline}. */
    public List<UnitResult> checkAll(List<Upload> uploads, String packName, long deadline) {
        return uploads.stream().map(u -> check(u, packName, deadline - System.nanoTime())).toList();
    }

    private UnitResult checkNow(Upload upload, String packName) {
        if (SubmissionFormats.forUpload(upload).isEmpty()) {
            return UnitResult.refused(upload.fileName(), UnitResult.Status.UNSUPPORTED,
                    List.of(SubmissionFormats.unsupported(upload)));
        }
        try {
            // As the command line does: parsed once, the pack chosen by its year and district, then checked.
            SubmissionReader.Parsed parsed = SubmissionReader.parse(upload.fileName(), upload.bytes());
            PackRegistry registry = packs.registry();
            String named = packName == null ? "" : packName.strip();
            PackRegistry.Selection chosen = ScopedChoice.choose(parsed, (year, district) -> named.isEmpty()
                    ? registry.select(year, district) : registry.select(named, year, district, "规则包 " + named));
            Checker.Result result = chosen.checker().check(parsed);
            return UnitResult.checked(upload.fileName(), result.card(), result.submission());
        } catch (InvalidSubmissionException e) {
            return UnitResult.invalid(upload.fileName(), e.problems());
        } catch (NoMatchingPackException e) {
            return UnitResult.refused(upload.fileName(), UnitResult.Status.NO_PACK, e.problems());
        } catch (RulePackException e) {
            return UnitResult.refused(upload.fileName(), UnitResult.Status.RULE_PACK_ERROR, e.problems());
        }
    }

    private static UnitResult internal(String fileName, Throwable e) {
        LOG.error("检查 {} 时内部错误", fileName, e);
        return UnitResult.refused(fileName, UnitResult.Status.INTERNAL_ERROR,
                List.of("selfeval 内部错误，未检查；服务日志中有详细信息（" + e.getClass().getSimpleName() + "）"));
    }

    /** Uploads waiting for a check thread (for the tests of the busy answer). */
    int waiting() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
