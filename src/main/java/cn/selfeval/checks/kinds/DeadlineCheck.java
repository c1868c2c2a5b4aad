package cn.selfeval.checks.kinds;

import cn.selfeval.calendar.Deadline;
import cn.selfeval.calendar.WorkingDayCalendar;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.FieldRef;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.model.Fact;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kind: deadline — an act ({@code to}) due within a number of days after an event ({@code from}): calendar days with
 * the roll-over of 民法典 第二百零三条, or working days by the working-day calendar (第二百零一条: the event day is not
 * counted). It decides, in this order:
 * <ul>
 * <li>notStarted — the event has not happened (no {@code from} date): 不适用;</li>
 * <li>late / onTime — the act happened after / by the last day (beyond the calendar, an act no later than the
 *     earliest day the period can end is certainly on time);</li>
 * <li>otherYear / notYetDue — attribution: a deadline belongs to the evaluation year in which its last day falls.
 *     A period that ran out before the evaluation year was judged on that year's card (不适用 here, whatever was
 *     done); one that runs out after it is judged on the next year's card (不适用 here, even when the act already
 *     came late). So the same project in two years' submissions is judged once;</li>
 * <li>missing — the act has not happened, and the period ran out within the evaluation year (扣分);</li>
 * <li>undetermined — the calendar does not cover the days the answer depends on (无法判定, never a guess).</li>
 * </ul>
 */
public final class DeadlineCheck extends PerFactCheck {

    /** The outcomes a deadline check may name, in the order above. */
    public static final List<String> OUTCOMES = List.of("notStarted", "late", "onTime", "missing", "notYetDue",
            "undetermined", OTHER_YEAR);

    /** The values its messages may use. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable("days", "期限天数", "期限天数（自然日或工作日，within 中的参数值）", ValueType.NUMBER),
            new Variable("deadline", "期限届满日", "期限届满日（工作日历未覆盖时为“不早于…”）", ValueType.TEXT),
            new Variable("rollOver", "期限顺延", "期限末日遇休息日顺延的说明（点名所连的节假日），或末日为调休上班日、不顺延的说明；都没有时为空（写在 [[…]] 中）", ValueType.TEXT),
            new Variable("daysLate", "逾期天数", "逾期的自然日数", ValueType.NUMBER),
            new Variable("workingDaysTaken", "所用工作日", "从起算日次日到完成日的工作日数", ValueType.NUMBER),
            new Variable("calendarNote", "工作日历说明", "工作日历未覆盖期限所需日期的说明", ValueType.TEXT));

    private final FieldRef from;
    private final FieldRef to;
    private final boolean workingDays;
    private final String lengthParameter;
    private final Map<String, OutcomeSpec> outcomes;
    private final String deadlineLabel;

    public DeadlineCheck(Definition definition, Condition only, List<OutcomeSpec> cases, FieldRef from, FieldRef to,
            boolean workingDays, String lengthParameter, Map<String, OutcomeSpec> outcomes) {
        this(definition, only, cases, from, to, workingDays, lengthParameter, outcomes, "期限届满日");
    }

    /** @param deadlineLabel what the last day is called (签订期限届满日), for the other-year message */
    public DeadlineCheck(Definition definition, Condition only, List<OutcomeSpec> cases, FieldRef from, FieldRef to,
            boolean workingDays, String lengthParameter, Map<String, OutcomeSpec> outcomes, String deadlineLabel) {
        super(definition, only, cases);
        this.from = from;
        this.to = to;
        this.workingDays = workingDays;
        this.lengthParameter = lengthParameter;
        this.outcomes = outcomes;
        this.deadlineLabel = deadlineLabel;
    }

    /**
     * One fact's period as the check computes it, for judging it at the year's end and for {@code selfeval watch}
     * during the year.
     *
     * @param evaluation the fact with the check's values (deadline, roll-over …), from which its texts are written
     */
    public record Due(LocalDate start, LocalDate done, Deadline deadline, int days, Evaluation evaluation) {
    }

    /** The fact's period; null when the event has not happened (no {@code from} date). */
    public Due due(Fact fact, CheckContext context) {
        return due(fact, new Evaluation(fact, Map.of(), context));
    }

    /** The deadline of a fact (null when its period has not started), as this check computes it. */
    public Deadline deadlineOf(Fact fact, CheckContext context) {
        Due due = due(fact, context);
        return due == null ? null : due.deadline();
    }

    private Due due(Fact fact, Evaluation evaluation) {
        int year = evaluation.year();
        LocalDate start = (LocalDate) from.read(fact, year);
        if (start == null) {
            return null;
        }
        LocalDate done = (LocalDate) to.read(fact, year);
        WorkingDayCalendar calendar = evaluation.context().calendar();
        int days = evaluation.context().params().integer(lengthParameter);
        Deadline deadline = workingDays ? calendar.workingDaysAfter(start, days) : calendar.calendarDaysAfter(start, days);
        return new Due(start, done, deadline, days, evaluation.with(variables(calendar, deadline, days, start, done)));
    }

    /** The field whose date starts the period. */
    public FieldRef from() {
        return from;
    }

    /** The field whose date completes the act. */
    public FieldRef to() {
        return to;
    }

    /** Whether the period counts working days (otherwise calendar days with the roll-over). */
    public boolean workingDays() {
        return workingDays;
    }

    /** The outcome of that name (one of {@link #OUTCOMES}); null when the check leaves it out. */
    public OutcomeSpec outcome(String name) {
        return outcomes.get(name);
    }

    @Override
    protected boolean attributesByYearDate() {
        return false;
    }

    @Override
    protected void judge(Fact fact, Evaluation evaluation) {
        int year = evaluation.year();
        Due due = due(fact, evaluation);
        if (due == null) {
            emit(outcomes.get("notStarted"), fact, evaluation);
            return;
        }
        LocalDate done = due.done();
        Deadline deadline = due.deadline();
        Evaluation judged = due.evaluation();
        String outcome;
        if (deadline.covered() && deadline.date().getYear() < year) {
            OutcomeSpec written = outcomes.get(OTHER_YEAR);
            emit(written != null ? written : otherYearOutcome(), fact,
                    otherYear(fact, judged, deadline.date(), deadlineLabel));
            return;
        } else if (deadline.endsAfter(year)) {
            outcome = "notYetDue";
        } else if (deadline.missedBy(done)) {
            outcome = "late";
        } else if (deadline.metBy(done)) {
            outcome = "onTime";
        } else if (done == null && deadline.endsBy(year)) {
            outcome = "missing";
        } else {
            outcome = "undetermined";
        }
        emit(outcomes.get(outcome), fact, judged);
    }

    private static Map<String, Object> variables(WorkingDayCalendar calendar, Deadline deadline, int days,
            LocalDate start, LocalDate done) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("days", days);
        variables.put("deadline", deadline.lastDay());
        boolean rolled = deadline.covered() && !deadline.note().isEmpty();
        variables.put("rollOver", rolled ? deadline.note() : null);
        variables.put("daysLate", deadline.covered() && done != null ? calendar.daysBetween(deadline.date(), done) : null);
        variables.put("workingDaysTaken", done == null ? null : calendar.workingDaysBetween(start, done));
        variables.put("calendarNote", deadline.covered() ? "" : deadline.note());
        return variables;
    }
}
