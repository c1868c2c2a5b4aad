package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What was done with an asset that needs approval before it happens. */
public enum AssetTransactionType implements Labelled {
    DISPOSAL("disposal", "处置（出售、转让、报废、划转等）"),
    LEASE("lease", "出租"),
    LENDING("lending", "出借");

    private final String code;
    private final String label;

    AssetTransactionType(String code, String label) {
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
