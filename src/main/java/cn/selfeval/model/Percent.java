package cn.selfeval.model;

import cn.selfeval.decimal.Rounding;
import java.math.BigDecimal;

/**
 * Rates such as 执行率 and 控制率, exact (see {@link Rounding#exactPercent}): checks compare them with their limits
 * as they are; messages show them with two decimals.
 */
final class Percent {

    private Percent() {
    }

    /** {@code part / whole × 100}, exact; null when {@code whole} is zero or either is missing. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return Rounding.exactPercent(part, whole);
    }
}
