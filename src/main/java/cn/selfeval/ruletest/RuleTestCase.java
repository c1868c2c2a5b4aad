package cn.selfeval.ruletest;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A test of a rule file, as data: the submission fields it gives (merged over the pack's base submission),
 * the outcomes it expects, those that must be absent, and optionally indicator scores.
 */
public record RuleTestCase(String name, ObjectNode given, List<ExpectedOutcome> expect, List<ExpectedOutcome> absent,
        Map<String, BigDecimal> scores) {

    public RuleTestCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        absent = absent == null ? List.of() : List.copyOf(absent);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
