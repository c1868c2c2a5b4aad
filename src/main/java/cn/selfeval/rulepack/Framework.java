package cn.selfeval.rulepack;

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
public record Framework(String name, String source, Double fullMarks, List<Grade> grades, String gradeSource,
        List<Indicator> indicators) {

    public Framework {
        grades = grades == null ? List.of() : grades.stream()
                .sorted(Comparator.comparingDouble(Grade::min).reversed()).toList();
        indicators = List.copyOf(indicators);
    }

    /** The grade a total earns: the band with the highest minimum not above it; empty without bands. */
    public Optional<Grade> gradeFor(double total) {
        return grades.stream().filter(g -> total >= g.min()).findFirst();
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
    public double points(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("指标体系中没有指标 " + code)).points();
    }

    public double totalPoints() {
        return indicators.stream().mapToDouble(Indicator::points).sum();
    }
}
