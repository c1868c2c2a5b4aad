package cn.selfeval.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Mainland China working days: Monday to Friday, minus statutory holidays, plus the weekend days declared
 * working days (调休上班日). Deadlines follow 民法典 第201条 (the triggering day is not counted) and
 * 第203条 (a period ending on a rest day ends on the next working day). Days outside the covered years
 * are never guessed.
 */
public final class WorkingDayCalendar {

    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;
    private final Map<LocalDate, String> holidayNames;
    /** Each 调休上班日 and the holiday block that declared it. */
    private final Map<LocalDate, String> adjustedWorkdays;
    /** For the i-th covered day: the working days from the first covered day up to and including it. */
    private final int[] workingDaysThrough;
    /** The covered working days, as days after the first covered day, in order. */
    private final int[] workingDayOffsets;

    WorkingDayCalendar(LocalDate coveredFrom, LocalDate coveredTo, Map<LocalDate, String> holidayNames,
            Map<LocalDate, String> adjustedWorkdays) {
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.holidayNames = Map.copyOf(holidayNames);
        this.adjustedWorkdays = Map.copyOf(adjustedWorkdays);
        // Every check of every submission counts working days: counted once here, looked up after.
        int length = (int) ChronoUnit.DAYS.between(coveredFrom, coveredTo) + 1;
        this.workingDaysThrough = new int[Math.max(length, 0)];
        int[] offsets = new int[Math.max(length, 0)];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (isWorkingDay(coveredFrom.plusDays(i))) {
                offsets[count++] = i;
            }
            workingDaysThrough[i] = count;
        }
        this.workingDayOffsets = java.util.Arrays.copyOf(offsets, count);
    }

    /** Reads the calendar file of a rule pack (see rules/calendar/cn-workdays.json). */
    public static WorkingDayCalendar load(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<LocalDate, String> holidays = new HashMap<>();
            Map<LocalDate, String> workdays = new HashMap<>();
            for (JsonNode block : root.path("holidayBlocks")) {
                String name = block.path("name").asText();
                LocalDate end = LocalDate.parse(block.path("end").asText());
                for (LocalDate d = LocalDate.parse(block.path("start").asText()); !d.isAfter(end); d = d.plusDays(1)) {
                    holidays.put(d, name);
                }
                block.path("adjustedWorkdays").forEach(w -> workdays.put(LocalDate.parse(w.asText()), name));
            }
            return new WorkingDayCalendar(
                    LocalDate.parse(root.path("covers").path("from").asText()),
                    LocalDate.parse(root.path("covers").path("to").asText()),
                    holidays, workdays);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取工作日历 " + file + "：" + e.getMessage(), e);
        }
    }

    /** The first day whose working-day status is known. */
    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    /** The last day whose working-day status is known. */
    public LocalDate coveredTo() {
        return coveredTo;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(coveredFrom) && !day.isAfter(coveredTo);
    }

    /** Whether {@code day} is a working day; only meaningful for covered days. */
    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkdays.containsKey(day)) {
            return true;
        }
        if (holidayNames.containsKey(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Calendar days from {@code from} to {@code to}; negative when {@code to} comes first. */
    public long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * Last day of a period of {@code days} calendar days that starts the day after {@code event}; when that
     * day is a rest day the period ends on the next working day (民法典 第203条).
     */
    public Deadline calendarDaysAfter(LocalDate event, int days) {
        LocalDate last = event.plusDays(days);
        LocalDate rolled = last;
        while (covers(rolled) && !isWorkingDay(rolled)) {
            rolled = rolled.plusDays(1);
        }
        if (!covers(rolled)) {
            return Deadline.uncovered(uncoveredNote(rolled), rolled);
        }
        String ordinal = "第" + days + "日";
        if (rolled.equals(last)) {
            return Deadline.on(last, adjustedWorkdayNote(ordinal, last, "，期限不顺延"));
        }
        return Deadline.on(rolled, ordinal + last + "为" + restRun(last, rolled) + "，顺延至休假日结束的次日" + rolled);
    }

    /**
     * The {@code n}-th working day after {@code event} (the event day itself is not counted); when the days to
     * count run beyond the calendar, the first day it does not cover.
     */
    public Deadline workingDaysAfter(LocalDate event, int n) {
        if (n <= 0) {
            return Deadline.on(event, "");
        }
        LocalDate first = event.plusDays(1);
        if (!covers(first)) {
            return Deadline.uncovered(uncoveredNote(first), first);
        }
        int nth = workingDaysThrough(event) + n - 1;
        if (nth >= workingDayOffsets.length) {
            LocalDate beyond = coveredTo.plusDays(1);
            return Deadline.uncovered(uncoveredNote(beyond), beyond);
        }
        LocalDate last = coveredFrom.plusDays(workingDayOffsets[nth]);
        return Deadline.on(last, adjustedWorkdayNote("第" + n + "个工作日", last, ""));
    }

    /**
     * The last day on which an act is still {@code days} calendar days before {@code event} (the lead time of
     * "不得晚于采购活动开始前30日": an act on that day and the event {@code days} days later comply). A period counted
     * back from an event is not extended when its last day is a rest day: 民法典 第二百零三条 extends a period within
     * which an act may still be done, and moving this day later would shorten the lead time the rule requires. The note
     * says so when the day is a rest day and names the last working day before it; the date does not depend on the
     * calendar, so a day it does not cover still has its date (the note then says the rest days are not known).
     */
    public Deadline calendarDaysBefore(LocalDate event, int days) {
        LocalDate last = event.minusDays(days);
        String ordinal = "前第" + days + "日";
        if (!covers(last)) {
            return Deadline.on(last, uncoveredNote(last) + "（期限不因休息日改变）");
        }
        if (isWorkingDay(last)) {
            return Deadline.on(last, adjustedWorkdayNote(ordinal, last, ""));
        }
        LocalDate after = last;
        while (covers(after) && !isWorkingDay(after)) {
            after = after.plusDays(1);
        }
        LocalDate before = last.minusDays(1);
        while (covers(before) && !isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return Deadline.on(last, ordinal + last + "为" + restRun(last, after) + "，倒算的期限不顺延"
                + (covers(before) ? "（休息日不办理的，须在此前最后一个工作日" + before + "完成）" : ""));
    }

    /**
     * The last day on which an act leaves {@code n} whole working days before {@code event} (neither the act's day nor
     * the event's is counted); not extended for rest days, as {@link #calendarDaysBefore}. Uncovered when the calendar
     * does not cover the days to count.
     */
    public Deadline workingDaysBefore(LocalDate event, int n) {
        if (n <= 0) {
            return Deadline.on(event, "");
        }
        LocalDate day = event.minusDays(1);
        int counted = 0;
        while (counted < n) {
            if (!covers(day)) {
                return Deadline.uncovered(uncoveredNote(day), null);
            }
            if (isWorkingDay(day)) {
                counted++;
            }
            if (counted < n) {
                day = day.minusDays(1);
            }
        }
        return Deadline.on(day.minusDays(1), "");
    }

    /**
     * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later; null when
     * the calendar does not cover every day between.
     */
    public Integer workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (!covers(from.plusDays(1)) || !covers(to)) {
            return null;
        }
        return workingDaysThrough(to) - workingDaysThrough(from);
    }

    /** Working days from the first covered day through {@code day}, which is covered or the day before the first. */
    private int workingDaysThrough(LocalDate day) {
        int index = (int) ChronoUnit.DAYS.between(coveredFrom, day);
        return index < 0 ? 0 : workingDaysThrough[index];
    }

    /**
     * The rest days from {@code first} up to {@code workingDay} as the calendar names them: "中秋节、国庆节假期", or for
     * a weekend "星期日（休息日）", followed by each holiday it runs into ("，与端午节假期（2024-06-10）相连").
     */
    private String restRun(LocalDate first, LocalDate workingDay) {
        String firstHoliday = holidayNames.get(first);
        StringBuilder text = new StringBuilder(firstHoliday != null ? firstHoliday + "假期" : weekday(first) + "（休息日）");
        Map<String, LocalDate[]> joined = new LinkedHashMap<>();
        for (LocalDate d = first; d.isBefore(workingDay); d = d.plusDays(1)) {
            String holiday = holidayNames.get(d);
            if (holiday != null && !holiday.equals(firstHoliday)) {
                LocalDate day = d;
                joined.computeIfAbsent(holiday, h -> new LocalDate[] {day, day})[1] = d;
            }
        }
        joined.forEach((holiday, span) -> text.append("，与").append(holiday).append("假期（").append(span[0])
                .append(span[1].equals(span[0]) ? "" : "至" + span[1]).append("）相连"));
        return text.toString();
    }

    /** "第2个工作日2023-10-07为星期六，是中秋节、国庆节的调休上班日" when {@code day} is one; empty otherwise. */
    private String adjustedWorkdayNote(String ordinal, LocalDate day, String consequence) {
        String block = adjustedWorkdays.get(day);
        if (block == null) {
            return "";
        }
        return ordinal + day + "为" + weekday(day) + "，是" + block + "的调休上班日" + consequence;
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
    }

    private String uncoveredNote(LocalDate day) {
        return String.format("工作日历只覆盖%s至%s，无法判定%s是否为工作日", coveredFrom, coveredTo, day);
    }
}
