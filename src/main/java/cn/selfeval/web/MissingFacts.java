package cn.selfeval.web;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;

/**
 * Tells a deduction for data the unit has not filled in ("未提供事实": the points are lost until the data is
 * given) from a deduction for what the data shows. Finance staff see the first kind apart, as a list of what
 * to complete.
 *
 * <p>Recognised today by the outcome's texts, which every such rule of the shipped packs writes in the same way:
 * its requirement (limit) says what to fill in ("填报 budgetExecution（…）", "填报本年度…"), or its explanation
 * says "未提供事实". The facts these rules match ({@code 评价年度}, {@code 填报事实}) are not enough on their own:
 * "未填报结转或结余资金" matches the budget fact, and "评价年度内未开展全面资产盘点" (a real deduction: no inventory
 * in the year) matches the evaluation year. This is the one place to change when outcomes carry a flag of
 * their own.
 */
public final class MissingFacts {

    private static final String FILL_IN = "填报";
    private static final String NOT_PROVIDED = "未提供事实";

    private MissingFacts() {
    }

    public static boolean isMissingFacts(CheckOutcome outcome) {
        if (outcome.status() != OutcomeStatus.DEDUCTED) {
            return false;
        }
        String limit = outcome.limit() == null ? "" : outcome.limit().strip();
        String explanation = outcome.explanation() == null ? "" : outcome.explanation();
        return limit.startsWith(FILL_IN) || explanation.contains(NOT_PROVIDED);
    }
}
