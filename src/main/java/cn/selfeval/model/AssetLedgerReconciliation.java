package cn.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One reconciliation of the asset management system against the general ledger (账账相符, 行政事业性国有资产管理条例
 * 第34条) for one class of assets, e.g. 固定资产 or 无形资产. Book values in 万元.
 */
public record AssetLedgerReconciliation(
        String id,
        String name,
        LocalDate reconciledOn,
        BigDecimal assetSystemAmount,
        BigDecimal ledgerAmount,
        String differenceExplanation) implements NamedFact {

    @Override
    public String factKind() {
        return "账账核对";
    }

    public int reconciledYear() {
        return reconciledOn.getYear();
    }

    /** Absolute difference between the two book values, in 万元 to two decimals (as the reports show). */
    @Derived("差额（万元）")
    public BigDecimal difference() {
        return assetSystemAmount.subtract(ledgerAmount).abs().setScale(2, RoundingMode.HALF_UP);
    }

    public boolean different() {
        return difference().signum() != 0;
    }

    @Derived("已说明差异原因")
    public boolean explained() {
        return differenceExplanation != null && !differenceExplanation.isBlank();
    }
}
