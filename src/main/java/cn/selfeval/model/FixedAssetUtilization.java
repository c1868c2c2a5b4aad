package cn.selfeval.model;

import java.math.BigDecimal;

/**
 * Fixed assets at the end of the year: the original value of those in use and of all of them, in 万元.
 * 固定资产利用率 = in use / all × 100% (财预〔2013〕53号).
 */
public record FixedAssetUtilization(BigDecimal inUseAmount, BigDecimal totalAmount) implements Fact {

    @Override
    public String factKind() {
        return "固定资产";
    }

    @Override
    public String factId() {
        return "fixedAssetUtilization";
    }

    @Override
    public String factName() {
        return "固定资产利用率";
    }

    /** The rate in percent to two decimals; null when there are no fixed assets. */
    @Derived("固定资产利用率（%）")
    public BigDecimal utilizationPercent() {
        return Percent.of(inUseAmount, totalAmount);
    }

    /** More in use than owned: the figures contradict each other. */
    @Derived("在用多于总额（数据矛盾）")
    public boolean inconsistent() {
        return inUseAmount.compareTo(totalAmount) > 0;
    }
}
