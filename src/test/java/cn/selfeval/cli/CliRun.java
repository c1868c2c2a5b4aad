package cn.selfeval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs selfeval's command line in this JVM, as the selfeval script would, and keeps what it printed. */
final class CliRun {

    /** The exit code, standard output and standard error of one run. */
    record Run(int exit, String out, String err) {

        /** The last line of standard output, empty when there is none. */
        String lastLine() {
            java.util.List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private CliRun() {
    }

    static Run selfeval(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SelfevalCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
