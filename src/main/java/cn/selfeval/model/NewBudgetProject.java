package cn.selfeval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * A budget project newly added in the year (新增预算项目) and its ex-ante performance evaluation (事前绩效评估),
 * which must come before the project is approved (中发〔2018〕34号 建立绩效评估机制).
 *
 * @param approvedOn  the day the project was approved into the budget (立项或预算批复)
 * @param evaluatedOn the day the ex-ante evaluation was completed; null when none was done
 */
public record NewBudgetProject(String id, String name, BigDecimal budgetAmount, LocalDate approvedOn, LocalDate evaluatedOn)
        implements NamedFact {

    @Override
    public String factKind() {
        return "新增预算项目";
    }

    @Derived("已开展事前绩效评估")
    public boolean evaluated() {
        return evaluatedOn != null;
    }

    /** Evaluated no later than the approval day. */
    @Derived("评估不晚于立项批复")
    public boolean evaluatedBeforeApproval() {
        return evaluatedOn != null && !evaluatedOn.isAfter(approvedOn);
    }
}
