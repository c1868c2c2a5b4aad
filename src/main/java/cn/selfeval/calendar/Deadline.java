package cn.selfeval.calendar;

import java.time.LocalDate;

/**
 * The last day of a legal period, or — where the working-day calendar ends before the period does — the
 * earliest day it can be. A deadline the calendar does not reach is still decided when the answer does not
 * depend on the missing days: an act on or before {@code notBefore} was certainly in time, and a period that
 * cannot end before the next year has not run out within the year.
 *
 * @param date      the last day on which the act is still on time; null when not covered
 * @param covered   false when the working-day calendar does not cover a day the computation needs
 * @param note      how the date was reached (a holiday roll-over) or why it could not be; empty otherwise
 * @param notBefore when not covered, the earliest day the period can end (the first day the calendar does not
 *                  cover, or the unextended last day when that is later); null when covered
 */
public record Deadline(LocalDate date, boolean covered, String note, LocalDate notBefore) {

    static Deadline on(LocalDate date, String note) {
        return new Deadline(date, true, note, null);
    }

    static Deadline uncovered(String note, LocalDate notBefore) {
        return new Deadline(null, false, note, notBefore);
    }

    /** The act on {@code act} was in time (certainly, even where the calendar ends first). */
    public boolean metBy(LocalDate act) {
        return act != null && !act.isAfter(covered ? date : notBefore);
    }

    /** The act on {@code act} came after the last day. */
    public boolean missedBy(LocalDate act) {
        return covered && act != null && act.isAfter(date);
    }

    /** The period ran out within {@code year} (or before): an act still missing at the year's end is late. */
    public boolean endsBy(int year) {
        return covered && date.getYear() <= year;
    }

    /** The period cannot run out before the year after {@code year}: a missing act is not yet due. */
    public boolean endsAfter(int year) {
        return (covered ? date : notBefore).getYear() > year;
    }

    /** Neither in time nor late can be told for {@code act} (null: not done) without the calendar's missing days. */
    public boolean undecidedFor(LocalDate act, int year) {
        return !covered && (act != null ? act.isAfter(notBefore) : !endsAfter(year));
    }

    /** The last day as an explanation shows it: "2023-10-07", or "不早于2027-01-01" beyond the calendar. */
    public String lastDay() {
        return covered ? date.toString() : "不早于" + notBefore;
    }
}
