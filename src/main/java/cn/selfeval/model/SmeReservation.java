package cn.selfeval.model;

import java.math.BigDecimal;

/**
 * How much of one procurement project (by its id) was reserved for small and medium-sized enterprises
 * (财库〔2020〕46号 第八、九条). Amounts in 万元. A project wholly reserved counts as 100% reserved. The price deduction
 * given to small and micro enterprises' bids where the project was not wholly reserved (第九条) is optional: null when
 * not reported.
 */
public record SmeReservation(
        String projectId,
        boolean reservedWholly,
        BigDecimal reservedAmount,
        BigDecimal smallMicroAmount,
        String notSuitableReason,
        BigDecimal priceDeductionPercent) implements Fact {

    @Override
    public String factKind() {
        return "中小企业预留";
    }

    @Override
    public String factId() {
        return projectId;
    }

    @Override
    public String factName() {
        return "项目" + projectId + "的中小企业预留情况";
    }

    /** Whether the unit stated why the project is not suitable for SMEs. */
    @Derived("已说明不适宜由中小企业提供的理由")
    public boolean hasReason() {
        return notSuitableReason != null && !notSuitableReason.isBlank();
    }

    /** Whether anything was reserved at all. */
    @Derived("已预留份额")
    public boolean reserved() {
        return reservedWholly || reservedAmount.signum() > 0;
    }

    /** The amount reserved; a wholly reserved project counts with its whole budget. */
    public BigDecimal reservedAmountOf(BigDecimal budget) {
        return reservedWholly ? budget : reservedAmount;
    }

    /** Reserved share of the project budget, in percent to two decimals; null when the budget is zero. */
    public BigDecimal reservedPercentOf(BigDecimal budget) {
        return Percent.of(reservedAmountOf(budget), budget);
    }

    /** Share of the reserved amount reserved for small and micro enterprises; null when nothing was reserved. */
    public BigDecimal smallMicroPercentOf(BigDecimal budget) {
        return Percent.of(smallMicroAmount, reservedAmountOf(budget));
    }
}
