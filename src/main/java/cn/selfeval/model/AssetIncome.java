package cn.selfeval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * One receipt of rent or disposal income from state-owned assets and its remittance to the treasury
 * (行政事业性国有资产管理条例 第25、26条). Amounts in 万元; {@code remittedOn} is null while nothing was remitted, and
 * {@code remittedAmount} may then be left out (a pending step needs no placeholder 0): it counts as nothing remitted.
 * A remittance date without its amount is refused when the submission is read.
 */
public record AssetIncome(
        String id,
        String name,
        AssetIncomeType type,
        BigDecimal amount,
        LocalDate receivedOn,
        LocalDate remittedOn,
        BigDecimal remittedAmount) implements NamedFact {

    @Override
    public String factKind() {
        return "资产收益";
    }

    public int receivedYear() {
        return receivedOn.getYear();
    }

    /** Part of the income not remitted (retained or offset), to two decimals; zero when remitted in full. */
    @Derived("未上缴金额（万元）")
    public BigDecimal retainedAmount() {
        BigDecimal remitted = remittedAmount == null ? BigDecimal.ZERO : remittedAmount;
        BigDecimal retained = amount.subtract(remitted).setScale(2, java.math.RoundingMode.HALF_UP);
        return retained.signum() < 0 ? BigDecimal.ZERO : retained;
    }

    public boolean retained() {
        return retainedAmount().signum() > 0;
    }

    @Override
    public java.time.LocalDate yearDate() {
        return receivedOn;
    }

    @Override
    public String yearDateLabel() {
        return "收到日期";
    }
}
