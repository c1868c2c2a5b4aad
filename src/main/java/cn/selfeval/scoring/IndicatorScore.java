package cn.selfeval.scoring;

import java.math.BigDecimal;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import java.util.List;

/**
 * The score of one indicator.
 *
 * @param score         points earned over the checked part; null when nothing below it is checked
 * @param checkedPoints the points of the checked leaves at or below this indicator
 * @param deducted      points actually taken off, after the 扣完为止 floor
 * @param claimed       the sum of the deductions the rules found, before the floor
 * @param selfScore     the unit's own score, when it gave one (or all of the children's)
 * @param outcomes      what every check of this leaf found, in a stable order; empty for parents
 */
public record IndicatorScore(
        String code,
        String name,
        BigDecimal points,
        Coverage coverage,
        BigDecimal score,
        BigDecimal checkedPoints,
        BigDecimal deducted,
        BigDecimal claimed,
        BigDecimal selfScore,
        List<CheckOutcome> outcomes,
        List<IndicatorScore> children) {

    public IndicatorScore {
        outcomes = List.copyOf(outcomes);
        children = List.copyOf(children);
    }

    /** The leaf indicators at or below this one (itself when it is a leaf). */
    public List<IndicatorScore> leaves() {
        return children.isEmpty() ? List.of(this) : children.stream().flatMap(c -> c.leaves().stream()).toList();
    }

    public List<CheckOutcome> deductions() {
        return withStatus(OutcomeStatus.DEDUCTED);
    }

    public List<CheckOutcome> withStatus(OutcomeStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    /** Self-score minus computed score; positive when the unit scored itself higher than the rules allow. */
    public BigDecimal selfScoreGap() {
        return selfScore == null || score == null || coverage != Coverage.CHECKED ? null : selfScore.subtract(score);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    /** A leaf whose deductions add up to more than its points, so that it was scored zero (扣完为止). */
    public boolean capped() {
        return leaf() && coverage == Coverage.CHECKED && claimed.compareTo(deducted) > 0;
    }
}
