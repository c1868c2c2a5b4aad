package cn.selfeval.model;

import java.time.LocalDate;

/**
 * A problem found by performance evaluation or monitoring, and how its result was applied: rectified, and
 * taken into the next budget (绩效结果应用).
 *
 * @param source          which evaluation or monitoring found it
 * @param appliedToBudget whether the result was applied to the next year's budget (预算安排或调整)
 */
public record EvaluationFinding(String id, String name, String source, LocalDate foundOn, boolean rectified,
        boolean appliedToBudget) implements NamedFact {

    @Override
    public String factKind() {
        return "绩效评价发现的问题";
    }

    public int foundYear() {
        return foundOn.getYear();
    }
}
