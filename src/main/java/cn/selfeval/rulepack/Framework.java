package cn.selfeval.rulepack;

import java.math.BigDecimal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring framework (指标体系) of a rule pack: a tree of indicators with points.
 *
 * @param fullMarks   the total the framework is scored out of, as stated in framework.yaml (validated
 *                    against the sum of the top-level indicators)
 * @param grades      the grade bands, any order
 * @param gradeSource the document the grade bands come from
 */
public record Framework(String name, String source, BigDecimal fullMarks, List<Grade> grades, String gradeSource,
        List<Indicator> indicators) {

    public Framework {
        grades = grades == null ? List.of() : grades.stream()
                .sorted(Comparator.comparing(Grade::min).reversed()).toList();
        indicators = List.copyOf(indicators);
    }

    /** The grade a total earns: the band with the highest minimum not above it; empty without bands. */
    public Optional<Grade> gradeFor(BigDecimal total) {
        return grades.stream().filter(g -> total.compareTo(g.min()) >= 0).findFirst();
    }

    /** Every indicator by code, in framework order. */
    public Map<String, Indicator> byCode() {
        Map<String, Indicator> map = new LinkedHashMap<>();
        indicators.stream().flatMap(Indicator::flatten).forEach(i -> map.put(i.code(), i));
        return map;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /** The points of an indicator, for rules that scale by them (the global {@code framework}). */
    public BigDecimal points(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("指标体系中没有指标 " + code)).points();
    }

    public BigDecimal totalPoints() {
        return indicators.stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
