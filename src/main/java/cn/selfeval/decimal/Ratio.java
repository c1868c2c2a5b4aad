package cn.selfeval.decimal;

import java.math.BigDecimal;

/**
 * An exact ratio such as actual ÷ target, kept as two decimals so that a score computed from it is cut once
 * ({@link Rounding#proportionalScore}) rather than rounded twice.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    public static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);
    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);

    public Ratio {
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("ratio with zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    /** The ratio as an exact percentage (to 34 digits), for comparing with a limit. */
    public BigDecimal exactPercent() {
        return Rounding.exactPercent(numerator, denominator);
    }

    /** The ratio as a percentage with two decimals, half up (what a report shows). */
    public BigDecimal percent() {
        return Rounding.percent(this);
    }

    public boolean belowOne() {
        return numerator.compareTo(denominator) < 0;
    }

    /** This ratio, but not above 1 nor below 0. */
    public Ratio clamped() {
        if (numerator.compareTo(denominator) > 0) {
            return ONE;
        }
        return numerator.signum() < 0 ? ZERO : this;
    }
}
