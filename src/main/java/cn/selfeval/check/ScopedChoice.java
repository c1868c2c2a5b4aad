package cn.selfeval.check;

import cn.selfeval.input.SubmissionReader;
import cn.selfeval.model.Submission;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Chooses what checks a submission (its rule pack) by the year and district the submission states, read from the
 * file parsed once. Wrong data comes before "no pack": when the two values cannot be read, or the choice fails, the
 * submission's own problems are reported (an InvalidSubmissionException) if it has any.
 */
public final class ScopedChoice {

    private ScopedChoice() {
    }

    /**
     * @param choice year, district → the choice; may throw (no pack serves them, the pack does not compile)
     * @throws cn.selfeval.input.InvalidSubmissionException when the submission's data is wrong and the year and
     *                                                       district cannot be read, or the choice failed
     */
    public static <T> T choose(SubmissionReader.Parsed parsed, BiFunction<Integer, String, T> choice) {
        SubmissionReader.Scope scope = parsed.scope();
        if (scope == null) {
            Submission facts = parsed.read(Map.of()).submission();
            return choice.apply(facts.year(), facts.unit().district());
        }
        try {
            return choice.apply(scope.year(), scope.district());
        } catch (RuntimeException e) {
            parsed.read(Map.of());
            throw e;
        }
    }
}
