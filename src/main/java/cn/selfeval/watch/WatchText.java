package cn.selfeval.watch;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The watch list in plain Chinese for finance staff: overdue first, then what is due soon, soonest first. */
public final class WatchText {

    /** The first line of every watch list. */
    public static final String TITLE = "部门整体支出绩效自评预警";

    private WatchText() {
    }

    /** @param details whether to list also what is due later and what is already done */
    public static String render(WatchList list, boolean details) {
        List<String> lines = new ArrayList<>();
        lines.add(TITLE);
        lines.add(String.format("单位：%s（%s）    年度：%d    截至：%s（%d日内到期的列为即将到期）", list.unit().name(),
                list.unit().district(), list.year(), list.asOf(), list.within()));
        lines.add("填报文件：" + list.submissionFile());
        lines.add(String.format("规则包：%s（%s，版本 %s，内容哈希 %s）", list.rulePack().name(), list.rulePack().id(),
                list.rulePack().version(), list.rulePack().contentHash().substring(0, 12)));
        list.calendarNotes().forEach(n -> lines.add("注意：" + n));
        for (WatchStatus status : WatchStatus.values()) {
            List<WatchItem> items = list.with(status);
            if (status.detailOnly() && !details || items.isEmpty() && status == WatchStatus.UNDETERMINED) {
                continue;
            }
            lines.add("");
            lines.add(status.label() + "（" + items.size() + " 项）" + (items.isEmpty() ? "：无" : ""));
            items.forEach(i -> lines.addAll(item(i)));
        }
        lines.add("");
        lines.add(summary(list, details));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> item(WatchItem i) {
        List<String> lines = new ArrayList<>();
        lines.add("  【" + timing(i) + "】" + i.indicatorCode() + " " + i.indicatorName() + "：" + i.fact() + "——" + i.task());
        String sub = "        ";
        lines.add(sub + i.explanation());
        if (i.where() != null) {
            lines.add(sub + "填报位置：" + i.where());
        }
        if (!i.calendarNote().isEmpty()) {
            lines.add(sub + "工作日历：" + i.calendarNote());
        }
        if (!i.requirement().isEmpty()) {
            lines.add(sub + "要求：" + i.requirement());
        }
        i.consequences().forEach(c -> lines.add(sub + "后果：" + c));
        lines.add(sub + "依据：" + i.legalBasis());
        lines.add(sub + "检查：" + i.checkFile() + "「" + i.check() + "」");
        return lines;
    }

    /** When, in a few words: 已逾期 3 日（期限 2023-10-07）, 还有 5 日（2023-10-07，其间 3 个工作日）, 今天到期 … */
    public static String timing(WatchItem i) {
        switch (i.status()) {
            case OVERDUE:
                return i.doneOn() != null
                        ? i.doneOn() + " 完成，晚于期限 " + ChronoUnit.DAYS.between(i.dueOn(), i.doneOn()) + " 日（期限 " + i.dueText() + "）"
                        : "已逾期 " + -i.daysLeft() + " 日（期限 " + i.dueText() + "）";
            case DONE_LATE:
                return i.doneOn() == null ? "已逾期完成（期限 " + i.dueText() + "）"
                        : i.doneOn() + " 完成，逾期 " + ChronoUnit.DAYS.between(i.dueOn(), i.doneOn()) + " 日（期限 " + i.dueText() + "）";
            case DONE_ON_TIME:
                return i.doneOn() == null ? "已做到" : i.doneOn() + " 完成（期限 " + i.dueText() + "）";
            case UNDETERMINED:
                return "期限 " + i.dueText() + "，无法判定";
            default:
                if (i.dueOn() == null) {
                    return "期限 " + i.dueText();
                }
                String working = i.workingDaysLeft() == null ? "" : "，其间 " + i.workingDaysLeft() + " 个工作日";
                return i.daysLeft() == 0 ? "今天到期（" + i.dueText() + "）"
                        : "还有 " + i.daysLeft() + " 日（" + i.dueText() + " 到期" + working + "）";
        }
    }

    private static String summary(WatchList list, boolean details) {
        String text = String.format("合计：已逾期 %d 项，即将到期 %d 项", list.with(WatchStatus.OVERDUE).size(),
                list.with(WatchStatus.DUE_SOON).size());
        if (!list.with(WatchStatus.UNDETERMINED).isEmpty()) {
            text += "，无法判定 " + list.with(WatchStatus.UNDETERMINED).size() + " 项";
        }
        text += String.format("，以后到期 %d 项，已完成 %d 项（其中逾期完成 %d 项）", list.with(WatchStatus.LATER).size(),
                list.with(WatchStatus.DONE_ON_TIME).size() + list.with(WatchStatus.DONE_LATE).size(),
                list.with(WatchStatus.DONE_LATE).size());
        return details ? text : text + "；加 --details 列出以后到期和已完成的事项";
    }
}
