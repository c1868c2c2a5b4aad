package cn.selfeval.rulepack;

import java.math.BigDecimal;

/** A grade band of the framework: a total of at least {@code min} points earns {@code label}. */
public record Grade(BigDecimal min, String label) {
}
