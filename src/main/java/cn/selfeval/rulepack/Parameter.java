package cn.selfeval.rulepack;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A named threshold or point value of a rule pack with its unit and meaning, and its values over time: each
 * value applies from its date until the next one (as in OpenFisca's parameters), and carries its own source.
 *
 * @param values in date order, at least one
 * @param file   the pack-relative file that defines it
 */
public record Parameter(String name, String unit, String label, List<DatedValue> values, String file) {

    /** The day of the evaluation year whose value a yearly check uses: its last day (the rules of the year's end). */
    public static final MonthDay YEAR_INSTANT = MonthDay.of(12, 31);

    public Parameter {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    }

    /** The value that applies on {@code day}: the latest one applying from that day or earlier. */
    public Optional<DatedValue> on(LocalDate day) {
        DatedValue applying = null;
        for (DatedValue value : values) {
            if (!value.from().isAfter(day)) {
                applying = value;
            }
        }
        return Optional.ofNullable(applying);
    }

    /** The value a check of the evaluation year uses (the one in force on its last day). */
    public Optional<DatedValue> forYear(int year) {
        return on(YEAR_INSTANT.atYear(year));
    }

    public LocalDate firstApplies() {
        return values.get(0).from();
    }
}
