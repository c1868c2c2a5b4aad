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
        facts.addAll(procurementProjects);
        facts.addAll(assetInventories);
        if (threePublicCosts != null) {
            facts.addAll(threePublicCosts.lines());
        }
        if (publicFunds != null) {
            facts.add(publicFunds);
        }
        if (budgetExecution != null) {
            facts.add(budgetExecution);
        }
        facts.addAll(performanceIndicators);
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
