package cn.selfeval.model;

import java.util.List;

/**
 * A list of facts the unit declared (possibly empty). Rules use it to tell "declared none" (an empty list,
 * judged on its merits) from "declared nothing" (absent or null: a finding, the indicator is not scored).
 *
 * @param field JSON path of the list, e.g. {@code management.newBudgetProjects}
 * @param label its Chinese name
 * @param size  how many items were declared
 */
public record DeclaredList(String field, String label, int size) implements Fact {

    /** Adds the marker and the items when the list was declared; nothing when it is null. */
    static void addTo(List<Object> facts, String field, String label, List<?> items) {
        if (items != null) {
            facts.add(new DeclaredList(field, label, items.size()));
            facts.addAll(items);
        }
    }

    @Override
    public String factKind() {
        return "填报事实";
    }

    @Override
    public String factId() {
        return field;
    }

    @Override
    public String factName() {
        return label;
    }

    public boolean empty() {
        return size == 0;
    }
}
