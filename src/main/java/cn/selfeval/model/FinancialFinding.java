package cn.selfeval.model;

import java.time.LocalDate;

/**
 * A problem of financial management found by an audit, a finance inspection or another supervisory check.
 *
 * @param source      who found it, e.g. 区审计局2023年经济责任审计
 * @param foundOn     the day the finding was issued
 * @param rectifiedOn the day rectification was completed; null when not (yet) rectified
 */
public record FinancialFinding(String id, String name, String source, LocalDate foundOn, LocalDate rectifiedOn)
        implements NamedFact {

    @Override
    public String factKind() {
        return "财务管理问题";
    }

    public int foundYear() {
        return foundOn.getYear();
    }

    /** Rectified no later than the end of {@code year}. */
    @Derived("评价年度末前已整改")
    public boolean rectifiedBy(int year) {
        return rectifiedOn != null && rectifiedOn.getYear() <= year;
    }
}
