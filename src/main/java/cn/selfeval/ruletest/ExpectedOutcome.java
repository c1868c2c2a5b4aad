package cn.selfeval.ruletest;

import java.math.BigDecimal;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CheckOutcome;
import java.util.List;

/**
 * One outcome a test case expects (or, under {@code absent}, must not see). Only the fields given are
 * compared: {@code rule} and {@code fact} pick the outcome, {@code status}, {@code points} and the words
 * the explanation must {@code contain} check it.
 */
public record ExpectedOutcome(String rule, String fact, String status, BigDecimal points, List<String> contains) {

    public ExpectedOutcome {
        contains = contains == null ? List.of() : List.copyOf(contains);
    }

    boolean selects(CheckOutcome o) {
        return (rule == null || rule.equals(o.ruleName())) && (fact == null || fact.equals(o.factId()));
    }

    boolean matches(CheckOutcome o) {
        return selects(o)
                && (status == null || comparable(status).equals(comparable(o.status().name())))
                && (points == null || Numbers.same(points, o.points()))
                && contains.stream().allMatch(o.explanation()::contains);
    }

    /** The statuses a case may expect, as the checks write them; not_applicable is accepted too. */
    static final List<String> STATUSES = List.of("deducted", "noted", "passed", "exempt", "notApplicable", "undetermined");

    boolean statusKnown() {
        return status == null || STATUSES.stream().map(ExpectedOutcome::comparable).anyMatch(comparable(status)::equals);
    }

    /** notApplicable, not_applicable and NOT_APPLICABLE name the same status. */
    private static String comparable(String status) {
        return status.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    String describe() {
        StringBuilder text = new StringBuilder("规则「" + rule + "」");
        if (fact != null) {
            text.append(" 事实 ").append(fact);
        }
        if (status != null) {
            text.append(" 结果 ").append(status);
        }
        if (points != null) {
            text.append(" 扣 ").append(Numbers.plain(points)).append(" 分");
        }
        if (!contains.isEmpty()) {
            text.append(" 说明含 ").append(contains);
        }
        return text.toString();
    }
}
