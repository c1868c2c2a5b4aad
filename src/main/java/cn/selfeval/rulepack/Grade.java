package cn.selfeval.rulepack;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A grade band of the framework: a total of at least {@code min} points earns {@code label}. */
public record Grade(BigDecimal min, String label) {

    /** The band with the highest minimum not above {@code total}; empty without bands. */
    public static Optional<Grade> forScore(List<Grade> grades, BigDecimal total) {
        return grades.stream().sorted(Comparator.comparing(Grade::min).reversed())
                .filter(g -> total.compareTo(g.min()) >= 0).findFirst();
    }
}
