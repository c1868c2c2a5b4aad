package cn.selfeval.model;

import cn.selfeval.decimal.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the rules need to know about a section (产出 or 效益) as a whole: its indicators in submission order and
 * the weights the unit declared for them (null where none was declared). How the section's points are shared
 * out among its indicators is {@link #shareOf}.
 */
public record PerformanceSectionSummary(PerformanceSection section, List<String> indicatorIds,
        List<BigDecimal> weights) implements Fact {

    public PerformanceSectionSummary {
        indicatorIds = List.copyOf(indicatorIds);
        weights = Collections.unmodifiableList(new ArrayList<>(weights));
    }

    static PerformanceSectionSummary of(PerformanceSection section, List<PerformanceIndicator> all) {
        List<PerformanceIndicator> mine = all.stream().filter(i -> i.section() == section).toList();
        List<BigDecimal> weights = new ArrayList<>();
        mine.forEach(i -> weights.add(i.weight()));
        return new PerformanceSectionSummary(section, mine.stream().map(PerformanceIndicator::id).toList(), weights);
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

    public int indicatorCount() {
        return indicatorIds.size();
    }

    public int declaredWeightCount() {
        return (int) weights.stream().filter(Objects::nonNull).count();
    }

    public BigDecimal declaredWeightSum() {
        return weights.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every indicator of the section carries a weight, so the declared weights are used. */
    public boolean weightsDeclared() {
        return indicatorCount() > 0 && declaredWeightCount() == indicatorCount();
    }

    /**
     * The points an indicator carries: the section's points shared out in proportion to the declared weights
     * when every indicator has one (and they are not all zero), in equal shares otherwise; the shares add up to
     * the section's points exactly ({@link Rounding#allot}).
     */
    public BigDecimal shareOf(String indicatorId, BigDecimal sectionPoints) {
        int index = indicatorIds.indexOf(indicatorId);
        if (index < 0) {
            throw new IllegalArgumentException("指标 " + indicatorId + " 不属于" + section.label());
        }
        boolean byWeight = weightsDeclared() && declaredWeightSum().signum() > 0;
        List<BigDecimal> basis = byWeight ? weights : Collections.nCopies(indicatorCount(), BigDecimal.ONE);
        return Rounding.allot(sectionPoints, basis).get(index);
    }
}
