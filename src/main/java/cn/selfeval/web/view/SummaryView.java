package cn.selfeval.web.view;

import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.BatchSummary;
import cn.selfeval.web.UnitResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 汇总 page: one row per unit (checked units, overstating most first, then the refused ones), the refused
 * units with their messages, and the points lost per indicator across units.
 */
public record SummaryView(String id, String createdAt, int total, int checked, List<Row> rows, List<Refused> refused,
        List<Group> groups, String mixedNotice) {

    /**
     * One unit. The {@code …Sort} values are what the table sorts by (numbers; units without a value sort last).
     *
     * @param link its score card, or an anchor to its messages when it was not checked
     */
    public record Row(String link, String file, String unit, String district, String year, String score,
            String scoreSort, String selfScore, String selfSort, String gap, String gapSort, String gapClass,
            String grade, String deductions, String deductedPoints, String deductedSort, String undetermined,
            String missing, String dataErrors, String pack, String packHash, boolean checked) {
    }

    public record Refused(String anchor, String file, String status, String headline, List<String> messages) {
    }

    public record Total(String code, String name, String points, int units, int unitsDeducted, int deductions,
            String deducted, String missingFacts) {
    }

    /**
     * The per-indicator totals of the units scored by one pack for one year.
     *
     * @param anchor      the table's id ("indicators", then "indicators-2" … when the batch is mixed)
     * @param notDeducted the indicators these units were checked on and lost nothing
     */
    public record Group(String anchor, String label, int units, List<Total> indicators, List<String> notDeducted) {
    }

    private static final String LAST = "-1000000";

    public static SummaryView of(String id, BatchSummary summary) {
        List<Row> rows = new ArrayList<>();
        for (BatchSummary.Row r : summary.rows()) {
            ScoreCard card = r.card();
            ScoreCard.Summary s = card.summary();
            BigDecimal gap = r.gap();
            rows.add(new Row(unitLink(id, r.index()), r.result().file(), card.unit().name(), card.unit().district(),
                    String.valueOf(card.year()), fixed(s.score()) + (s.complete() ? "" : "（部分）"), plain(s.score()),
                    s.selfScore() == null ? "—" : plain(s.selfScore()),
                    s.selfScore() == null ? LAST : plain(s.selfScore()),
                    gap == null ? "—" : gap.signum() > 0 ? "+" + plain(gap) : gap.signum() < 0 ? "−" + plain(gap.negate()) : "0",
                    gap == null ? LAST : plain(gap), gap == null || gap.signum() == 0 ? "" : gap.signum() > 0 ? "over" : "under",
                    s.grade() == null ? "暂不评定" : s.grade(), String.valueOf(s.deductionCount()),
                    plain(s.deductedPoints()), plain(s.deductedPoints()), String.valueOf(s.undeterminedCount()),
                    r.missingFactsCount() == 0 ? "0" : r.missingFactsCount() + " 项 / " + plain(r.missingFactsPoints()) + " 分",
                    "0", card.rulePack().id() + " " + card.rulePack().version(), card.rulePack().contentHash().substring(0, 8),
                    true));
        }
        List<Refused> refused = new ArrayList<>();
        int n = 0;
        for (UnitResult r : summary.refused()) {
            String anchor = "refused-" + (++n);
            refused.add(new Refused(anchor, r.file(), r.status().label(), r.headline(), r.messages()));
            rows.add(new Row("#" + anchor, r.file(), "（未检查，见下方）", "", "", "未检查", LAST, "—", LAST, "—", LAST, "", r.status().label(),
                    "—", "—", LAST, "—", "—", r.status() == UnitResult.Status.INVALID_SUBMISSION
                            ? String.valueOf(r.inputProblems().size()) : "—", "", "", false));
        }
        List<Group> groups = new ArrayList<>();
        for (BatchSummary.IndicatorGroup g : summary.groups()) {
            List<Total> totals = g.totals().stream().filter(t -> t.deducted().signum() > 0)
                    .map(t -> new Total(t.code(), t.name(), plain(t.points()), t.units(), t.unitsDeducted(), t.deductions(),
                            plain(t.deducted()), plain(t.missingFacts()))).toList();
            List<String> notDeducted = g.totals().stream().filter(t -> t.deducted().signum() == 0)
                    .map(t -> t.code() + " " + t.name()).sorted().toList();
            groups.add(new Group(groups.isEmpty() ? "indicators" : "indicators-" + (groups.size() + 1), g.label(), g.units(),
                    totals, notDeducted));
        }
        String mixed = summary.mixed() ? "这批填报由 " + groups.size() + " 个不同的规则包或年度评分（见各单位的“规则包”列）：同一指标在不同规则包、"
                + "不同年度的分值和扣分标准可能不同，所以各指标扣分按规则包和年度分别合计，不跨组相加。" : "";
        return new SummaryView(id, Times.format(summary.createdAt()), summary.results().size(), summary.rows().size(),
                List.copyOf(rows), List.copyOf(refused), List.copyOf(groups), mixed);
    }

    public static String unitLink(String id, int index) {
        return "/summary/" + id + "/units/" + index;
    }

    public String csv() {
        return "/summary/" + id + "/summary.csv";
    }

    public String xlsx() {
        return "/summary/" + id + "/summary.xlsx";
    }
}
