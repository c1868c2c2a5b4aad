package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where income from state-owned assets comes from (行政事业性国有资产管理条例 第25、26条). */
public enum AssetIncomeType implements Labelled {
    RENTAL("rental", "出租出借收入"),
    DISPOSAL_PROCEEDS("disposalProceeds", "处置收入");

    private final String code;
    private final String label;

    AssetIncomeType(String code, String label) {
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
