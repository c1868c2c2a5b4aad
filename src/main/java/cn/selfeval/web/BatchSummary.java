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
import java.util.TreeMap;

/**
 * The reviewer's view of a batch: one row per checked unit, those that overstate their score most first;
 * the units whose data was refused, with their messages; and per indicator, the points the units lose there.
 * Those totals are added up only among units scored by the same pack (id, version, content) for the same year: two
 * packs may give the same code other points and deductions, and a pack's dated parameters differ by year.
 *
 * @param results      every submission in upload order (a row's {@code index} points into it)
 * @param groups       the per-indicator totals of each pack and year, in pack and year order
 */
public record BatchSummary(Instant createdAt, List<UnitResult> results, List<Row> rows, List<UnitResult> refused,
        List<IndicatorGroup> groups) {

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

    /**
     * The units scored by one pack for one year, and their per-indicator totals (most points lost first).
     *
     * @param packHash the pack's content hash: a pack reloaded with other content under the same version is apart
     */
    public record IndicatorGroup(String packId, String packVersion, String packHash, int year, int units,
            List<IndicatorTotal> totals) {

        /** "guangzhou-2023 版本 2023.2.0（内容哈希 1a2b3c4d），2023年度". */
        public String label() {
            return packId + " 版本 " + packVersion + "（内容哈希 " + packHash.substring(0, 8) + "），" + year + "年度";
        }
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
        return new BatchSummary(createdAt, List.copyOf(results), List.copyOf(rows), List.copyOf(refused), groups(rows));
    }

    /** Whether the batch was scored by more than one pack or for more than one year. */
    public boolean mixed() {
        return groups.size() > 1;
    }

    private record PackYear(String id, String version, String hash, int year) {
        static final Comparator<PackYear> ORDER = Comparator.comparing(PackYear::id).thenComparing(PackYear::version)
                .thenComparing(PackYear::hash).thenComparingInt(PackYear::year);
    }

    private static List<IndicatorGroup> groups(List<Row> rows) {
        Map<PackYear, List<Row>> byPackAndYear = new TreeMap<>(PackYear.ORDER);
        for (Row row : rows) {
            ScoreCard.PackInfo pack = row.card().rulePack();
            byPackAndYear.computeIfAbsent(new PackYear(pack.id(), pack.version(), pack.contentHash(), row.card().year()),
                    k -> new ArrayList<>()).add(row);
        }
        List<IndicatorGroup> groups = new ArrayList<>();
        byPackAndYear.forEach((key, members) -> groups.add(new IndicatorGroup(key.id(), key.version(), key.hash(),
                key.year(), members.size(), totals(members))));
        return List.copyOf(groups);
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
