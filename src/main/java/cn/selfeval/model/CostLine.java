package cn.selfeval.model;

import java.math.BigDecimal;

/** Budget and actual (决算) of one cost line, in 万元; the prior year's actual when the unit gives it. */
public record CostLine(BigDecimal budget, BigDecimal actual, BigDecimal priorYearActual) {
}
