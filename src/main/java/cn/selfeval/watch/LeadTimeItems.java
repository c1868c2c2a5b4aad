package cn.selfeval.watch;

import cn.selfeval.calendar.Deadline;
import cn.selfeval.calendar.WorkingDayCalendar;
import cn.selfeval.checks.FieldRef;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.WatchSpec;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.engine.RuleEngine;
import cn.selfeval.model.Fact;
import cn.selfeval.model.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of a check with {@code watch: before}: an act due a number of days before an event, counted back from the
 * event's date once it has happened and before that from the date it is planned for (the procurement intent 30 days
 * before procurement starts). A period counted back is not extended for rest days. What a late act costs is what the
 * check itself records for the fact with those dates (asked with {@link WhatIf}), so the rule names and points are
 * the pack's.
 */
final class LeadTimeItems {

    private final Watcher watcher;
    private final PerFactCheck check;
    private final WatchSpec.Before before;
    private final Submission submission;
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;

    LeadTimeItems(Watcher watcher, PerFactCheck check) {
        this.watcher = watcher;
        this.check = check;
        this.before = check.watch().before();
        this.submission = watcher.submission();
        this.asOf = watcher.asOf();
        this.calendar = watcher.calendar();
    }

    /** One item for each fact of the check's list with an event date, real or planned, that is the check's concern. */
    List<WatchItem> items() {
        int year = submission.year();
        List<WatchItem> items = new ArrayList<>();
        for (Object object : submission.facts()) {
            if (!(object instanceof Fact fact) || !check.facts().equals(fact.factList())) {
                continue;
            }
            LocalDate actual = (LocalDate) before.event().read(fact, year);
            LocalDate planned = (LocalDate) before.planned().read(fact, year);
            LocalDate anchor = actual != null ? actual : planned;
            if (anchor == null) {
                continue;
            }
            // The lead time in force in the year whose card judges the fact: the year of the event.
            int days = watcher.compiled().pack().parameters().forYear(anchor.getYear()).integer(before.lengthParameter());
            Deadline deadline = before.workingDays() ? calendar.workingDaysBefore(anchor, days)
                    : calendar.calendarDaysBefore(anchor, days);
            // A day certainly early enough, to ask whether the fact is the check's concern at all (not exempt, within only).
            LocalDate early = deadline.covered() ? deadline.date() : anchor.minusDays(2L * days + 60);
            if (whatIf(fact, anchor, early) == null) {
                continue;
            }
            items.add(item(fact, days, actual, anchor, deadline));
        }
        return items;
    }

    private WatchItem item(Fact fact, int days, LocalDate actual, LocalDate anchor, Deadline deadline) {
        int year = submission.year();
        boolean happened = actual != null && !actual.isAfter(asOf);
        FieldRef anchorField = actual != null ? before.event() : before.planned();
        LocalDate submittedDone = (LocalDate) before.done().read(fact, year);
        LocalDate done = submittedDone != null && !submittedDone.isAfter(asOf) ? submittedDone : null;
        LocalDate dueOn = deadline.covered() ? deadline.date() : null;
        String task = check.watch().task();
        String event = eventName(before.event());
        String lead = days + (before.workingDays() ? "个工作日" : "日");
        List<String> consequences = new ArrayList<>();
        WatchStatus status;
        CheckOutcome recorded = null;
        if (dueOn == null) {
            status = WatchStatus.UNDETERMINED;
        } else if (done != null) {
            recorded = whatIf(fact, anchor, done);
            if (!done.isAfter(dueOn)) {
                status = WatchStatus.DONE_ON_TIME;
                consequences.add((happened ? "已记为" : "按此日期开始将记为") + recorded(recorded, anchor));
            } else if (happened) {
                status = WatchStatus.DONE_LATE;
                consequences.add("已记为" + recorded(recorded, anchor));
            } else {
                // Done too late for the plan, but the plan can still move: points are lost only if it is kept.
                status = WatchStatus.OVERDUE;
                consequences.add("按" + anchorField.title() + anchor + "开始记为" + recorded(recorded, anchor));
                consequences.add(event + "推迟至" + earliestEvent(done, days, before.workingDays()) + "或以后则按时");
            }
        } else {
            status = happened ? WatchStatus.OVERDUE : watcher.pendingStatus(dueOn);
            if (status == WatchStatus.OVERDUE) {
                recorded = whatIf(fact, anchor, asOf);
                consequences.add((happened ? "现在完成仍记为" : "现在完成、按计划日期开始仍记为") + recorded(recorded, anchor));
                if (!happened) {
                    consequences.add("今天完成的，" + event + "须推迟至" + earliestEvent(asOf, days, before.workingDays())
                            + "或以后才算按时");
                }
            } else {
                recorded = whatIf(fact, anchor, dueOn.plusDays(1));
                consequences.add("逾期完成" + (happened ? "" : "、仍按计划日期开始") + "记为" + recorded(recorded, anchor));
            }
        }
        Long daysLeft = dueOn == null ? null : ChronoUnit.DAYS.between(asOf, dueOn);
        Integer workingDaysLeft = dueOn == null || dueOn.isBefore(asOf) ? null : calendar.workingDaysBetween(asOf, dueOn);
        boolean dueKnown = dueOn != null && calendar.covers(dueOn);
        String rollOver = dueKnown ? deadline.note() : "";
        String calendarNote = dueKnown ? "" : deadline.note();
        // Beyond the calendar only a bound is known: n whole working days take at least n calendar days.
        String dueText = dueOn != null ? dueOn.toString() : "不晚于" + anchor.minusDays(days + 1L);
        String requirement = "不晚于" + event + "前" + lead + (dueOn == null ? "" : "（" + dueOn + "）")
                + (rollOver.isEmpty() ? "" : "；" + rollOver);
        String doneText = done != null ? before.done().title() + done : "尚未" + task;
        String explanation = anchorField.title() + anchor + (actual != null && !happened ? "（尚未到）" : "") + "，"
                + doneText + "，期限" + dueText + "（" + event + "前" + lead + (dueKnown && !calendar.isWorkingDay(dueOn) ? "，不顺延" : "") + "）。";
        BigDecimal atStake = status == WatchStatus.DONE_ON_TIME || recorded == null || !recorded.deducted()
                ? BigDecimal.ZERO : recorded.points();
        CheckOutcome named = recorded != null ? recorded : whatIf(fact, anchor, anchor.minusDays(2L * days + 60));
        return new WatchItem(status, check.indicator(), watcher.indicatorName(check.indicator()), check.definition().name(),
                named.ruleFile(), fact.factKind(), fact.factId(), fact.factName(), task, anchorField.title(), anchor,
                dueOn, dueText, daysLeft, workingDaysLeft, rollOver, done, requirement, explanation, consequences,
                atStake, named.legalBasis(), calendarNote, null, WatchItem.BEFORE, !happened);
    }

    /** "采购活动开始日期" → "采购活动开始": the event as the requirement names it. */
    private static String eventName(FieldRef event) {
        String title = event.title() == null ? event.name() : event.title();
        return title.endsWith("日期") ? title.substring(0, title.length() - 2) : title;
    }

    /** The first day the event may come for an act done on {@code act} to be in time. */
    private LocalDate earliestEvent(LocalDate act, int days, boolean workingDays) {
        if (!workingDays) {
            return act.plusDays(days);
        }
        Deadline nth = calendar.workingDaysAfter(act, days);
        return nth.covered() ? nth.date().plusDays(1) : nth.notBefore();
    }

    /** What the check records for the fact if the event comes on {@code event} and the act on {@code act}; null: nothing. */
    private CheckOutcome whatIf(Fact fact, LocalDate event, LocalDate act) {
        Map<String, Object> dates = new HashMap<>();
        dates.put(before.event().name(), event);
        dates.put(before.done().name(), act);
        // Judged as the card of the event's year judges it (a project belongs to the year its procurement starts).
        List<CheckOutcome> outcomes = RuleEngine.judge(watcher.compiled(), check, WhatIf.with(fact, dates), event.getYear());
        if (outcomes.isEmpty() || outcomes.get(0).status() == OutcomeStatus.EXEMPT) {
            return null;
        }
        return outcomes.get(0);
    }

    /**
     * "「采购意向公开晚于规定时间」，扣 0.5 分（B5.1.2 扣完为止）" or "「…」（不适用，不扣分）", with the year whose card
     * records it when that is not the submission's.
     */
    private String recorded(CheckOutcome outcome, LocalDate event) {
        String year = event.getYear() == submission.year() ? "" : "（" + event.getYear() + "年度评价）";
        if (outcome.deducted()) {
            return "「" + outcome.ruleName() + "」，扣 " + Numbers.plain(outcome.points()) + " 分（"
                    + outcome.indicatorCode() + " 扣完为止）" + year;
        }
        return "「" + outcome.ruleName() + "」（" + outcome.status().label() + "，不扣分）" + year;
    }
}
