package cn.selfeval.model;

import cn.selfeval.decimal.Rounding;
import java.math.BigDecimal;

/** Rates such as 执行率 and 控制率, as the percentage a user reads (see {@link Rounding#percent}). */
final class Percent {

    private Percent() {
    }

    /** {@code part / whole × 100} to two decimals, half up; null when {@code whole} is zero. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return Rounding.percent(part, whole);
    }
}
