package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ProcurementMethod implements Labelled {
    PUBLIC_TENDER("publicTender", "公开招标"),
    INVITED_TENDER("invitedTender", "邀请招标"),
    COMPETITIVE_NEGOTIATION("competitiveNegotiation", "竞争性谈判"),
    COMPETITIVE_CONSULTATION("competitiveConsultation", "竞争性磋商"),
    REQUEST_FOR_QUOTATION("requestForQuotation", "询价"),
    SINGLE_SOURCE("singleSource", "单一来源采购"),
    FRAMEWORK_AGREEMENT("frameworkAgreement", "框架协议采购"),
    ELECTRONIC_MALL("electronicMall", "电子卖场（协议供货、定点采购）");

    private final String code;
    private final String label;

    ProcurementMethod(String code, String label) {
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
