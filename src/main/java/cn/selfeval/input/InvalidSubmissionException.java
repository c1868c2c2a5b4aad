package cn.selfeval.input;

import java.util.List;
import java.util.stream.Collectors;

/** A submission file that cannot be used as it is; carries every problem found in it. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<InputProblem> problems;
    private final List<String> warnings;

    public InvalidSubmissionException(List<InputProblem> problems) {
        this(problems, List.of());
    }

    /** @param warnings what the reader noticed besides the problems (e.g. a workbook's extra columns) */
    public InvalidSubmissionException(List<InputProblem> problems, List<String> warnings) {
        super(problems.stream().map(InputProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public List<String> warnings() {
        return warnings;
    }
}
