package cn.selfeval.checks;

/**
 * A check's optional {@code watch:} entry: how {@code selfeval watch} lists it during the year. A deadline check is
 * listed without one (its due date is its deadline); the entry may name the task in the words finance staff use.
 * Another kind is listed only with {@code due: yearEnd}: each fact it would deduct for on the data as it stands
 * becomes an item due on 31 December of the evaluation year (e.g. no full asset inventory yet).
 *
 * @param task     what to do, e.g. 签订采购合同; null to name the check's completion field instead
 * @param yearEnd  whether the check's deductions are items due at the end of the evaluation year
 * @param position where the entry is written
 */
public record WatchSpec(String task, boolean yearEnd, Position position) {

    /** The {@code due:} value that makes a check's deductions year-end items. */
    public static final String YEAR_END = "yearEnd";
}
