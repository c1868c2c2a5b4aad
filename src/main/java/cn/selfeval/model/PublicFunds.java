package cn.selfeval.model;

import java.math.BigDecimal;

/** 公用经费: budget and actual, in 万元. */
public record PublicFunds(BigDecimal budget, BigDecimal actual) implements Fact {

    @Override
    public String factKind() {
        return "公用经费";
    }

    @Override
    public String factId() {
        return "publicFunds";
    }

    @Override
    public String factName() {
        return "公用经费";
    }

    /** 公用经费控制率 = actual / budget (财预〔2013〕53号), as a percentage to two decimals; null when nothing was budgeted. */
    @Derived("公用经费控制率（%）")
    public BigDecimal controlPercent() {
        return Percent.of(actual, budget);
    }
}
