package cn.selfeval.rulepack;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * A named threshold or point value of a rule pack, with its unit, the date it applies from and its source.
 *
 * @param file the pack-relative file that defines it
 */
public record Parameter(String name, BigDecimal value, String unit, String label, ParameterSource source,
        LocalDate appliesFrom, String file) {
}
