package cn.selfeval.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting and rounding shared by rules, scoring and reports. */
public final class Numbers {

    private Numbers() {
    }

    /** Rounded half-up to two decimals: the precision of every score a user sees. */
    public static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Whether two scores are the same at the two decimals a user sees (tolerates float sums like 0.1 + 0.2). */
    public static boolean samePoints(double a, double b) {
        return Math.abs(a - b) < 0.005;
    }

    /** "0.5", "30", "97.2" — two decimals at most, no trailing zeros. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Two decimals always: "0.50", "2.00" — for score columns. */
    public static String fixed(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
