package cn.selfeval.ruletest;

import java.util.List;

/** A *.tests.yaml file: the cases for the rule file beside it. */
public record RuleTestFile(String path, List<RuleTestCase> cases) {

    public RuleTestFile {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }
}
