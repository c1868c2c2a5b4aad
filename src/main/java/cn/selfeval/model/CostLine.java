package cn.selfeval.model;

/** Budget and actual (决算) of one cost line, in 万元; the prior year's actual when the unit gives it. */
public record CostLine(double budget, double actual, Double priorYearActual) {
}
