package cn.selfeval.model;

import java.time.LocalDate;

/**
 * The publication of performance information: the performance targets or the self-evaluation result.
 *
 * @param publishedOn the day it was published; null when not published
 */
public record PerformanceDisclosure(String id, String name, PerformanceDisclosureKind kind, LocalDate publishedOn)
        implements Fact {

    @Override
    public String factKind() {
        return "绩效信息公开";
    }

    @Override
    public String factId() {
        return id;
    }

    @Override
    public String factName() {
        return name;
    }

    public boolean published() {
        return publishedOn != null;
    }
}
