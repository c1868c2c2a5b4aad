package cn.selfeval.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The calendar counts working days from an index made once; these compare it, day by day, with counting one day
 * at a time (the definition), across the whole calendar and over both of its ends.
 */
class WorkingDayCountingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(Path.of("rules/calendar/cn-workdays.json"));
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Test
    void workingDaysBetweenIsTheDayByDayCount() {
        for (LocalDate from = FIRST.minusDays(5); !from.isAfter(LAST.plusDays(2)); from = from.plusDays(3)) {
            for (int span : new int[] {-3, 0, 1, 2, 5, 7, 10, 15, 20, 31, 45, 90, 400}) {
                LocalDate to = from.plusDays(span);
                assertEquals(countOneByOne(from, to), CALENDAR.workingDaysBetween(from, to), from + " → " + to);
            }
        }
    }

    @Test
    void theNthWorkingDayAfterIsTheDayByDayOne() {
        for (LocalDate event = FIRST.minusDays(3); !event.isAfter(LAST.plusDays(2)); event = event.plusDays(1)) {
            for (int n : new int[] {0, 1, 2, 5, 7, 10, 20, 30}) {
                Deadline expected = nthOneByOne(event, n);
                Deadline actual = CALENDAR.workingDaysAfter(event, n);
                // The day and whether it is covered are the definition; the note (调休上班日) is WorkingDayCalendarTest's.
                assertEquals(expected.date(), actual.date(), event + " + " + n + " 个工作日");
                assertEquals(expected.covered(), actual.covered(), event + " + " + n + " 个工作日");
                assertEquals(expected.notBefore(), actual.notBefore(), event + " + " + n + " 个工作日");
                if (!actual.covered()) {
                    assertEquals(expected.note(), actual.note(), event + " + " + n + " 个工作日");
                }
            }
        }
    }

    private static Integer countOneByOne(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!CALENDAR.covers(d)) {
                return null;
            }
            if (CALENDAR.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static Deadline nthOneByOne(LocalDate event, int n) {
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (!CALENDAR.covers(day)) {
                return Deadline.uncovered(String.format("工作日历只覆盖%s至%s，无法判定%s是否为工作日", FIRST, LAST, day), day);
            }
            if (CALENDAR.isWorkingDay(day)) {
                counted++;
            }
        }
        return Deadline.on(day, "");
    }
}
