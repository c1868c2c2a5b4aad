package cn.selfeval.rulepack;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of a parameter: what it is, the day it applies from, and the document (or reason) it comes from.
 *
 * @param value the number; null for a scale
 * @param scale the brackets of a scale parameter; null for a number
 */
public record DatedValue(LocalDate from, BigDecimal value, ParameterSource source, Scale scale) {

    public DatedValue(LocalDate from, BigDecimal value, ParameterSource source) {
        this(from, value, source, null);
    }
}
