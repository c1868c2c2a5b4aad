package cn.selfeval.model;

public enum ProcurementCategory implements Labelled {
    GOODS("货物"),
    WORKS("工程"),
    SERVICES("服务");

    private final String label;

    ProcurementCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
