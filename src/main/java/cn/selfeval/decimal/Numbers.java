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

    /**
     * A percentage as {@link #plain} shows it, except that one that is not whole is never shown as a whole number:
     * 项目支出执行率 99.998% is "99.998", not "100" (a budget not fully spent), and 0.004% is not "0". Amounts keep
     * {@link #plain}: 1000.004万元 is shown to the 百元, "1000".
     */
    public static String percent(BigDecimal value) {
        return value == null ? "" : percentShown(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The percentage rounded as it is shown, with its decimals (at least two): half up to two, or as many more as it
     * takes when two would make a value that is not whole look whole. For callers that write trailing zeros ("97.20%").
     */
    public static BigDecimal percentShown(BigDecimal value) {
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP);
        if (shown.compareTo(value) != 0 && shown.stripTrailingZeros().scale() <= 0) {
            return Rounding.beside(value, shown).value();
        }
        return shown;
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
