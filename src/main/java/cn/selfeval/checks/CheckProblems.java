package cn.selfeval.checks;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading a pack's checks, each "file:line：what is wrong (and how to fix it)". */
public final class CheckProblems {

    private final List<String> problems = new ArrayList<>();
    private final java.util.function.Function<String, String> display;

    /** @param display how a pack-relative file is shown to the user (its real path) */
    public CheckProblems(java.util.function.Function<String, String> display) {
        this.display = display;
    }

    public void at(Position position, String message) {
        problems.add(display.apply(position.file()) + ":" + position.line() + "：" + message);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> all() {
        return List.copyOf(problems);
    }

    /** "（是不是 X？）" when a close name exists, else "". */
    static String didYouMean(String word, List<String> candidates) {
        String guess = cn.selfeval.input.Spelling.closest(word, candidates);
        return guess == null ? "" : "（是不是 " + guess + "？）";
    }
}
