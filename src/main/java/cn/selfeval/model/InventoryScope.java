package cn.selfeval.model;

public enum InventoryScope implements Labelled {
    FULL("全面盘点"),
    PARTIAL("局部盘点");

    private final String label;

    InventoryScope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
