package cn.selfeval.model;

import java.time.LocalDate;

/**
 * The publication of the departmental budget or final accounts: within 20 days of approval, with an explanation
 * of 机关运行经费 (and the “三公” table) (预算法 第十四条).
 *
 * @param approvedOn            the day the finance department approved it (批复)
 * @param publishedOn           the day it was published; null when not published
 * @param runningCostsExplained whether the publication explained 机关运行经费 and the “三公” costs
 */
public record BudgetDisclosure(String id, String name, BudgetDisclosureKind kind, LocalDate approvedOn,
        LocalDate publishedOn, boolean runningCostsExplained) implements NamedFact {

    @Override
    public String factKind() {
        return "预决算公开";
    }

    @Derived("已公开")
    public boolean published() {
        return publishedOn != null;
    }
}
