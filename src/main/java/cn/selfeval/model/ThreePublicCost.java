package cn.selfeval.model;

import java.math.BigDecimal;

/** One "三公" line as a fact for the rules. Amounts in 万元. */
public record ThreePublicCost(ThreePublicCostCategory category, BigDecimal budget, BigDecimal actual, BigDecimal priorYearActual)
        implements Fact {

    static ThreePublicCost of(ThreePublicCostCategory category, CostLine line) {
        return new ThreePublicCost(category, line.budget(), line.actual(), line.priorYearActual());
    }

    @Override
    public String factKind() {
        return "“三公”经费";
    }

    @Override
    public String factId() {
        return category.code();
    }

    @Override
    public String factName() {
        return category.label();
    }

    /** Actual as a percentage of budget, to two decimals; null when nothing was budgeted. */
    @Derived("执行率（%）")
    public BigDecimal executionPercent() {
        return Percent.of(actual, budget);
    }
}
