package cn.selfeval.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each kind of fact comes from in a submission: the JSON path of its list (or object), e.g.
 * {@code procurementProjects}, {@code assetManagement.assetPurchases}, {@code budgetExecution}. Checks written as
 * data name the facts they examine by this path.
 */
public final class FactLists {

    private static final Map<String, Class<? extends Fact>> BY_PATH = new LinkedHashMap<>();
    private static final Map<Class<?>, String> BY_CLASS = new LinkedHashMap<>();

    static {
        add("procurementProjects", ProcurementProject.class);
        add("threePublicCosts", ThreePublicCost.class);
        add("publicFunds", PublicFunds.class);
        add("assetInventories", AssetInventory.class);
        add("budgetExecution", BudgetExecution.class);
        add("performanceIndicators", PerformanceIndicator.class);
        add("management.newBudgetProjects", NewBudgetProject.class);
        add("management.financialFindings", FinancialFinding.class);
        add("management.budgetDisclosures", BudgetDisclosure.class);
        add("management.performanceDisclosures", PerformanceDisclosure.class);
        add("management.performanceDocuments", PerformanceDocument.class);
        add("management.evaluationFindings", EvaluationFinding.class);
        add("management.performanceManagementSteps", PerformanceStep.class);
        add("management.procurementControls", ProcurementControl.class);
        add("management.officialReceptions", OfficialReception.class);
        add("assetManagement.smeReservations", SmeReservation.class);
        add("assetManagement.assetPurchases", AssetPurchase.class);
        add("assetManagement.assetIncomes", AssetIncome.class);
        add("assetManagement.ledgerReconciliations", AssetLedgerReconciliation.class);
        add("assetManagement.assetTransactions", AssetTransaction.class);
        add("assetManagement.fixedAssetUtilization", FixedAssetUtilization.class);
    }

    private FactLists() {
    }

    private static void add(String path, Class<? extends Fact> type) {
        BY_PATH.put(path, type);
        BY_CLASS.put(type, path);
    }

    /** Every list path with the class of its facts, in submission order. */
    public static Map<String, Class<? extends Fact>> all() {
        return java.util.Collections.unmodifiableMap(BY_PATH);
    }

    /** The list path of a fact class; null for facts that are not submitted (the year, a section summary …). */
    public static String of(Class<?> type) {
        return BY_CLASS.get(type);
    }
}
