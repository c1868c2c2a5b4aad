package cn.selfeval.checks;

import java.math.BigDecimal;

/** How many points an outcome deducts: a parameter, the indicator's full points, or a parameter chosen by a value. */
@FunctionalInterface
public interface Points {

    Points NONE = e -> BigDecimal.ZERO;

    BigDecimal of(Evaluation evaluation);
}
