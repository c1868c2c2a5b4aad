package cn.selfeval.model;

/**
 * One list of the {@code management} group that the unit declared (possibly empty). Rules use it to tell
 * "declared none" (an empty list, judged on its merits) from "declared nothing" (absent or null, a finding).
 *
 * @param field JSON path of the list, e.g. {@code management.newBudgetProjects}
 * @param label its Chinese name
 * @param size  how many items were declared
 */
public record ManagementGroup(String field, String label, int size) implements Fact {

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
}
