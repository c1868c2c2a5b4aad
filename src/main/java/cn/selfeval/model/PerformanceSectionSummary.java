package cn.selfeval.model;

import java.util.List;
import java.util.Objects;

/**
 * What the rules need to know about a section (产出 or 效益) as a whole: how many indicators it has and the
 * weights the unit declared for them. Counting only; how weights turn into points is in the rules.
 */
public record PerformanceSectionSummary(PerformanceSection section, int indicatorCount, int declaredWeightCount,
        double declaredWeightSum) implements Fact {

    static PerformanceSectionSummary of(PerformanceSection section, List<PerformanceIndicator> all) {
        List<PerformanceIndicator> mine = all.stream().filter(i -> i.section() == section).toList();
        List<Double> weights = mine.stream().map(PerformanceIndicator::weight).filter(Objects::nonNull).toList();
        return new PerformanceSectionSummary(section, mine.size(), weights.size(),
                weights.stream().mapToDouble(Double::doubleValue).sum());
    }

    @Override
    public String factKind() {
        return "绩效指标类别";
    }

    @Override
    public String factId() {
        return section.code();
    }

    @Override
    public String factName() {
        return section.label();
    }

    public boolean output() {
        return section == PerformanceSection.OUTPUT;
    }

    /** Every indicator of the section carries a weight, so the declared weights are used. */
    public boolean weightsDeclared() {
        return indicatorCount > 0 && declaredWeightCount == indicatorCount;
    }
}
