package cn.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates such as 执行率 and 控制率, as the percentage a user reads: two decimals, half up. */
final class Percent {

    private Percent() {
    }

    /** {@code part / whole × 100} rounded to two decimals; null when {@code whole} is zero. */
    static Double of(double part, double whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
