package cn.selfeval.model;

import java.math.BigDecimal;

/** Budget (全年预算数) and execution (全年执行数) of one spending line, in 万元. */
public record BudgetLine(BigDecimal budget, BigDecimal executed) {

    /** Executed as a percentage of budget, to two decimals; null when nothing was budgeted. */
    @Derived("执行率（%）")
    public BigDecimal executionPercent() {
        return Percent.of(executed, budget);
    }
}
