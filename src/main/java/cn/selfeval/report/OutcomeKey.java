package cn.selfeval.report;

import cn.selfeval.engine.CheckOutcome;

/**
 * An outcome's identity across score cards: the same indicator, rule and fact. Two versions of a submission,
 * or the same submission under two versions of a pack, have "the same deduction" when their keys are equal,
 * so that a rules diff and a reviewer's decision recognise it again.
 */
public final class OutcomeKey {

    private OutcomeKey() {
    }

    /** "B5.4|采购合同逾期签订|ZC2023-004" */
    public static String of(CheckOutcome outcome) {
        return outcome.indicatorCode() + "|" + outcome.ruleName() + "|" + outcome.factId();
    }
}
