package cn.selfeval.rulepack;

import java.util.List;

/** A rule pack that cannot be used: each problem names the file (and line where known). */
public class RulePackException extends RuntimeException {

    private final List<String> problems;

    public RulePackException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public RulePackException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
