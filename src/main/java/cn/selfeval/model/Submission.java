package cn.selfeval.model;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything one unit submits for one year. Amounts in 万元. */
public record Submission(
        Unit unit,
        int year,
        List<ProcurementProject> procurementProjects,
        ThreePublicCosts threePublicCosts,
        PublicFunds publicFunds,
        List<AssetInventory> assetInventories,
        BudgetExecution budgetExecution,
        List<PerformanceIndicator> performanceIndicators,
        ManagementFacts management,
        AssetManagementFacts assetManagement,
        Map<String, BigDecimal> selfScores) {

    public Submission {
        procurementProjects = procurementProjects == null ? List.of() : List.copyOf(procurementProjects);
        assetInventories = assetInventories == null ? List.of() : List.copyOf(assetInventories);
        performanceIndicators = performanceIndicators == null ? List.of() : List.copyOf(performanceIndicators);
        selfScores = selfScores == null ? Map.of() : Map.copyOf(selfScores);
    }

    /** The facts the rules see. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new EvaluationYear(year));
        DeclaredList.addTo(facts, "procurementProjects", "采购项目", procurementProjects);
        DeclaredList.addTo(facts, "assetInventories", "资产盘点", assetInventories);
        DeclaredList.addTo(facts, "threePublicCosts", "“三公”经费", threePublicCosts == null ? null : threePublicCosts.lines());
        DeclaredList.addTo(facts, "publicFunds", "公用经费", publicFunds == null ? null : List.of(publicFunds));
        DeclaredList.addTo(facts, "budgetExecution", "部门预算执行情况", budgetExecution == null ? null : List.of(budgetExecution));
        DeclaredList.addTo(facts, "performanceIndicators", "部门整体绩效指标", performanceIndicators);
        for (PerformanceSection section : PerformanceSection.values()) {
            facts.add(PerformanceSectionSummary.of(section, performanceIndicators));
        }
        if (management != null) {
            facts.addAll(management.facts());
        }
        if (assetManagement != null) {
            facts.addAll(assetManagement.facts());
        }
        return facts;
    }
}
