package cn.selfeval.model;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A government procurement project (inside the 集中采购目录 or above the 采购限额标准) with the dates of
 * its procurement steps. Amounts are in 万元; dates not reached yet are null. The method-change approval, the
 * evaluation steps of 实施条例 第四十三条 and the green-purchasing facts are optional: null when not reported.
 * {@code plannedProcurementStartOn} is the day procurement is planned to start while it has not: only
 * {@code selfeval watch} reads it (the intent due 30 days before); no year-end check does.
 */
public record ProcurementProject(
        String id,
        String name,
        ProcurementCategory category,
        BigDecimal budgetAmount,
        ProcurementMethod method,
        LocalDate intentPublishedOn,
        LocalDate procurementStartedOn,
        LocalDate plannedProcurementStartOn,
        LocalDate awardNoticeOn,
        LocalDate contractSignedOn,
        LocalDate contractPublishedOn,
        LocalDate contractFiledOn,
        Exemption exemption,
        LocalDate methodChangeApprovedOn,
        LocalDate evaluatedOn,
        LocalDate evaluationReportOn,
        LocalDate winnerConfirmedOn,
        LocalDate resultPublishedOn,
        EnergySavingItems energySavingItems,
        Boolean energySavingCertified,
        Boolean environmentalLabelItems,
        Boolean environmentalLabelCertified) implements NamedFact {

    @Override
    public String factKind() {
        return "采购项目";
    }

    @Derived("已申报豁免")
    public boolean exempt() {
        return exemption != null;
    }

    @Derived("不适用政府采购法（涉密或不可抗力紧急采购）")
    public boolean outsideProcurementLaw() {
        return exemption != null && exemption.type().outsideProcurementLaw();
    }

    /** Calendar days from intent publication to the start of procurement; null while either is missing. */
    @Derived("意向公开至采购活动开始的天数")
    public Long intentLeadDays() {
        if (intentPublishedOn == null || procurementStartedOn == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(intentPublishedOn, procurementStartedOn);
    }

    /** Calendar days by which the intent came after the start of procurement; null unless it did. */
    @Derived("意向晚于采购活动开始的天数")
    public Long intentLateDays() {
        Long lead = intentLeadDays();
        return lead == null || lead >= 0 ? null : -lead;
    }

    /** The day procurement started, else the award notice, else the contract: which policy dates apply by. */
    @Derived("采购活动日期（开始日期；未填时依次取中标通知书、合同签订日期）")
    public LocalDate activityDate() {
        if (procurementStartedOn != null) {
            return procurementStartedOn;
        }
        return awardNoticeOn != null ? awardNoticeOn : contractSignedOn;
    }

    @Override
    public java.time.LocalDate yearDate() {
        return activityDate();
    }

    @Override
    public String yearDateLabel() {
        return "采购活动日期";
    }
}
