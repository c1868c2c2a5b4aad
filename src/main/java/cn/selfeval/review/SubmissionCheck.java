package cn.selfeval.review;

import cn.selfeval.rulepack.Grade;
import cn.selfeval.scoring.ScoreCard;
import java.util.List;

/** Checks one uploaded file as {@code selfeval check} does; the server gives the review its own checking. */
@FunctionalInterface
public interface SubmissionCheck {

    /** @param pack a pack's id, or null to choose by the submission's year and district */
    Result check(String fileName, byte[] bytes, String pack);

    /**
     * The score card and the grade scale of the pack that made it; or, refused, the API's kind and every message.
     */
    record Result(ScoreCard card, List<Grade> grades, String refusal, List<String> problems) {

        public static Result checked(ScoreCard card, List<Grade> grades) {
            return new Result(card, List.copyOf(grades), null, List.of());
        }

        public static Result refused(String kind, List<String> problems) {
            return new Result(null, List.of(), kind, List.copyOf(problems));
        }

        public boolean ok() {
            return card != null;
        }
    }
}
