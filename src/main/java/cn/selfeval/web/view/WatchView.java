package cn.selfeval.web.view;

import cn.selfeval.watch.WatchItem;
import cn.selfeval.watch.WatchList;
import cn.selfeval.watch.WatchStatus;
import cn.selfeval.watch.WatchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 预警 page: the upload form and, after an upload, the list as {@code selfeval watch} prints it.
 *
 * @param list   the list, or null before an upload
 * @param groups the list's items by status, in the order shown (only those shown)
 */
public record WatchView(UploadView form, String asOf, int within, WatchList list, boolean details, List<Group> groups) {

    /** Items of one status. */
    public record Group(String code, String label, List<Row> items) {
    }

    /** One item as the page shows it. */
    public record Row(String status, String timing, String indicator, String fact, String task, String explanation,
            String where, String requirement, List<String> consequences, String basis, String check, String calendarNote) {
    }

    public static WatchView form(UploadView form, LocalDate asOf, int within) {
        return new WatchView(form, asOf.toString(), within, null, false, List.of());
    }

    public static WatchView of(WatchList list, UploadView form, boolean details) {
        List<Group> groups = new ArrayList<>();
        for (WatchStatus status : WatchStatus.values()) {
            List<WatchItem> items = list.with(status);
            if (status.detailOnly() && !details || status == WatchStatus.UNDETERMINED && items.isEmpty()) {
                continue;
            }
            groups.add(new Group(status.code(), status.label(), items.stream().map(WatchView::row).toList()));
        }
        return new WatchView(form, list.asOf().toString(), list.within(), list, details, groups);
    }

    private static Row row(WatchItem i) {
        return new Row(i.status().code(), WatchText.timing(i), i.indicatorCode() + " " + i.indicatorName(), i.fact(), i.task(),
                i.explanation(), i.where(), i.requirement(), i.consequences(), i.legalBasis(),
                i.checkFile() + "「" + i.check() + "」", i.calendarNote());
    }

    public int overdue() {
        return list == null ? 0 : list.with(WatchStatus.OVERDUE).size();
    }

    public int dueSoon() {
        return list == null ? 0 : list.with(WatchStatus.DUE_SOON).size();
    }
}
