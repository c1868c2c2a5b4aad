package cn.selfeval.checks;

/**
 * A check's optional {@code watch:} entry: how {@code selfeval watch} lists it during the year. A deadline check is
 * listed without one (its due date is its deadline); the entry may name the task in the words finance staff use.
 * Another kind is listed only with {@code due: yearEnd} or {@code before:}.
 * <ul>
 * <li>{@code due: yearEnd}: each fact it would deduct for on the data as it stands becomes an item due on 31 December
 *     of the evaluation year (e.g. no full asset inventory yet);</li>
 * <li>{@code before: { event: …, planned: …, days: … }} with {@code done:}: an act ({@code done}) due a number of days
 *     before an event — the event's date once it has happened, before that the date it is planned for (e.g. the
 *     procurement intent at least 30 days before procurement starts, from {@code plannedProcurementStartOn}).</li>
 * </ul>
 *
 * @param task     what to do, e.g. 签订采购合同; null to name the check's completion field instead
 * @param yearEnd  whether the check's deductions are items due at the end of the evaluation year
 * @param before   the act due before an event; null when the entry has none
 * @param position where the entry is written
 */
public record WatchSpec(String task, boolean yearEnd, Before before, Position position) {

    /** The {@code due:} value that makes a check's deductions year-end items. */
    public static final String YEAR_END = "yearEnd";

    /**
     * An act due at least a number of days before an event (calendar days, or whole working days between them).
     *
     * @param done            the date field of the act (intentPublishedOn)
     * @param event           the date field of the event once it has happened (procurementStartedOn)
     * @param planned         the date field of the event while it is only planned (plannedProcurementStartOn)
     * @param workingDays     whether the lead time counts working days
     * @param lengthParameter the pack parameter with the number of days
     */
    public record Before(FieldRef done, FieldRef event, FieldRef planned, boolean workingDays, String lengthParameter) {
    }
}
