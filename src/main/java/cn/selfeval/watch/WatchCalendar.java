package cn.selfeval.watch;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import cn.selfeval.check.Checker;
import cn.selfeval.decimal.Numbers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The steps not yet done as an iCalendar file (RFC 5545, written by biweekly): one all-day event on each last day,
 * with a reminder {@value #REMIND_DAYS} days before at 9:00, so that finance staff get them in their calendar.
 * The same list gives the same bytes: the time stamp is the as-of date and each event's UID is derived from the unit,
 * the year, the check and the fact, so a calendar that imports the file again updates the events instead of doubling them.
 */
public final class WatchCalendar {

    /** How many days before the last day the reminder comes. */
    public static final int REMIND_DAYS = 3;

    private WatchCalendar() {
    }

    public static String render(WatchList list) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//selfeval//部门整体支出绩效自评预警//ZH");
        calendar.setName("自评预警：" + list.unit().name() + " " + list.year() + "年度");
        for (WatchItem item : list.items()) {
            if (item.status().pending() && item.dueOn() != null) {
                calendar.addEvent(event(list, item));
            }
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(WatchList list, WatchItem item) {
        VEvent event = new VEvent();
        event.setUid(uid(list, item));
        event.setDateTimeStamp(Date.from(list.asOf().atStartOfDay(ZoneOffset.UTC).toInstant()));
        event.setDateStart(new DateStart(day(item.dueOn())));
        event.setDateEnd(new DateEnd(day(item.dueOn().plusDays(1))));
        String summary = "【" + (item.status() == WatchStatus.OVERDUE ? "已逾期" : "到期") + "】" + item.task() + "："
                + item.fact();
        event.setSummary(summary);
        event.setDescription(description(list, item));
        event.addCategories("自评预警", item.indicatorCode());
        event.setTransparency(true);
        Duration before = new Duration.Builder().prior(true).days(REMIND_DAYS - 1).hours(15).build();
        event.addAlarm(VAlarm.display(new Trigger(before, Related.START), summary));
        return event;
    }

    private static String description(WatchList list, WatchItem item) {
        List<String> lines = new ArrayList<>();
        lines.add(item.indicatorCode() + " " + item.indicatorName() + "：" + item.explanation());
        if (!item.requirement().isEmpty()) {
            lines.add("要求：" + item.requirement());
        }
        item.consequences().forEach(c -> lines.add("后果：" + c));
        lines.add("依据：" + item.legalBasis());
        lines.add("检查：" + item.checkFile() + "「" + item.check() + "」；规则包 " + list.rulePack().id() + " 版本 "
                + list.rulePack().version() + "；截至 " + list.asOf() + "，可能扣 " + Numbers.plain(item.pointsAtStake()) + " 分");
        return String.join("\n", lines);
    }

    /** A date without time (VALUE=DATE); biweekly writes it in the default time zone, where it was made. */
    private static ICalDate day(LocalDate date) {
        return new ICalDate(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }

    private static String uid(WatchList list, WatchItem item) {
        String key = list.unit().name() + "\n" + list.unit().district() + "\n" + list.year() + "\n" + item.check() + "\n"
                + item.factKind() + "\n" + item.factId();
        return Checker.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "@selfeval";
    }
}
