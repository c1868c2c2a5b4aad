package cn.selfeval.rulepack;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of a parameter: what it is, the day it applies from, and the document (or reason) it comes from. */
public record DatedValue(LocalDate from, BigDecimal value, ParameterSource source) {
}
