package cn.selfeval.cli;

/** Exit codes of every command, as documented in the README. */
public final class ExitCode {
    /** The command did its job (a check that found deductions still succeeded). */
    public static final int OK = 0;
    /** Rule tests failed or validation found problems. */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A submission's data is wrong (named with file, JSON path and problem). */
    public static final int INVALID_INPUT = 3;
    /** A rule pack cannot be loaded, compiled or run. */
    public static final int RULE_PACK_ERROR = 4;
    /** A file could not be written, or an unexpected internal error. */
    public static final int INTERNAL_ERROR = 5;
    /** No rule pack serves the submission's year and district (not a broken pack: nothing to fix in the rules). */
    public static final int NO_PACK = 6;
    /** {@code watch}: a step's last day has passed and it is not done (the list says which). */
    public static final int OVERDUE = 7;
    /** {@code serve}: bound beyond loopback while the store has no administrator (the message says how to add one). */
    public static final int NO_ADMIN = 8;

    private ExitCode() {
    }
}
