package cn.selfeval.web.view;

import cn.selfeval.review.Round;
import cn.selfeval.watch.WatchItem;
import cn.selfeval.watch.WatchList;
import cn.selfeval.watch.WatchStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * 预警 across a review round: each unit's watch list on its current version as of one date, units with overdue items
 * first (most first), then those with items due soon, then by name.
 */
public record RoundWatch(Round round, LocalDate asOf, int within, List<UnitWatch> units) {

    /**
     * One unit: its list, or why there is none.
     *
     * @param version  the number of the version watched; null when the unit has no checked version
     * @param list     null when there is no list
     * @param problems why there is no list (no checked version, the stored version cannot be read again)
     */
    public record UnitWatch(String unitId, String unitName, Integer version, WatchList list, List<String> problems) {

        public UnitWatch {
            problems = List.copyOf(problems);
        }

        public int count(WatchStatus status) {
            return list == null ? 0 : list.with(status).size();
        }

        public int overdue() {
            return count(WatchStatus.OVERDUE);
        }

        public int dueSoon() {
            return count(WatchStatus.DUE_SOON);
        }

        /** The items a unit has to act on now, as the page lists them: overdue, due soon, undetermined. */
        public List<WatchItem> urgent() {
            return list == null ? List.of() : list.items().stream().filter(i -> !i.status().detailOnly()).toList();
        }
    }

    public RoundWatch {
        units = units.stream().sorted(Comparator.comparing((UnitWatch u) -> -u.overdue())
                .thenComparing(u -> -u.dueSoon()).thenComparing(UnitWatch::unitName)).toList();
    }

    public int unitsWithOverdue() {
        return (int) units.stream().filter(u -> u.overdue() > 0).count();
    }

    public int unitsWithDueSoon() {
        return (int) units.stream().filter(u -> u.dueSoon() > 0).count();
    }

    public int items(WatchStatus status) {
        return units.stream().mapToInt(u -> u.count(status)).sum();
    }

    /** Units without a list (nothing checked yet, or unreadable). */
    public int notWatched() {
        return (int) units.stream().filter(u -> u.list() == null).count();
    }
}
