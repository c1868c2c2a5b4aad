package cn.selfeval.ruletest;

import cn.selfeval.engine.CheckOutcome;
import java.util.List;

/** The result of one test case: what failed (empty when it passed) and every outcome the rules produced. */
public record CaseResult(String file, String caseName, List<String> failures, List<CheckOutcome> outcomes) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
