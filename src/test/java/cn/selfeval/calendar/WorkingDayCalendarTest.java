package cn.selfeval.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(Path.of("rules/calendar/cn-workdays.json"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} 工作日={1}")
    @CsvSource({
            "2023-09-28, true",   // Thursday before the National Day holiday
            "2023-09-29, false",  // 中秋节
            "2023-10-04, false",  // inside the holiday
            "2023-10-06, false",  // last holiday day
            "2023-10-07, true",   // Saturday declared a working day
            "2023-10-08, true",   // Sunday declared a working day
            "2023-10-14, false",  // ordinary Saturday
            "2024-05-01, false",  // 劳动节
            "2024-05-11, true",   // Saturday declared a working day
            "2024-02-09, true",   // 除夕 2024 was not an official day off
            "2022-12-31, false",  // 2023 元旦 block starts in 2022
            "2020-02-01, false",  // COVID extension cancelled this adjusted working day
    })
    void knowsHolidaysAndAdjustedWorkingDays(String day, boolean working) {
        assertEquals(working, CALENDAR.isWorkingDay(d(day)));
    }

    @Test
    void calendarDayPeriodEndingOnAnOrdinaryDayIsNotMoved() {
        Deadline deadline = CALENDAR.calendarDaysAfter(d("2023-01-01"), 30);
        assertEquals(d("2023-01-31"), deadline.date());
        assertEquals("", deadline.note());
    }

    @Test
    void periodEndingInTheNationalDayHolidayRollsToTheWorkingSaturday() {
        Deadline deadline = CALENDAR.calendarDaysAfter(d("2023-09-04"), 30);
        assertEquals(d("2023-10-07"), deadline.date());
        assertEquals("第30日2023-10-04为中秋节、国庆节假期，顺延至休假日结束的次日2023-10-07", deadline.note());
    }

    @Test
    void periodEndingOnAWeekendRollsToMonday() {
        Deadline deadline = CALENDAR.calendarDaysAfter(d("2023-06-01"), 30);
        assertEquals(d("2023-07-03"), deadline.date());
        assertEquals("第30日2023-07-01为星期六（休息日），顺延至休假日结束的次日2023-07-03", deadline.note());
    }

    @Test
    void sundayJoinedToTheDragonBoatHolidayNamesIt() {
        // 2024: 端午节 is 06-10 (Monday) only; the 30th day after 05-10 is Sunday 06-09, joined to it.
        Deadline deadline = CALENDAR.calendarDaysAfter(d("2024-05-10"), 30);
        assertEquals(d("2024-06-11"), deadline.date());
        assertEquals("第30日2024-06-09为星期日（休息日），与端午节假期（2024-06-10）相连，顺延至休假日结束的次日2024-06-11",
                deadline.note());
    }

    @Test
    void weekendJoinedToANewYearHolidayOfTheNextYearNamesIt() {
        // Sunday 2023-12-31 runs into 元旦 2024-01-01 (a block of the 2024 notice).
        Deadline deadline = CALENDAR.calendarDaysAfter(d("2023-12-01"), 30);
        assertEquals(d("2024-01-02"), deadline.date());
        assertEquals("第30日2023-12-31为星期日（休息日），与元旦假期（2024-01-01）相连，顺延至休假日结束的次日2024-01-02",
                deadline.note());
    }

    @Test
    void holidayOfSeveralDaysJoinedToAWeekendIsNamedWithItsSpan() {
        // The real notices fold such weekends into the block; a calendar that lists only the weekdays still reads well.
        WorkingDayCalendar calendar = new WorkingDayCalendar(d("2030-01-01"), d("2030-12-31"),
                java.util.Map.of(d("2030-06-03"), "端午节", d("2030-06-04"), "端午节"), java.util.Map.of());
        Deadline deadline = calendar.calendarDaysAfter(d("2030-05-02"), 30);
        assertEquals(d("2030-06-05"), deadline.date());
        assertEquals("第30日2030-06-01为星期六（休息日），与端午节假期（2030-06-03至2030-06-04）相连，顺延至休假日结束的次日2030-06-05",
                deadline.note());
    }

    @Test
    void calendarDayPeriodEndingOnAnAdjustedWorkdaySaysItIsNotMoved() {
        // 2023-10-08 is a Sunday declared a working day by the 中秋节、国庆节 notice.
        Deadline deadline = CALENDAR.calendarDaysAfter(d("2023-09-08"), 30);
        assertEquals(d("2023-10-08"), deadline.date());
        assertEquals("第30日2023-10-08为星期日，是中秋节、国庆节的调休上班日，期限不顺延", deadline.note());
    }

    @Test
    void workingDayPeriodEndingOnAnAdjustedWorkdaySaysSo() {
        // 2024-02-18 (Sunday) works after 春节: 02-08 (1), 02-09 (2), 02-18 (3).
        Deadline deadline = CALENDAR.workingDaysAfter(d("2024-02-07"), 3);
        assertEquals(d("2024-02-18"), deadline.date());
        assertEquals("第3个工作日2024-02-18为星期日，是春节的调休上班日", deadline.note());
        assertEquals("", CALENDAR.workingDaysAfter(d("2024-02-07"), 4).note());
    }

    @Test
    void periodEndingInMayDay2024RollsToMay6() {
        assertEquals(d("2024-05-06"), CALENDAR.calendarDaysAfter(d("2024-04-01"), 30).date());
    }

    @Test
    void seventhWorkingDayAfterSigningAcrossTheNationalDayHoliday() {
        // 09-28 (1), 10-07 Sat (2), 10-08 Sun (3), 10-09 … 10-12 (7)
        assertEquals(d("2023-10-12"), CALENDAR.workingDaysAfter(d("2023-09-27"), 7).date());
        assertEquals(d("2023-10-07"), CALENDAR.workingDaysAfter(d("2023-09-27"), 2).date());
        assertEquals(8, CALENDAR.workingDaysBetween(d("2023-09-27"), d("2023-10-13")));
    }

    @Test
    void workingDaysAcrossMayDay2024CountTheWorkingSaturday() {
        // 04-29 (1), 04-30 (2), 05-06 … 05-10 (7), 05-11 Sat would be the 8th
        assertEquals(d("2024-05-10"), CALENDAR.workingDaysAfter(d("2024-04-28"), 7).date());
        assertEquals(d("2024-05-11"), CALENDAR.workingDaysAfter(d("2024-04-28"), 8).date());
    }

    @Test
    void daysOutsideTheCalendarAreReportedNotGuessed() {
        Deadline deadline = CALENDAR.workingDaysAfter(d("2026-12-30"), 2);
        assertFalse(deadline.covered());
        assertNull(deadline.date());
        assertTrue(deadline.note().contains("工作日历只覆盖2020-01-01至2026-12-31"), deadline.note());
        assertFalse(CALENDAR.calendarDaysAfter(d("2026-12-10"), 30).covered());
        assertNull(CALENDAR.workingDaysBetween(d("2026-12-30"), d("2027-01-04")));
    }

    @Test
    void beyondTheCalendarAnActOnOrBeforeTheEarliestPossibleLastDayIsCertainlyInTime() {
        // 12-31 is the only working day the calendar still has; the 2nd working day is 2027-01-01 or later.
        Deadline working = CALENDAR.workingDaysAfter(d("2026-12-30"), 2);
        assertEquals(d("2027-01-01"), working.notBefore());
        assertTrue(working.metBy(d("2026-12-31")));
        assertTrue(working.metBy(d("2027-01-01")));
        assertFalse(working.metBy(d("2027-01-04")));
        assertFalse(working.missedBy(d("2027-01-04")), "无法判定，不是逾期");
        assertTrue(working.undecidedFor(d("2027-01-04"), 2026));
        // Day 30 after 2026-12-10 is 2027-01-09 (unextended); a roll-over can only make it later.
        Deadline calendar = CALENDAR.calendarDaysAfter(d("2026-12-10"), 30);
        assertEquals(d("2027-01-09"), calendar.notBefore());
        assertTrue(calendar.metBy(d("2027-01-09")));
        assertTrue(calendar.undecidedFor(d("2027-01-11"), 2026));
        assertEquals("不早于2027-01-09", calendar.lastDay());
    }

    @Test
    void aMissingActIsNotYetDueWhenThePeriodCannotEndWithinTheYear() {
        Deadline beyond = CALENDAR.workingDaysAfter(d("2026-12-28"), 7);
        assertTrue(beyond.endsAfter(2026));
        assertFalse(beyond.endsBy(2026));
        assertFalse(beyond.undecidedFor(null, 2026), "期限在评价年度之后：不适用，不是无法判定");
        Deadline nextJanuary = CALENDAR.workingDaysAfter(d("2023-12-28"), 7);
        assertEquals(d("2024-01-09"), nextJanuary.date());
        assertTrue(nextJanuary.endsAfter(2023));
        assertFalse(nextJanuary.endsBy(2023));
        assertTrue(CALENDAR.workingDaysAfter(d("2023-12-20"), 7).endsBy(2023));
    }
}
