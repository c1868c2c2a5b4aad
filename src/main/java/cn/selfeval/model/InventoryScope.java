package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum InventoryScope implements Labelled {
    FULL("full", "全面盘点"),
    PARTIAL("partial", "局部盘点");

    private final String code;
    private final String label;

    InventoryScope(String code, String label) {
        this.code = code;
        this.label = label;
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
