package cn.selfeval.model;

import java.time.LocalDate;

/**
 * The publication of performance information: the performance targets or the self-evaluation result.
 *
 * @param publishedOn the day it was published; null when not published
 */
public record PerformanceDisclosure(String id, String name, PerformanceDisclosureKind kind, LocalDate publishedOn)
        implements NamedFact {

    @Override
    public String factKind() {
        return "绩效信息公开";
    }

    @Derived("已公开")
    public boolean published() {
        return publishedOn != null;
    }
}
