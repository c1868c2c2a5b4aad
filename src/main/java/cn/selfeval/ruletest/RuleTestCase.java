package cn.selfeval.ruletest;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A test of a rule file, as data: the submission fields it gives (merged over the pack's base submission),
 * the outcomes it expects, those that must be absent, and optionally indicator scores. With {@code watch} (and
 * {@code watchAbsent}), also what {@code selfeval watch} lists on the date {@code asOf}, counting {@code within}
 * days (default 30) as 即将到期.
 */
public record RuleTestCase(String name, ObjectNode given, List<ExpectedOutcome> expect, List<ExpectedOutcome> absent,
        Map<String, BigDecimal> scores, LocalDate asOf, Integer within, List<ExpectedWatchItem> watch,
        List<ExpectedWatchItem> watchAbsent) {

    public RuleTestCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        absent = absent == null ? List.of() : List.copyOf(absent);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        watch = watch == null ? List.of() : List.copyOf(watch);
        watchAbsent = watchAbsent == null ? List.of() : List.copyOf(watchAbsent);
    }

    /** Whether the case says what {@code selfeval watch} lists. */
    public boolean watches() {
        return !watch.isEmpty() || !watchAbsent.isEmpty();
    }
}
