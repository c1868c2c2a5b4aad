package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four lines of "三公"经费. */
public enum ThreePublicCostCategory implements Labelled {
    OVERSEAS_TRAVEL("overseasTravel", "因公出国（境）费"),
    VEHICLE_PURCHASE("vehiclePurchase", "公务用车购置费"),
    VEHICLE_OPERATION("vehicleOperation", "公务用车运行维护费"),
    OFFICIAL_RECEPTION("officialReception", "公务接待费");

    private final String code;
    private final String label;

    ThreePublicCostCategory(String code, String label) {
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
