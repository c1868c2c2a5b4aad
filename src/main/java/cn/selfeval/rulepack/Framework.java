package cn.selfeval.rulepack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring framework (指标体系) of a rule pack: a tree of indicators with points. Immutable; the indicators by
 * code are indexed once, since every check of every submission looks them up.
 */
public final class Framework {

    private final String name;
    private final String source;
    private final BigDecimal fullMarks;
    private final List<Grade> grades;
    private final String gradeSource;
    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode;

    /**
     * @param fullMarks   the total the framework is scored out of, as stated in framework.yaml (validated
     *                    against the sum of the top-level indicators)
     * @param grades      the grade bands, any order
     * @param gradeSource the document the grade bands come from
     */
    @JsonCreator
    public Framework(@JsonProperty("name") String name, @JsonProperty("source") String source,
            @JsonProperty("fullMarks") BigDecimal fullMarks, @JsonProperty("grades") List<Grade> grades,
            @JsonProperty("gradeSource") String gradeSource, @JsonProperty("indicators") List<Indicator> indicators) {
        this.name = name;
        this.source = source;
        this.fullMarks = fullMarks;
        this.grades = grades == null ? List.of() : grades.stream().sorted(Comparator.comparing(Grade::min).reversed()).toList();
        this.gradeSource = gradeSource;
        this.indicators = List.copyOf(indicators);
        Map<String, Indicator> codes = new LinkedHashMap<>();
        this.indicators.stream().flatMap(Indicator::flatten).forEach(i -> codes.put(i.code(), i));
        this.byCode = Collections.unmodifiableMap(codes);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public BigDecimal fullMarks() {
        return fullMarks;
    }

    public List<Grade> grades() {
        return grades;
    }

    public String gradeSource() {
        return gradeSource;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** The grade a total earns: the band with the highest minimum not above it; empty without bands. */
    public Optional<Grade> gradeFor(BigDecimal total) {
        return Grade.forScore(grades, total);
    }

    /** Every indicator by code, in framework order. */
    public Map<String, Indicator> byCode() {
        return byCode;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The points of an indicator, for rules that scale by them (the global {@code framework}). */
    public BigDecimal points(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("指标体系中没有指标 " + code)).points();
    }

    public BigDecimal totalPoints() {
        return indicators.stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Framework f && java.util.Objects.equals(name, f.name) && java.util.Objects.equals(source, f.source)
                && java.util.Objects.equals(fullMarks, f.fullMarks) && grades.equals(f.grades)
                && java.util.Objects.equals(gradeSource, f.gradeSource) && indicators.equals(f.indicators);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, source, fullMarks, grades, gradeSource, indicators);
    }
}
