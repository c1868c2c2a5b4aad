package cn.selfeval.model;

import java.time.LocalDate;

/**
 * One disposal, lease or loan of a state-owned asset, with the date it took place and the date it was approved
 * (null when never approved).
 */
public record AssetTransaction(
        String id,
        String name,
        AssetTransactionType type,
        LocalDate occurredOn,
        LocalDate approvedOn,
        String approvedBy) implements NamedFact {

    @Override
    public String factKind() {
        return "资产处置或出租出借";
    }

    public int occurredYear() {
        return occurredOn.getYear();
    }

    @Derived("已审批")
    public boolean approved() {
        return approvedOn != null;
    }

    /** Calendar days by which the approval came after the act; null unless it did. */
    @Derived("批复晚于实施的天数")
    public Long approvalLateDays() {
        return approvedOn == null || !approvedOn.isAfter(occurredOn) ? null
                : java.time.temporal.ChronoUnit.DAYS.between(occurredOn, approvedOn);
    }

    @Override
    public java.time.LocalDate yearDate() {
        return occurredOn;
    }

    @Override
    public String yearDateLabel() {
        return "实施日期";
    }
}
