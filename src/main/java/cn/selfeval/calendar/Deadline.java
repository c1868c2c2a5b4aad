package cn.selfeval.calendar;

import java.time.LocalDate;

/**
 * The last day of a legal period, or why it could not be computed.
 *
 * @param date    the last day on which the act is still on time; null when not covered
 * @param covered false when the working-day calendar does not cover a day the computation needs
 * @param note    how the date was reached (a holiday roll-over) or why it could not be; empty otherwise
 */
public record Deadline(LocalDate date, boolean covered, String note) {

    static Deadline on(LocalDate date, String note) {
        return new Deadline(date, true, note);
    }

    static Deadline uncovered(String note) {
        return new Deadline(null, false, note);
    }
}
