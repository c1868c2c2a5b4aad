package cn.selfeval.model;

import java.util.List;

/** What a budget disclosure publishes (预算法 第十四条): the departmental budget or the final accounts. */
public enum BudgetDisclosureKind implements Labelled {
    BUDGET("部门预算"),
    FINAL_ACCOUNTS("部门决算");

    private final String label;

    BudgetDisclosureKind(String label) {
        this.label = label;
    }

    /** Every value, for rules that check that each kind was declared ({@code from BudgetDisclosureKind.all()}). */
    public static List<BudgetDisclosureKind> all() {
        return List.of(values());
    }

    @Override
    public String label() {
        return label;
    }
}
