package cn.selfeval.decimal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written for people: at most two decimals, no trailing zeros, never an exponent. Points are
 * already exact hundredths ({@link Rounding}); amounts entered with more decimals are shown to the hundredth of
 * 万元 (百元), half up — display only, rules compute with the exact amount.
 */
public final class Numbers {

    private Numbers() {
    }

    /** "0.5", "30", "97.2", "450" — two decimals at most, no trailing zeros. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Counts and other whole numbers, for callers that hold an int. */
    public static String plain(long value) {
        return Long.toString(value);
    }

    /** Whether two decimals are the same number (2.0 and 2.00 are); two nulls are the same too. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Two decimals always: "0.50", "2.00" — for score columns. */
    public static String fixed(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
