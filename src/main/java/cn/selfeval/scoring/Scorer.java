package cn.selfeval.scoring;

import cn.selfeval.decimal.Rounding;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.Framework;
import cn.selfeval.rulepack.Grade;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns check outcomes into scores, exactly (every deduction already has at most two decimals, see
 * {@link Rounding}): per leaf indicator, its points minus its deductions, floored at zero (扣完为止); a parent
 * is the sum of its children. Nothing is rounded here, so every displayed total adds up.
 */
public final class Scorer {

    private final Set<String> checked;
    private final Map<String, List<CheckOutcome>> outcomesByIndicator;
    private final Map<String, BigDecimal> selfScores;

    private Scorer(Set<String> checked, List<CheckOutcome> outcomes, Map<String, BigDecimal> selfScores) {
        this.checked = checked;
        this.outcomesByIndicator = outcomes.stream().collect(Collectors.groupingBy(CheckOutcome::indicatorCode));
        this.selfScores = selfScores;
    }

    public static ScoreCard score(CompiledPack compiled, String submissionFile, Submission submission,
            List<CheckOutcome> outcomes) {
        RulePack pack = compiled.pack();
        Scorer scorer = new Scorer(compiled.checkedIndicators(), outcomes, submission.selfScores());
        List<IndicatorScore> roots = pack.framework().indicators().stream().map(scorer::score).toList();
        ScoreCard.PackInfo packInfo = new ScoreCard.PackInfo(pack.manifest().id(), pack.manifest().name(),
                pack.manifest().version(), pack.contentHash(),
                cn.selfeval.rulepack.PackNotices.of(pack, submission.unit().district()));
        return new ScoreCard(submissionFile, submission.unit(), submission.year(), packInfo,
                summary(pack.framework(), roots, outcomes), SelfScoreAudit.of(roots), roots);
    }

    private IndicatorScore score(Indicator indicator) {
        return indicator.leaf() ? scoreLeaf(indicator) : scoreParent(indicator);
    }

    private IndicatorScore scoreLeaf(Indicator indicator) {
        List<CheckOutcome> outcomes = outcomesByIndicator.getOrDefault(indicator.code(), List.of());
        BigDecimal selfScore = selfScores.get(indicator.code());
        BigDecimal points = Rounding.points(indicator.points());
        BigDecimal zero = Rounding.points(BigDecimal.ZERO);
        if (!checked.contains(indicator.code())) {
            return new IndicatorScore(indicator.code(), indicator.name(), points, Coverage.NOT_CHECKED,
                    null, zero, zero, zero, selfScore, outcomes, List.of());
        }
        BigDecimal claimed = Rounding.points(outcomes.stream().filter(CheckOutcome::deducted)
                .map(CheckOutcome::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal deducted = deducted(points, claimed);
        return new IndicatorScore(indicator.code(), indicator.name(), points, Coverage.CHECKED,
                points.subtract(deducted), points, deducted, claimed, selfScore, outcomes, List.of());
    }

    /** 扣完为止: a leaf never loses more than its points. */
    private static BigDecimal deducted(BigDecimal points, BigDecimal claimed) {
        return Rounding.points(claimed).min(points);
    }

    /**
     * A score card scored again with other deductions on some of its checked leaves (a reviewer's decisions),
     * by the same rules as the card itself: each leaf its points less its deductions, floored at zero; a parent
     * the sum of its children; the total the sum of the checked leaves; the grade only when every leaf is checked.
     *
     * @param claimedByLeaf the deductions now claimed on a checked leaf, by its code; leaves not named keep theirs
     * @param grades        the framework's grade scale the card was scored with
     */
    public static Rescored rescore(ScoreCard card, Map<String, BigDecimal> claimedByLeaf, List<Grade> grades) {
        Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
        for (IndicatorScore root : card.indicators()) {
            rescore(root, claimedByLeaf, scores);
        }
        BigDecimal total = sum(card.indicators().stream().flatMap(r -> r.leaves().stream())
                .filter(l -> l.coverage() == Coverage.CHECKED).toList(), l -> scores.get(l.code()));
        String grade = card.summary().complete() ? Grade.forScore(grades, total).map(Grade::label).orElse(null) : null;
        return new Rescored(scores, total, grade);
    }

    private static BigDecimal rescore(IndicatorScore s, Map<String, BigDecimal> claimedByLeaf, Map<String, BigDecimal> scores) {
        BigDecimal score;
        if (s.leaf()) {
            score = s.coverage() != Coverage.CHECKED ? null
                    : s.points().subtract(deducted(s.points(), claimedByLeaf.getOrDefault(s.code(), s.claimed())));
        } else {
            List<BigDecimal> children = new java.util.ArrayList<>();
            for (IndicatorScore child : s.children()) {
                BigDecimal c = rescore(child, claimedByLeaf, scores);
                if (c != null) {
                    children.add(c);
                }
            }
            score = s.coverage() == Coverage.NOT_CHECKED ? null : sum(children, c -> c);
        }
        scores.put(s.code(), score);
        return score;
    }

    /** @param scores every indicator's score in framework order (null where nothing is checked) */
    public record Rescored(Map<String, BigDecimal> scores, BigDecimal total, String grade) {
    }

    private IndicatorScore scoreParent(Indicator indicator) {
        List<IndicatorScore> children = indicator.children().stream().map(this::score).toList();
        long checkedChildren = children.stream().filter(c -> c.coverage() != Coverage.NOT_CHECKED).count();
        Coverage coverage = checkedChildren == 0 ? Coverage.NOT_CHECKED
                : children.stream().allMatch(c -> c.coverage() == Coverage.CHECKED) ? Coverage.CHECKED
                : Coverage.PARTIAL;
        BigDecimal score = coverage == Coverage.NOT_CHECKED ? null
                : sum(children.stream().map(IndicatorScore::score).filter(Objects::nonNull).toList(), s -> s);
        BigDecimal selfScore = selfScores.containsKey(indicator.code()) ? selfScores.get(indicator.code())
                : children.stream().allMatch(c -> c.selfScore() != null) ? sum(children, IndicatorScore::selfScore)
                : null;
        return new IndicatorScore(indicator.code(), indicator.name(), Rounding.points(indicator.points()), coverage,
                score, sum(children, IndicatorScore::checkedPoints), sum(children, IndicatorScore::deducted),
                sum(children, IndicatorScore::claimed), selfScore, List.of(), children);
    }

    private static ScoreCard.Summary summary(Framework framework, List<IndicatorScore> roots,
            List<CheckOutcome> outcomes) {
        BigDecimal maxPoints = Rounding.points(framework.totalPoints());
        List<IndicatorScore> checkedLeaves = roots.stream().flatMap(r -> r.leaves().stream())
                .filter(l -> l.coverage() == Coverage.CHECKED).toList();
        BigDecimal selfScore = checkedLeaves.stream().allMatch(l -> l.selfScore() != null)
                ? sum(checkedLeaves, IndicatorScore::selfScore) : null;
        BigDecimal checkedPoints = sum(roots, IndicatorScore::checkedPoints);
        BigDecimal score = sum(checkedLeaves, IndicatorScore::score);
        String grade = checkedPoints.compareTo(maxPoints) == 0
                ? framework.gradeFor(score).map(Grade::label).orElse(null) : null;
        return new ScoreCard.Summary(maxPoints, checkedPoints, score, selfScore, grade,
                (int) outcomes.stream().filter(CheckOutcome::deducted).count(),
                sum(roots, IndicatorScore::deducted),
                (int) outcomes.stream().filter(o -> o.status() == OutcomeStatus.UNDETERMINED).count(),
                (int) outcomes.stream().filter(o -> o.status() == OutcomeStatus.NOTED).count());
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> value) {
        return Rounding.points(items.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
