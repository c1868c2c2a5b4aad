package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ProcurementCategory implements Labelled {
    GOODS("goods", "货物"),
    WORKS("works", "工程"),
    SERVICES("services", "服务");

    private final String code;
    private final String label;

    ProcurementCategory(String code, String label) {
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
