package cn.selfeval.review;

import java.math.BigDecimal;

/**
 * One unit of a round as the round's page and answer list it: status and the three scores of its current version.
 *
 * @param grade        the 复核分's grade (null while some indicator is not checked, or nothing is checked)
 * @param deductions   how many deductions count after the review
 * @param mainProblems the indicators that lose most after the review
 */
public record UnitSummary(String id, String name, boolean onRoster, UnitStatus status, int versions,
        BigDecimal selfScore, BigDecimal computed, BigDecimal reviewed, String grade, int deductions,
        BigDecimal deductedPoints, String mainProblems) {

    /** Self-score minus 复核分 (positive: the unit scored itself higher); null without both. */
    public BigDecimal gap() {
        return selfScore == null || reviewed == null ? null : selfScore.subtract(reviewed);
    }
}
