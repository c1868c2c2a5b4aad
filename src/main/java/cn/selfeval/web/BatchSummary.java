package cn.selfeval.web;

import cn.selfeval.decimal.Rounding;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's view of a batch: one row per checked unit, those that overstate their score most first;
 * the units whose data was refused, with their messages; and per indicator, the points the units lose there.
 *
 * @param results every submission in upload order (a row's {@code index} points into it)
 */
public record BatchSummary(Instant createdAt, List<UnitResult> results, List<Row> rows, List<UnitResult> refused,
        List<IndicatorTotal> indicators) {

    /** One checked unit. */
    public record Row(int index, UnitResult result) {

        public ScoreCard card() {
            return result.card();
        }

        public BigDecimal gap() {
            return CardFigures.gap(card());
        }

        public BigDecimal missingFactsPoints() {
            return CardFigures.missingFactsPoints(card());
        }

        public int missingFactsCount() {
            return CardFigures.missingFacts(card()).size();
        }
    }

    /**
     * One leaf indicator across the batch.
     *
     * @param units         checked units scored on it
     * @param unitsDeducted units that lost points on it
     * @param deducted      points lost on it, in all
     * @param missingFacts  of which, points lost for data not filled in
     */
    public record IndicatorTotal(String code, String name, BigDecimal points, int units, int unitsDeducted,
            int deductions, BigDecimal deducted, BigDecimal missingFacts) {
    }

    /** Overstated most first; then units without a self-score; within each, the lowest score first. */
    public static final Comparator<Row> DEFAULT_ORDER = Comparator
            .comparing((Row r) -> r.gap() == null ? 1 : 0)
            .thenComparing(r -> r.gap() == null ? BigDecimal.ZERO : r.gap().negate())
            .thenComparing(r -> r.card().summary().score())
            .thenComparing(r -> r.result().file());

    public static BatchSummary of(Instant createdAt, List<UnitResult> results) {
        List<Row> rows = new ArrayList<>();
        List<UnitResult> refused = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            UnitResult r = results.get(i);
            if (r.ok()) {
                rows.add(new Row(i, r));
            } else {
                refused.add(r);
            }
        }
        rows.sort(DEFAULT_ORDER);
        return new BatchSummary(createdAt, List.copyOf(results), List.copyOf(rows), List.copyOf(refused), totals(rows));
    }

    private static List<IndicatorTotal> totals(List<Row> rows) {
        Map<String, List<IndicatorScore>> byIndicator = new LinkedHashMap<>();
        for (Row row : rows) {
            for (IndicatorScore leaf : CardFigures.checkedLeaves(row.card())) {
                byIndicator.computeIfAbsent(leaf.code() + "\u0000" + leaf.name(), k -> new ArrayList<>()).add(leaf);
            }
        }
        List<IndicatorTotal> totals = new ArrayList<>();
        for (List<IndicatorScore> leaves : byIndicator.values()) {
            IndicatorScore first = leaves.get(0);
            BigDecimal deducted = Rounding.points(leaves.stream().map(IndicatorScore::deducted)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal missing = Rounding.points(leaves.stream().map(CardFigures::missingFactsPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            totals.add(new IndicatorTotal(first.code(), first.name(), first.points(), leaves.size(),
                    (int) leaves.stream().filter(l -> l.deducted().signum() > 0).count(),
                    leaves.stream().mapToInt(l -> l.deductions().size()).sum(), deducted, missing));
        }
        totals.sort(Comparator.comparing(IndicatorTotal::deducted).reversed().thenComparing(IndicatorTotal::code));
        return List.copyOf(totals);
    }

    /** About how many KB of memory the summary's score cards take. */
    public int weightKb() {
        return 1 + rows.stream().mapToInt(r -> CardFigures.weightKb(r.card())).sum();
    }
}
