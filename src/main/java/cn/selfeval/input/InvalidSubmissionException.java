package cn.selfeval.input;

import java.util.List;
import java.util.stream.Collectors;

/** A submission file that cannot be used as it is; carries every problem found in it. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidSubmissionException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
