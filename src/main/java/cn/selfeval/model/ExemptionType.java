package cn.selfeval.model;

/**
 * Why a project needs no procurement intent (财库〔2020〕10号), or falls outside the 政府采购法 altogether
 * (第85条: 涉密, 不可抗力 emergencies) so that no procurement deadline applies to it.
 */
public enum ExemptionType implements Labelled {
    SMALL_AGREEMENT_PURCHASE("协议供货、定点采购小额零星采购", false),
    BATCH_CENTRALIZED("集中采购机构组织的批量集中采购", false),
    UNFORESEEABLE_URGENT("因不可预见的原因急需开展的采购", false),
    CLASSIFIED("涉密采购（政府采购法第85条）", true),
    FORCE_MAJEURE_EMERGENCY("不可抗力紧急采购（政府采购法第85条）", true);

    private final String label;
    private final boolean outsideProcurementLaw;

    ExemptionType(String label, boolean outsideProcurementLaw) {
        this.label = label;
        this.outsideProcurementLaw = outsideProcurementLaw;
    }

    @Override
    public String label() {
        return label;
    }

    /** True when the whole 政府采购法 does not apply, so contract deadlines are not checked either. */
    public boolean outsideProcurementLaw() {
        return outsideProcurementLaw;
    }
}
