package cn.selfeval.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts of budget preparation, disclosure and performance management (表2 预算编制 … 采购内控制度). A list left
 * out (null) means the unit declared nothing, which the rules treat as a finding; an empty list means "none in
 * the year". Lists are therefore kept null when absent.
 */
public record ManagementFacts(
        List<NewBudgetProject> newBudgetProjects,
        List<FinancialFinding> financialFindings,
        List<BudgetDisclosure> budgetDisclosures,
        List<PerformanceDisclosure> performanceDisclosures,
        List<PerformanceDocument> performanceDocuments,
        List<EvaluationFinding> evaluationFindings,
        List<PerformanceStep> performanceManagementSteps,
        List<ProcurementControl> procurementControls) {

    public ManagementFacts {
        newBudgetProjects = copy(newBudgetProjects);
        financialFindings = copy(financialFindings);
        budgetDisclosures = copy(budgetDisclosures);
        performanceDisclosures = copy(performanceDisclosures);
        performanceDocuments = copy(performanceDocuments);
        evaluationFindings = copy(evaluationFindings);
        performanceManagementSteps = copy(performanceManagementSteps);
        procurementControls = copy(procurementControls);
    }

    /** The facts the rules see: each declared list as a {@link ManagementGroup}, then its items. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        add(facts, "newBudgetProjects", "新增预算项目", newBudgetProjects);
        add(facts, "financialFindings", "财务管理问题", financialFindings);
        add(facts, "budgetDisclosures", "预决算公开", budgetDisclosures);
        add(facts, "performanceDisclosures", "绩效信息公开", performanceDisclosures);
        add(facts, "performanceDocuments", "绩效管理制度", performanceDocuments);
        add(facts, "evaluationFindings", "绩效评价和监控发现的问题", evaluationFindings);
        add(facts, "performanceManagementSteps", "绩效管理环节", performanceManagementSteps);
        add(facts, "procurementControls", "采购内控制度", procurementControls);
        return facts;
    }

    private static void add(List<Object> facts, String field, String label, List<?> items) {
        if (items != null) {
            facts.add(new ManagementGroup("management." + field, label, items.size()));
            facts.addAll(items);
        }
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? null : List.copyOf(items);
    }
}
