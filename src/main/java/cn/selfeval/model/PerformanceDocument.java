package cn.selfeval.model;

import java.time.LocalDate;

/**
 * A performance-management document of the unit (绩效管理制度): in force in a year when issued on or before its
 * last day and not repealed before its first day.
 *
 * @param documentNumber 文号 (or an internal number when the document has none); identifies the document
 * @param repealedOn     the day it ceased to apply; null when still in force
 */
public record PerformanceDocument(String documentNumber, String name, LocalDate issuedOn, LocalDate repealedOn)
        implements Fact {

    @Override
    public String factKind() {
        return "绩效管理制度";
    }

    @Override
    public String factId() {
        return documentNumber;
    }

    @Override
    public String factName() {
        return name;
    }

    @Derived("在评价年度内有效")
    public boolean inForceIn(int year) {
        return issuedOn.getYear() <= year && (repealedOn == null || repealedOn.getYear() >= year);
    }
}
