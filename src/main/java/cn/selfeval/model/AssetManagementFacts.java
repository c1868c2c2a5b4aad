package cn.selfeval.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts of asset management and procurement policy beyond the inventory counts (表2 资产管理, 采购政策效能).
 * Every group is optional: a group that is absent or null is "not declared" and its indicator is deducted in full by
 * the rules; an empty list means "none in the year". Each declared group is announced to the rules by an
 * {@link DeclaredList} so that the two cases can be told apart.
 */
public record AssetManagementFacts(
        List<SmeReservation> smeReservations,
        List<AssetPurchase> assetPurchases,
        List<AssetIncome> assetIncomes,
        List<AssetLedgerReconciliation> ledgerReconciliations,
        List<AssetTransaction> assetTransactions,
        FixedAssetUtilization fixedAssetUtilization) {

    public AssetManagementFacts {
        smeReservations = smeReservations == null ? null : List.copyOf(smeReservations);
        assetPurchases = assetPurchases == null ? null : List.copyOf(assetPurchases);
        assetIncomes = assetIncomes == null ? null : List.copyOf(assetIncomes);
        ledgerReconciliations = ledgerReconciliations == null ? null : List.copyOf(ledgerReconciliations);
        assetTransactions = assetTransactions == null ? null : List.copyOf(assetTransactions);
    }

    /** The facts the rules see: a {@link DeclaredList} for every declared group, then its items. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        DeclaredList.addTo(facts, "assetManagement.smeReservations", "中小企业预留份额", smeReservations);
        DeclaredList.addTo(facts, "assetManagement.assetPurchases", "资产购置", assetPurchases);
        DeclaredList.addTo(facts, "assetManagement.assetIncomes", "资产出租、处置收入", assetIncomes);
        DeclaredList.addTo(facts, "assetManagement.ledgerReconciliations", "资产账与财务账核对", ledgerReconciliations);
        DeclaredList.addTo(facts, "assetManagement.assetTransactions", "资产处置、出租出借", assetTransactions);
        if (fixedAssetUtilization != null) {
            DeclaredList.addTo(facts, "assetManagement.fixedAssetUtilization", "固定资产使用情况", List.of(fixedAssetUtilization));
        }
        return facts;
    }
}
