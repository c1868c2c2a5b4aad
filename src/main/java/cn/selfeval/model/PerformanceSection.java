package cn.selfeval.model;

/** Which half of the 部门整体绩效目标 an indicator belongs to. */
public enum PerformanceSection implements Labelled {
    OUTPUT("产出指标"),
    OUTCOME("效益指标");

    private final String label;

    PerformanceSection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
