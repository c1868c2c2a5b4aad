package cn.selfeval.ruletest;

import cn.selfeval.watch.WatchItem;
import cn.selfeval.watch.WatchText;
import java.time.LocalDate;
import java.util.List;

/**
 * One item a test case expects {@code selfeval watch} to list on its {@code asOf} date (or, under
 * {@code watchAbsent}, not to list). Only the fields given are compared: {@code check} and {@code fact} pick the item;
 * {@code status} (overdue, dueSoon, later, undetermined, doneLate, doneOnTime), {@code due}, {@code daysLeft},
 * {@code workingDaysLeft} and the words its texts must {@code contain} check it.
 */
public record ExpectedWatchItem(String check, String fact, String status, LocalDate due, Long daysLeft,
        Integer workingDaysLeft, List<String> contains) {

    public ExpectedWatchItem {
        contains = contains == null ? List.of() : List.copyOf(contains);
    }

    boolean selects(WatchItem i) {
        return (check == null || check.equals(i.check())) && (fact == null || fact.equals(i.factId()));
    }

    boolean matches(WatchItem i) {
        String texts = String.join("\n", text(i));
        return selects(i)
                && (status == null || status.equals(i.status().code()))
                && (due == null || due.equals(i.dueOn()))
                && (daysLeft == null || daysLeft.equals(i.daysLeft()))
                && (workingDaysLeft == null || workingDaysLeft.equals(i.workingDaysLeft()))
                && contains.stream().allMatch(texts::contains);
    }

    /** Every text of the item a case may look for words in. */
    static List<String> text(WatchItem i) {
        List<String> texts = new java.util.ArrayList<>(List.of(WatchText.timing(i), i.task(), i.explanation(),
                i.requirement(), i.calendarNote()));
        texts.addAll(i.consequences());
        return texts;
    }

    String describe() {
        StringBuilder text = new StringBuilder("预警「" + check + "」");
        if (fact != null) {
            text.append(" 事实 ").append(fact);
        }
        if (status != null) {
            text.append(" 状态 ").append(status);
        }
        if (due != null) {
            text.append(" 期限 ").append(due);
        }
        if (daysLeft != null) {
            text.append(" 剩余 ").append(daysLeft).append(" 日");
        }
        if (workingDaysLeft != null) {
            text.append(" 其间 ").append(workingDaysLeft).append(" 个工作日");
        }
        if (!contains.isEmpty()) {
            text.append(" 说明含 ").append(contains);
        }
        return text.toString();
    }

    static String describe(WatchItem i) {
        return String.format("预警「%s」 事实 %s 状态 %s 期限 %s 剩余 %s 日 其间 %s 个工作日 说明：%s", i.check(), i.factId(),
                i.status().code(), i.dueText(), i.daysLeft(), i.workingDaysLeft(), String.join("｜", text(i)));
    }
}
