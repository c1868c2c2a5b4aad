package cn.selfeval.docreport;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a review round adds to a unit's 自评报告: the 复核分 of every indicator and the total, with the reviewers'
 * 复核意见 on each 三级 indicator, written beside 自评分 and 计算分 in 表2 and stated in the conclusion.
 *
 * @param state    where the review stands, as the round shows it: 复核中, 已发布 …
 * @param total    复核分 in all
 * @param grade    the grade of the 复核分; null while it cannot be graded
 * @param scores   复核分 by indicator code (indicators the pack does not check are absent)
 * @param opinions 复核意见 by 三级 indicator code: every decision in force, in one cell
 */
public record ReviewColumns(String state, BigDecimal total, String grade, Map<String, BigDecimal> scores,
        Map<String, String> opinions) {

    public ReviewColumns {
        scores = Map.copyOf(scores);
        opinions = Map.copyOf(opinions);
    }
}
