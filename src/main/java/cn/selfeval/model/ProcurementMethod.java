package cn.selfeval.model;

public enum ProcurementMethod implements Labelled {
    PUBLIC_TENDER("公开招标"),
    INVITED_TENDER("邀请招标"),
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    REQUEST_FOR_QUOTATION("询价"),
    SINGLE_SOURCE("单一来源采购"),
    FRAMEWORK_AGREEMENT("框架协议采购"),
    ELECTRONIC_MALL("电子卖场（协议供货、定点采购）");

    private final String label;

    ProcurementMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
