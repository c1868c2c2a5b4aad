package cn.selfeval.ruletest;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.scoring.ScoreCard;
import java.util.List;

/**
 * The result of one test case: what failed (empty when it passed), every outcome the rules produced, and the
 * score card they gave (null when the case's data could not be read or a rule failed while running).
 */
public record CaseResult(String file, String caseName, List<String> failures, List<CheckOutcome> outcomes,
        ScoreCard card) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
