package cn.selfeval.review;

import cn.selfeval.engine.CheckOutcome;
import java.math.BigDecimal;

/**
 * One outcome a reviewer decides on (a deduction or an undetermined check of the current card, or a 补充扣分) with
 * the decision in force, the points the rules deduct and the points that count after the review.
 *
 * @param outcome  null for a 补充扣分
 * @param decision null while nobody has decided
 */
public record OutcomeReview(String key, String indicatorCode, String indicatorName, BigDecimal indicatorPoints,
        CheckOutcome outcome, Decision decision, BigDecimal rulePoints, BigDecimal reviewedPoints) {

    public boolean manual() {
        return outcome == null;
    }

    /** 已确认, 已撤销, 已调整为 0.3 分, 补充扣分 0.5 分, 待复核 */
    public String state() {
        if (decision == null) {
            return "待复核";
        }
        return switch (decision.action()) {
            case CONFIRM -> "已确认";
            case OVERTURN -> manual() ? "补充扣分已撤销" : "已撤销";
            case ADJUST -> "已调整为 " + cn.selfeval.decimal.Numbers.plain(decision.points()) + " 分";
            case ADD -> "补充扣分 " + cn.selfeval.decimal.Numbers.plain(decision.points()) + " 分";
        };
    }
}
