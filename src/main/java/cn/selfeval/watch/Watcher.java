package cn.selfeval.watch;

import cn.selfeval.calendar.Deadline;
import cn.selfeval.calendar.WorkingDayCalendar;
import cn.selfeval.checks.Check;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.kinds.DeadlineCheck;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.engine.RuleEngine;
import cn.selfeval.input.FactLocations;
import cn.selfeval.model.Fact;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.Parameters;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a pack's checks around for the year still running: given what a submission says has happened so far and a
 * date, which steps are due, overdue or done. Every item comes from a check of the pack — each deadline check
 * (its due date, roll-over and texts exactly as the check computes them) and each check with
 * {@code watch: { due: yearEnd }} that would deduct on the data as it stands — so a policy officer who adds or
 * changes a check gets it here with no other change.
 */
public final class Watcher {

    /** Days ahead that count as 即将到期 when the user does not say. */
    public static final int DEFAULT_WITHIN = 30;

    private final CompiledPack compiled;
    private final Submission submission;
    private final LocalDate asOf;
    private final int within;
    private final WorkingDayCalendar calendar;
    private final CheckContext context;
    private final Map<String, Integer> order;

    private Watcher(CompiledPack compiled, Submission submission, LocalDate asOf, int within) {
        this.compiled = compiled;
        this.submission = submission;
        this.asOf = asOf;
        this.within = within;
        this.calendar = compiled.pack().calendar();
        Parameters params = compiled.pack().parameters().forYear(submission.year());
        this.context = new CheckContext(submission.year(), params, calendar, compiled.pack().framework(), null);
        this.order = compiled.indicatorOrder();
    }

    /**
     * The entry point for one unit (the command, the page, and a review round's per-unit view).
     *
     * @param label     names the submission in the list
     * @param locations where each fact was filled in, or {@link FactLocations#NONE}
     */
    public static WatchList watch(CompiledPack compiled, String label, Submission submission, FactLocations locations,
            LocalDate asOf, int within) {
        Watcher watcher = new Watcher(compiled, submission, asOf, within);
        List<WatchItem> items = new ArrayList<>();
        for (Check check : compiled.checks()) {
            if (check instanceof DeadlineCheck deadline) {
                items.addAll(watcher.deadlineItems(deadline));
            }
        }
        items.addAll(watcher.yearEndItems());
        List<WatchItem> located = items.stream()
                .map(i -> i.at(locations.of(i.factKind(), i.factId())))
                .sorted(watcher.listOrder())
                .toList();
        RulePack pack = compiled.pack();
        ScoreCard.PackInfo packInfo = new ScoreCard.PackInfo(pack.manifest().id(), pack.manifest().name(),
                pack.manifest().version(), pack.contentHash(),
                cn.selfeval.rulepack.PackNotices.of(pack, submission.unit().district()));
        return new WatchList(label, submission.unit(), submission.year(), asOf, within, packInfo,
                watcher.calendarNotes(located), located);
    }

    // ------------------------------------------------------------------ deadline checks

    private List<WatchItem> deadlineItems(DeadlineCheck check) {
        List<WatchItem> items = new ArrayList<>();
        for (Object object : submission.facts()) {
            if (object instanceof Fact fact && check.facts().equals(fact.factList()) && check.judgedByKind(fact, context)) {
                DeadlineCheck.Due due = check.due(fact, context);
                // The as-of date is "now": an event after it has not happened yet, a step after it is not done yet.
                if (due != null && !due.start().isAfter(asOf)) {
                    items.add(deadlineItem(check, fact, due));
                }
            }
        }
        return items;
    }

    private WatchItem deadlineItem(DeadlineCheck check, Fact fact, DeadlineCheck.Due due) {
        Deadline deadline = due.deadline();
        LocalDate done = due.done() != null && !due.done().isAfter(asOf) ? due.done() : null;
        WatchStatus status = status(deadline, done);
        LocalDate dueOn = deadline.covered() ? deadline.date() : null;
        Long daysLeft = dueOn == null ? null : ChronoUnit.DAYS.between(asOf, dueOn);
        Integer workingDaysLeft = dueOn == null || dueOn.isBefore(asOf) ? null : calendar.workingDaysBetween(asOf, dueOn);
        OutcomeSpec late = check.outcome("late");
        String rollOver = deadline.covered() ? deadline.note() : "";
        String task = check.watch() != null && check.watch().task() != null ? check.watch().task() : check.to().title();
        boolean named = check.watch() != null && check.watch().task() != null;
        String doneText = done != null ? check.to().title() + done : named ? "尚未" + task : check.to().title() + "未填报";
        String explanation = check.from().title() + due.start() + "，" + doneText + "，期限" + deadline.lastDay()
                + (rollOver.isEmpty() ? "" : "（" + rollOver + "）") + "。";
        return new WatchItem(status, check.indicator(), indicatorName(check.indicator()), check.definition().name(),
                late == null ? check.definition().position().file() : late.rule().citation(),
                fact.factKind(), fact.factId(), fact.factName(), task, check.from().title(), due.start(),
                dueOn, deadline.lastDay(), daysLeft, workingDaysLeft, rollOver, done,
                late == null ? "" : late.limit().render(due.evaluation()), explanation,
                consequences(check, due, status), pointsAtStake(check, due),
                late == null ? "" : late.rule().legalBasis(), deadline.covered() ? "" : deadline.note(), null);
    }

    private WatchStatus status(Deadline deadline, LocalDate done) {
        if (done != null) {
            if (deadline.missedBy(done)) {
                return WatchStatus.DONE_LATE;
            }
            return deadline.metBy(done) ? WatchStatus.DONE_ON_TIME : WatchStatus.UNDETERMINED;
        }
        if (!deadline.covered()) {
            // Beyond the calendar only "not before" is known: certainly not due within the window, or not known.
            return ChronoUnit.DAYS.between(asOf, deadline.notBefore()) > within ? WatchStatus.LATER : WatchStatus.UNDETERMINED;
        }
        return pendingStatus(deadline.date());
    }

    private WatchStatus pendingStatus(LocalDate dueOn) {
        long daysLeft = ChronoUnit.DAYS.between(asOf, dueOn);
        if (daysLeft < 0) {
            return WatchStatus.OVERDUE;
        }
        return daysLeft <= within ? WatchStatus.DUE_SOON : WatchStatus.LATER;
    }

    /** What the pack records for a late step and for one still missing at the year's end, with the points. */
    private List<String> consequences(DeadlineCheck check, DeadlineCheck.Due due, WatchStatus status) {
        List<String> said = new ArrayList<>();
        int year = submission.year();
        if (status == WatchStatus.DONE_LATE || status == WatchStatus.DONE_ON_TIME) {
            OutcomeSpec recorded = check.outcome(status == WatchStatus.DONE_LATE ? "late" : "onTime");
            if (recorded != null) {
                said.add("已记为" + recorded(recorded, due));
            }
            return said;
        }
        OutcomeSpec late = check.outcome("late");
        if (late != null) {
            said.add((status == WatchStatus.OVERDUE ? "现在完成仍记为" : "逾期完成记为") + recorded(late, due));
        }
        Deadline deadline = due.deadline();
        if (deadline.endsBy(year)) {
            OutcomeSpec missing = check.outcome("missing");
            if (missing != null) {
                said.add("至" + year + "年末仍未完成记为" + recorded(missing, due));
            }
        } else if (deadline.endsAfter(year)) {
            OutcomeSpec notYetDue = check.outcome("notYetDue");
            if (notYetDue != null) {
                said.add("期限在" + year + "年度之后：" + year + "年度评价记为" + recorded(notYetDue, due));
            }
        }
        return said;
    }

    /** "「采购合同逾期签订」，扣 0.5 分（B5.4 扣完为止）" or "「…跨入下一年度」（不适用，不扣分）". */
    private static String recorded(OutcomeSpec spec, DeadlineCheck.Due due) {
        if (spec.status() == OutcomeStatus.DEDUCTED) {
            return "「" + spec.rule().name() + "」，扣 " + Numbers.plain(spec.points().of(due.evaluation())) + " 分（"
                    + spec.rule().indicatorCode() + " 扣完为止）";
        }
        return "「" + spec.rule().name() + "」（" + spec.status().label() + "，不扣分）";
    }

    private BigDecimal pointsAtStake(DeadlineCheck check, DeadlineCheck.Due due) {
        OutcomeSpec late = check.outcome("late");
        if (late == null || late.status() != OutcomeStatus.DEDUCTED) {
            return BigDecimal.ZERO;
        }
        return late.points().of(due.evaluation());
    }

    // ------------------------------------------------------------------ year-end conditions

    /** The checks with {@code watch: { due: yearEnd }}, run on the data as it stands. */
    private List<WatchItem> yearEndItems() {
        Map<String, Check> byRule = new LinkedHashMap<>();
        for (Check check : compiled.checks()) {
            if (check.watch() != null && check.watch().yearEnd()) {
                check.definition().outcomes().forEach(o -> byRule.put(o.rule().name(), check));
            }
        }
        if (byRule.isEmpty()) {
            return List.of();
        }
        LocalDate yearEnd = LocalDate.of(submission.year(), 12, 31);
        List<WatchItem> items = new ArrayList<>();
        for (CheckOutcome outcome : RuleEngine.run(compiled, submission)) {
            Check check = byRule.get(outcome.ruleName());
            if (check == null) {
                continue;
            }
            WatchStatus status = switch (outcome.status()) {
                case DEDUCTED, NOTED -> pendingStatus(yearEnd);
                case PASSED -> WatchStatus.DONE_ON_TIME;
                case UNDETERMINED -> WatchStatus.UNDETERMINED;
                default -> null;
            };
            if (status != null) {
                items.add(yearEndItem(check, outcome, status, yearEnd));
            }
        }
        return items;
    }

    private WatchItem yearEndItem(Check check, CheckOutcome outcome, WatchStatus status, LocalDate yearEnd) {
        long daysLeft = ChronoUnit.DAYS.between(asOf, yearEnd);
        Integer workingDaysLeft = daysLeft < 0 ? null : calendar.workingDaysBetween(asOf, yearEnd);
        List<String> consequences = outcome.deducted()
                ? List.of("至" + submission.year() + "年末仍未做到记为「" + outcome.ruleName() + "」，扣 "
                        + Numbers.plain(outcome.points()) + " 分（" + outcome.indicatorCode() + " 扣完为止）")
                : List.of();
        String task = check.watch().task() != null ? check.watch().task() : check.definition().name();
        boolean done = status == WatchStatus.DONE_ON_TIME;
        return new WatchItem(status, outcome.indicatorCode(), indicatorName(outcome.indicatorCode()),
                check.definition().name(), outcome.ruleFile(), outcome.factKind(), outcome.factId(), outcome.factName(),
                task, null, null, yearEnd, yearEnd.toString(), daysLeft, workingDaysLeft, "", null, outcome.limit(),
                outcome.explanation(), consequences, done ? BigDecimal.ZERO : outcome.points(), outcome.legalBasis(),
                "", null);
    }

    // ------------------------------------------------------------------ order and calendar

    private Comparator<WatchItem> listOrder() {
        return Comparator.comparing(WatchItem::status)
                .thenComparing(WatchItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> order.getOrDefault(i.indicatorCode(), -1))
                .thenComparing(WatchItem::factId)
                .thenComparing(WatchItem::check);
    }

    private String indicatorName(String code) {
        Indicator indicator = compiled.pack().framework().byCode().get(code);
        return indicator == null ? "" : indicator.name();
    }

    /** The as-of date or an evaluation-year day the calendar does not cover is said once, not guessed. */
    private List<String> calendarNotes(List<WatchItem> items) {
        List<String> notes = new ArrayList<>();
        String covered = "工作日历只覆盖" + calendar.coveredFrom() + "至" + calendar.coveredTo();
        int year = submission.year();
        if (!calendar.covers(LocalDate.of(year, 1, 1)) || !calendar.covers(LocalDate.of(year, 12, 31))) {
            notes.add(covered + "，" + year + "年的法定节假日和调休上班日未知：期限要用到这些日子的事项列为“无法判定”，"
                    + "工作日数不计算（补充日历见 rules/calendar/README.md）。");
        } else if (!calendar.covers(asOf)) {
            notes.add(covered + "，" + asOf + "不在其中：到期前的工作日数不计算。");
        } else if (items.stream().anyMatch(i -> !i.calendarNote().isEmpty())) {
            notes.add(covered + "：期限届满日在此之后的事项只能给出“不早于”的日期。");
        }
        return notes;
    }
}
