package cn.selfeval.scoring;

import cn.selfeval.engine.CheckOutcome;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The reviewer's first question: where the unit's self-score differs from the computed score. Overstated
 * indicators come first, largest gap first, each with the deductions that explain the gap; then the
 * understated ones; then the checked indicators the unit gave no self-score for.
 *
 * @param compared          how many checked indicators carry a self-score (0: nothing could be compared)
 * @param overstatedPoints  how many points the self-evaluation claims above the rules, in total
 * @param understatedPoints how many points it claims below the rules, in total
 */
public record SelfScoreAudit(int compared, List<Gap> overstated, List<Gap> understated, List<String> notSelfScored,
        BigDecimal overstatedPoints, BigDecimal understatedPoints) {

    /** One indicator whose self-score differs from the computed score. */
    public record Gap(String code, String name, BigDecimal points, BigDecimal selfScore, BigDecimal computed,
            BigDecimal gap, List<CheckOutcome> deductions) {

        /** The self-score is above the indicator's points: a mistake in the submission, not only a gap. */
        public boolean aboveFullMarks() {
            return selfScore.compareTo(points) > 0;
        }
    }

    /** Self-score minus computed score over every checked indicator: positive means overstated. */
    public BigDecimal net() {
        return overstatedPoints.subtract(understatedPoints);
    }

    static SelfScoreAudit of(List<IndicatorScore> roots) {
        List<IndicatorScore> checked = roots.stream().flatMap(r -> r.leaves().stream())
                .filter(l -> l.coverage() == Coverage.CHECKED).toList();
        List<Gap> gaps = checked.stream()
                .filter(l -> l.selfScore() != null && l.selfScoreGap().signum() != 0)
                .map(l -> new Gap(l.code(), l.name(), l.points(), l.selfScore(), l.score(), l.selfScoreGap(),
                        l.deductions()))
                .sorted(Comparator.comparing((Gap g) -> g.gap().abs(), Comparator.reverseOrder())
                        .thenComparing(Gap::code))
                .toList();
        List<Gap> over = gaps.stream().filter(g -> g.gap().signum() > 0).toList();
        List<Gap> under = gaps.stream().filter(g -> g.gap().signum() < 0).toList();
        return new SelfScoreAudit((int) checked.stream().filter(l -> l.selfScore() != null).count(), over, under,
                checked.stream().filter(l -> l.selfScore() == null).map(l -> l.code() + " " + l.name()).toList(),
                over.stream().map(Gap::gap).reduce(BigDecimal.ZERO, BigDecimal::add),
                under.stream().map(Gap::gap).reduce(BigDecimal.ZERO, BigDecimal::add).negate());
    }
}
