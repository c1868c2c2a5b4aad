package cn.selfeval.rulepack;

import cn.selfeval.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How far a pack's working-day calendar reaches beyond the years the pack scores. Two different situations:
 * <ul>
 * <li>a year the pack scores that the calendar does not cover: the deadlines of that year cannot be decided, and the
 *     policy officer has to add the holidays — {@code rules validate} warns;</li>
 * <li>the calendar ends with the pack's last year: only deadlines that start in December and run into the next
 *     January are undecidable, and nothing can be done before the State Council publishes next year's holidays. That
 *     is a fact about the pack, said once where the pack is described ({@code rules doc}'s catalogue, the 规则包 page),
 *     not a warning repeated on every validation.</li>
 * </ul>
 */
public final class CalendarReach {

    private CalendarReach() {
    }

    /** The years in pack.yaml whose every day the calendar does not cover, in order. */
    public static List<Integer> uncoveredYears(RulePack pack) {
        WorkingDayCalendar calendar = pack.calendar();
        return pack.manifest().years().stream().sorted()
                .filter(y -> !calendar.covers(LocalDate.of(y, 1, 1)) || !calendar.covers(LocalDate.of(y, 12, 31)))
                .toList();
    }

    /**
     * The calendar's reach as the pack's description says it: "工作日历覆盖2020-01-01至2026-12-31" and, when it ends with
     * the pack's last year, what that means for December deadlines and when to extend it.
     */
    public static String description(RulePack pack) {
        WorkingDayCalendar calendar = pack.calendar();
        String covered = "工作日历（" + pack.calendarFile().getFileName() + "）覆盖" + calendar.coveredFrom() + "至"
                + calendar.coveredTo();
        return nextYearGap(pack).map(gap -> covered + "。" + gap).orElse(covered);
    }

    /** Empty when the calendar reaches into the year after the pack's last year (or the pack has years it misses). */
    static Optional<String> nextYearGap(RulePack pack) {
        int lastYear = pack.manifest().years().stream().max(Integer::compare).orElseThrow();
        LocalDate nextJanuary = LocalDate.of(lastYear + 1, 1, 1);
        if (pack.calendar().covers(nextJanuary) || !pack.calendar().covers(nextJanuary.minusDays(1))) {
            return Optional.empty();
        }
        int next = lastYear + 1;
        return Optional.of(lastYear + "年12月起算、落入" + next + "年的期限（如12月发出中标通知书的合同签订期限）报告“无法判定”，"
                + "不作推测；国务院办公厅公布" + next + "年节假日安排后，在日历中补充假期并延长 covers.to 即可判定");
    }
}
