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

    /**
     * The status as pages and exports show it: 待检查 only while nothing was uploaded; a unit whose every upload was
     * refused (data errors, another year or district) is 未通过检查, not waiting.
     */
    public String statusText() {
        return status == UnitStatus.PENDING && versions > 0 ? "未通过检查" : status.label();
    }

    /** Self-score minus 复核分 (positive: the unit scored itself higher); null without both. */
    public BigDecimal gap() {
        return selfScore == null || reviewed == null ? null : selfScore.subtract(reviewed);
    }
}
