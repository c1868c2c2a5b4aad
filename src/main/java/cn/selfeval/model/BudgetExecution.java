package cn.selfeval.model;

import java.math.BigDecimal;

/**
 * The department's budget and its execution for the year (部门整体收支情况), in 万元: in total and split into
 * basic (基本支出) and project (项目支出) spending, with the money carried over (结转) and left over (结余)
 * as defined by 预算法实施条例 第50条, and the budget as first approved for the year (年初预算数), from which 预算调整率
 * is measured. Only the total is required; the split, the carry-over and the initial budget may be unknown (null).
 */
public record BudgetExecution(BudgetLine total, BudgetLine basic, BudgetLine project, BigDecimal carryOver, BigDecimal balance,
        BigDecimal initialBudget) implements Fact {

    @Override
    public String factKind() {
        return "部门预算";
    }

    @Override
    public String factId() {
        return "budget";
    }

    @Override
    public String factName() {
        return "部门预算执行";
    }

    /** 部门预算资金支出率 = executed / budget. */
    @Derived("支出率（%）")
    public BigDecimal executionPercent() {
        return total.executionPercent();
    }

    /** 结转结余率 = (结转 + 结余) / budget; null while either is unknown or nothing was budgeted. */
    @Derived("结转结余率（%）")
    public BigDecimal carryOverPercent() {
        return carryOver == null || balance == null ? null : Percent.of(carryOver.add(balance), total.budget());
    }
}
