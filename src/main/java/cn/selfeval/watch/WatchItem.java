package cn.selfeval.watch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One step a check of the pack waits for, as it stands on the as-of date.
 *
 * @param check          the check's name (its {@code name:} in the pack)
 * @param checkFile      the pack file the check is written in, as reports cite it
 * @param task           what to do, e.g. 签订采购合同
 * @param startLabel     what starts the period (中标（成交）通知书日期); null for a year-end item
 * @param dueOn          the last day; null when the working-day calendar does not tell it
 * @param dueText        the last day as shown: 2023-10-07, or 不早于2027-01-01 beyond the calendar
 * @param daysLeft       calendar days from the as-of date to the last day (negative: days overdue); null without dueOn
 * @param workingDaysLeft working days after the as-of date up to the last day; null when past or not covered
 * @param rollOver       the holiday roll-over of the last day, as the check explains it; empty when none
 * @param requirement    the check's limit (30日内签订（…）)
 * @param explanation    the item in one sentence
 * @param consequences   what the pack records if the step is done late or not at all, with the points
 * @param pointsAtStake  the points a late or missing step deducts (zero when the pack deducts none this year)
 * @param where          where the fact was filled in (采购项目第7行); null when not known
 * @param counting       how the last day is counted: {@link #AFTER} an event (a deadline check), {@link #BEFORE} an
 *                       event (an act due days before it, {@code watch: before}), or {@link #YEAR_END}
 * @param planned        for {@link #BEFORE}: the event has not happened and the last day is counted from the date it
 *                       is planned for (or a date after the as-of day); false once it has happened
 */
public record WatchItem(WatchStatus status, String indicatorCode, String indicatorName, String check, String checkFile,
        String factKind, String factId, String factName, String task, String startLabel, LocalDate startedOn,
        LocalDate dueOn, String dueText, Long daysLeft, Integer workingDaysLeft, String rollOver, LocalDate doneOn,
        String requirement, String explanation, List<String> consequences, BigDecimal pointsAtStake,
        String legalBasis, String calendarNote, String where, String counting, boolean planned) {

    /** The last day is counted after an event (a deadline check's period). */
    public static final String AFTER = "after";
    /** The last day is counted back from an event, planned or happened (an act due days before it). */
    public static final String BEFORE = "before";
    /** The last day is 31 December of the evaluation year. */
    public static final String YEAR_END = "yearEnd";

    public WatchItem {
        consequences = List.copyOf(consequences);
    }

    /** "采购项目 ZC2023-004「荔湖街人居环境整治提升服务」". */
    public String fact() {
        return factKind + " " + factId + "「" + factName + "」";
    }

    WatchItem at(String location) {
        return new WatchItem(status, indicatorCode, indicatorName, check, checkFile, factKind, factId, factName, task,
                startLabel, startedOn, dueOn, dueText, daysLeft, workingDaysLeft, rollOver, doneOn, requirement,
                explanation, consequences, pointsAtStake, legalBasis, calendarNote, location, counting, planned);
    }
}
