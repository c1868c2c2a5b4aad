package cn.selfeval.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts of budget preparation, disclosure and performance management (表2 预算编制 … 采购内控制度) and the
 * 公务接待清单 (official receptions, for the 公函 requirement of 运行成本). A list left
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
        List<ProcurementControl> procurementControls,
        List<OfficialReception> officialReceptions) {

    public ManagementFacts {
        newBudgetProjects = copy(newBudgetProjects);
        financialFindings = copy(financialFindings);
        budgetDisclosures = copy(budgetDisclosures);
        performanceDisclosures = copy(performanceDisclosures);
        performanceDocuments = copy(performanceDocuments);
        evaluationFindings = copy(evaluationFindings);
        performanceManagementSteps = copy(performanceManagementSteps);
        procurementControls = copy(procurementControls);
        officialReceptions = copy(officialReceptions);
    }

    /** The facts the rules see: each declared list as a {@link DeclaredList}, then its items. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        DeclaredList.addTo(facts, "management.newBudgetProjects", "新增预算项目", newBudgetProjects);
        DeclaredList.addTo(facts, "management.financialFindings", "财务管理问题", financialFindings);
        DeclaredList.addTo(facts, "management.budgetDisclosures", "预决算公开", budgetDisclosures);
        DeclaredList.addTo(facts, "management.performanceDisclosures", "绩效信息公开", performanceDisclosures);
        DeclaredList.addTo(facts, "management.performanceDocuments", "绩效管理制度", performanceDocuments);
        DeclaredList.addTo(facts, "management.evaluationFindings", "绩效评价和监控发现的问题", evaluationFindings);
        DeclaredList.addTo(facts, "management.performanceManagementSteps", "绩效管理环节", performanceManagementSteps);
        DeclaredList.addTo(facts, "management.procurementControls", "采购内控制度", procurementControls);
        DeclaredList.addTo(facts, "management.officialReceptions", "公务接待清单", officialReceptions);
        return facts;
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? null : List.copyOf(items);
    }
}
