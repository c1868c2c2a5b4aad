package cn.selfeval.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Periods counted back from an event ("不得晚于采购活动开始前30日"): the last day is never moved for rest days — moving it
 * later would shorten the lead time — and the explanation says so, naming the holiday and the last working day before.
 */
class BackwardPeriodTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(Path.of("rules/calendar/cn-workdays.json"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aLastDayInAHolidayIsNotMovedAndTheLastWorkingDayBeforeIsNamed() {
        Deadline due = CALENDAR.calendarDaysBefore(d("2023-10-31"), 30);
        assertTrue(due.covered());
        assertEquals(d("2023-10-01"), due.date(), "30 days before, not rolled over to 2023-10-07");
        assertEquals("前第30日2023-10-01为中秋节、国庆节假期，倒算的期限不顺延（休息日不办理的，须在此前最后一个工作日2023-09-28完成）",
                due.note());
    }

    @Test
    void aWeekendLastDayIsNotMovedEither() {
        Deadline due = CALENDAR.calendarDaysBefore(d("2023-10-09"), 30);
        assertEquals(d("2023-09-09"), due.date());
        assertEquals("前第30日2023-09-09为星期六（休息日），倒算的期限不顺延（休息日不办理的，须在此前最后一个工作日2023-09-08完成）",
                due.note());
    }

    @Test
    void aWorkingDayNeedsNoNoteAndAnAdjustedWorkingDayIsSaid() {
        assertEquals("", CALENDAR.calendarDaysBefore(d("2023-10-20"), 30).note());
        Deadline adjusted = CALENDAR.calendarDaysBefore(d("2023-11-06"), 30);
        assertEquals(d("2023-10-07"), adjusted.date());
        assertEquals("前第30日2023-10-07为星期六，是中秋节、国庆节的调休上班日", adjusted.note());
    }

    @Test
    void aDayBeyondTheCalendarKeepsItsDateAndSaysTheRestDaysAreUnknown() {
        Deadline due = CALENDAR.calendarDaysBefore(d("2027-02-10"), 30);
        assertTrue(due.covered(), "calendar days back do not depend on the holidays");
        assertEquals(d("2027-01-11"), due.date());
        assertEquals("工作日历只覆盖2020-01-01至2026-12-31，无法判定2027-01-11是否为工作日（期限不因休息日改变）", due.note());
    }

    @Test
    void workingDaysBeforeLeaveWholeWorkingDaysBetweenTheActAndTheEvent() {
        // Event Monday 2023-10-16: five working days before it are 10-09 … 10-13; the act is due by Sunday 10-08.
        assertEquals(d("2023-10-08"), CALENDAR.workingDaysBefore(d("2023-10-16"), 5).date());
        // Across the National Day holiday: 10-09 (Mon), 10-08 and 10-07 (adjusted working days), 09-28, 09-27.
        assertEquals(d("2023-09-26"), CALENDAR.workingDaysBefore(d("2023-10-10"), 5).date());
        assertEquals(Integer.valueOf(5), CALENDAR.workingDaysBetween(d("2023-09-26"), d("2023-10-09")));
        Deadline beyond = CALENDAR.workingDaysBefore(d("2027-01-20"), 5);
        assertFalse(beyond.covered());
        assertTrue(beyond.note().startsWith("工作日历只覆盖2020-01-01至2026-12-31，无法判定2027-01-19"), beyond.note());
    }
}
