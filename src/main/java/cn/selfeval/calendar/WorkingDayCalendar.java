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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
    private final Set<LocalDate> adjustedWorkdays;
    /** For the i-th covered day: the working days from the first covered day up to and including it. */
    private final int[] workingDaysThrough;
    /** The covered working days, as days after the first covered day, in order. */
    private final int[] workingDayOffsets;

    WorkingDayCalendar(LocalDate coveredFrom, LocalDate coveredTo, Map<LocalDate, String> holidayNames,
            Set<LocalDate> adjustedWorkdays) {
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.holidayNames = Map.copyOf(holidayNames);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
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
            Set<LocalDate> workdays = new HashSet<>();
            for (JsonNode block : root.path("holidayBlocks")) {
                String name = block.path("name").asText();
                LocalDate end = LocalDate.parse(block.path("end").asText());
                for (LocalDate d = LocalDate.parse(block.path("start").asText()); !d.isAfter(end); d = d.plusDays(1)) {
                    holidays.put(d, name);
                }
                block.path("adjustedWorkdays").forEach(w -> workdays.add(LocalDate.parse(w.asText())));
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
        if (adjustedWorkdays.contains(day)) {
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
        if (rolled.equals(last)) {
            return Deadline.on(last, "");
        }
        return Deadline.on(rolled, "第" + days + "日" + last + "为" + restDayName(last) + "，顺延至休假日结束的次日" + rolled);
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
        return Deadline.on(coveredFrom.plusDays(workingDayOffsets[nth]), "");
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

    private String restDayName(LocalDate day) {
        String holiday = holidayNames.get(day);
        return holiday != null ? holiday + "假期" : "休息日";
    }

    private String uncoveredNote(LocalDate day) {
        return String.format("工作日历只覆盖%s至%s，无法判定%s是否为工作日", coveredFrom, coveredTo, day);
    }
}
