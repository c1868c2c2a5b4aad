package cn.selfeval.watch;

import cn.selfeval.model.Unit;
import cn.selfeval.scoring.ScoreCard;
import java.time.LocalDate;
import java.util.List;

/**
 * What a unit's submission has still to do on a date, by the checks of its pack: items in the order shown
 * (overdue first, soonest first), and what the working-day calendar cannot tell.
 *
 * @param within       days ahead that count as 即将到期
 * @param calendarNotes the years or days the working-day calendar does not cover, said instead of guessed
 */
public record WatchList(String submissionFile, Unit unit, int year, LocalDate asOf, int within,
        ScoreCard.PackInfo rulePack, List<String> calendarNotes, List<WatchItem> items) {

    public WatchList {
        calendarNotes = List.copyOf(calendarNotes);
        items = List.copyOf(items);
    }

    public List<WatchItem> with(WatchStatus status) {
        return items.stream().filter(i -> i.status() == status).toList();
    }

    /** Whether a step's last day has passed and it is not done: what the exit code of {@code watch} tells. */
    public boolean anyOverdue() {
        return items.stream().anyMatch(i -> i.status() == WatchStatus.OVERDUE);
    }
}
