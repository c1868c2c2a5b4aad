package cn.selfeval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * One asset purchase (资产配置) of the year as the unit declares it: the amount paid against the amount budgeted,
 * and whether it kept to the asset configuration standard (资产配置标准). Amounts in 万元.
 */
public record AssetPurchase(
        String id,
        String name,
        LocalDate acquiredOn,
        BigDecimal amount,
        BigDecimal budgetAmount,
        boolean withinStandard,
        String standard) implements NamedFact {

    @Override
    public String factKind() {
        return "资产购置";
    }

    public int acquiredYear() {
        return acquiredOn.getYear();
    }

    /** The standard's name as the unit gave it, or a neutral phrase. */
    @Derived("适用的配置标准")
    public String standardName() {
        return standard == null || standard.isBlank() ? "资产配置标准" : standard;
    }

    @Override
    public java.time.LocalDate yearDate() {
        return acquiredOn;
    }

    @Override
    public String yearDateLabel() {
        return "购置日期";
    }
}
