package cn.selfeval.web.view;

import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One indicator row of the score card: points, computed score beside the self-score, and under a leaf its
 * deductions, 0-point findings and undetermined checks in full, the other checks (passed, exempt, not applicable) folded.
 *
 * @param depth     0 for a section (履职效能), 1 below it, …
 * @param gapClass  "over" when the self-score is higher than the computed score, "under" when lower, else ""
 * @param others    the passed, exempt and not-applicable checks, shown folded under {@code othersSummary}
 */
public record IndicatorRow(int depth, String code, String name, String points, String score, String selfScore,
        String gap, String gapClass, boolean leaf, String note, List<OutcomeView> findings, List<OutcomeView> others,
        String othersSummary) {

    public static List<IndicatorRow> of(List<IndicatorScore> roots) {
        List<IndicatorRow> rows = new ArrayList<>();
        roots.forEach(r -> add(r, 0, rows));
        return List.copyOf(rows);
    }

    private static void add(IndicatorScore s, int depth, List<IndicatorRow> rows) {
        List<OutcomeView> findings = s.outcomes().stream()
                .filter(o -> o.status().needsAttention())
                .map(OutcomeView::of).toList();
        List<CheckOutcome> rest = s.outcomes().stream()
                .filter(o -> !o.status().needsAttention()).toList();
        String note = s.capped() ? "各项扣分合计 " + plain(s.claimed()) + " 分，超过本项分值，扣完为止"
                : s.coverage() == Coverage.NOT_CHECKED ? "规则包尚无此指标的规则，未检查，不计分" : "";
        BigDecimal gap = s.selfScoreGap();
        rows.add(new IndicatorRow(depth, s.code(), s.name(), plain(s.points()), score(s),
                s.selfScore() == null ? "—" : plain(s.selfScore()),
                gap == null || gap.signum() == 0 ? "" : (gap.signum() > 0 ? "+" : "−") + plain(gap.abs()),
                gap == null || gap.signum() == 0 ? "" : gap.signum() > 0 ? "over" : "under",
                s.leaf(), note, findings, rest.stream().map(OutcomeView::of).toList(), counts(rest)));
        s.children().forEach(c -> add(c, depth + 1, rows));
    }

    private static String score(IndicatorScore s) {
        return switch (s.coverage()) {
            case NOT_CHECKED -> "未检查";
            case PARTIAL -> fixed(s.score()) + "（已检查 " + plain(s.checkedPoints()) + " 分部分）";
            case CHECKED -> fixed(s.score());
        };
    }

    /** "符合 7 项，豁免 1 项" */
    private static String counts(List<CheckOutcome> outcomes) {
        Map<OutcomeStatus, Long> counts = outcomes.stream().collect(Collectors.groupingBy(CheckOutcome::status,
                () -> new EnumMap<>(OutcomeStatus.class), Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 项")
                .collect(Collectors.joining("，"));
    }
}
