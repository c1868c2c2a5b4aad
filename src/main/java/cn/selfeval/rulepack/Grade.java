package cn.selfeval.rulepack;

/** A grade band of the framework: a total of at least {@code min} points earns {@code label}. */
public record Grade(double min, String label) {
}
