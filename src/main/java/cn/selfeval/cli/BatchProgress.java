package cn.selfeval.cli;

import java.io.PrintWriter;

/**
 * A progress bar on the terminal for a batch — "检查 12,345/100,000 [██████░░░░] 12%  已用 7 秒，约剩 48 秒" — redrawn
 * in place at most ten times a second. Off when standard error is not a terminal (the selfeval script tells, with
 * -Dselfeval.progress=on), so that logs get no control characters. A message printed while it shows clears it first.
 */
final class BatchProgress {

    static final String PROPERTY = "selfeval.progress";
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final long started = System.nanoTime();
    private int done;
    private long drawnAt;
    private boolean drawn;

    private BatchProgress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    /** A bar for {@code total} submissions; shown only on a terminal and for more than one submission. */
    static BatchProgress start(PrintWriter err, int total) {
        return new BatchProgress(err, total, total > 1 && "on".equals(System.getProperty(PROPERTY)));
    }

    boolean shown() {
        return shown;
    }

    /** Prints lines above the bar. */
    void print(String lines) {
        if (lines.isEmpty()) {
            return;
        }
        clear();
        err.print(lines);
        err.flush();
    }

    void step() {
        done++;
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - drawnAt < REDRAW_NANOS && done < total) {
            return;
        }
        drawnAt = now;
        double seconds = (now - started) / 1e9;
        int filled = (int) ((long) WIDTH * done / total);
        String left = done == 0 || done == total ? "" : String.format("，约剩 %.0f 秒", seconds / done * (total - done));
        err.printf("\r检查 %,d/%,d [%s%s] %d%%  已用 %.0f 秒%s\u001b[K", done, total, "█".repeat(filled),
                "░".repeat(WIDTH - filled), 100L * done / total, seconds, left);
        err.flush();
        drawn = true;
    }

    /** Removes the bar, leaving the terminal as it was. */
    void finish() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
