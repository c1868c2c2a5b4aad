package cn.selfeval.model;

/** Budget (全年预算数) and execution (全年执行数) of one spending line, in 万元. */
public record BudgetLine(double budget, double executed) {

    /** Executed as a percentage of budget, to two decimals; null when nothing was budgeted. */
    public Double executionPercent() {
        return Percent.of(executed, budget);
    }
}
