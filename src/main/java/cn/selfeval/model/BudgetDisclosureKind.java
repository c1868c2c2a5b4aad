package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** What a budget disclosure publishes (预算法 第十四条): the departmental budget or the final accounts. */
public enum BudgetDisclosureKind implements Labelled {
    BUDGET("budget", "部门预算"),
    FINAL_ACCOUNTS("finalAccounts", "部门决算");

    private final String code;
    private final String label;

    BudgetDisclosureKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Every value, for rules that check that each kind was declared ({@code from BudgetDisclosureKind.all()}). */
    public static List<BudgetDisclosureKind> all() {
        return List.of(values());
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
