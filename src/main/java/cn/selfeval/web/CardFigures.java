package cn.selfeval.web;

import cn.selfeval.decimal.Rounding;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;

/** Figures of one score card that the pages, the summary and the downloads share. */
public final class CardFigures {

    private CardFigures() {
    }

    /** Self-score minus computed score (positive: the unit scored itself higher); null without a self-score. */
    public static BigDecimal gap(ScoreCard card) {
        ScoreCard.Summary s = card.summary();
        return s.selfScore() == null ? null : s.selfScore().subtract(s.score());
    }

    /** The deductions for data not filled in, with their indicators, in framework order. */
    public static List<Missing> missingFacts(ScoreCard card) {
        return checkedLeaves(card).stream().flatMap(l -> l.deductions().stream().filter(MissingFacts::isMissingFacts)
                .map(o -> new Missing(l, o))).toList();
    }

    /** Points a leaf loses for data not filled in (never more than it loses in all). */
    public static BigDecimal missingFactsPoints(IndicatorScore leaf) {
        BigDecimal claimed = leaf.deductions().stream().filter(MissingFacts::isMissingFacts)
                .map(CheckOutcome::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Rounding.points(claimed.min(leaf.deducted()));
    }

    public static BigDecimal missingFactsPoints(ScoreCard card) {
        return Rounding.points(checkedLeaves(card).stream().map(CardFigures::missingFactsPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public static List<IndicatorScore> checkedLeaves(ScoreCard card) {
        return card.indicators().stream().flatMap(i -> i.leaves().stream())
                .filter(l -> l.coverage() == Coverage.CHECKED).toList();
    }

    /** Deductions that are not for missing data. */
    public static long realDeductions(ScoreCard card) {
        return checkedLeaves(card).stream().flatMap(l -> l.deductions().stream())
                .filter(o -> !MissingFacts.isMissingFacts(o)).count();
    }

    /**
     * About how many KB a score card takes in memory: measured 22 KB for yuangang-2023 (30 outcomes) and 63 KB for
     * lihu-2023 (95 outcomes), i.e. about 4 KB and 0.65 KB an outcome.
     */
    public static int weightKb(ScoreCard card) {
        long outcomes = card.flatten().mapToLong(i -> i.outcomes().size()).sum();
        return (int) Math.min(Integer.MAX_VALUE / 4, 4 + outcomes * 2 / 3);
    }

    public record Missing(IndicatorScore indicator, CheckOutcome outcome) {
    }
}
