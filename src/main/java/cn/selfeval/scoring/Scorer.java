package cn.selfeval.scoring;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.Numbers;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.Framework;
import cn.selfeval.rulepack.Grade;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Turns check outcomes into scores: per leaf indicator, full points minus the deductions, floored at zero
 * (扣完为止); parents add up their children.
 */
public final class Scorer {

    private final Set<String> checked;
    private final Map<String, List<CheckOutcome>> outcomesByIndicator;
    private final Map<String, Double> selfScores;

    private Scorer(Set<String> checked, List<CheckOutcome> outcomes, Map<String, Double> selfScores) {
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
                pack.manifest().version(), pack.contentHash(), pack.dir().toString());
        return new ScoreCard(submissionFile, submission.unit(), submission.year(), packInfo,
                summary(pack.framework(), roots, outcomes), SelfScoreAudit.of(roots), roots);
    }

    private IndicatorScore score(Indicator indicator) {
        return indicator.leaf() ? scoreLeaf(indicator) : scoreParent(indicator);
    }

    private IndicatorScore scoreLeaf(Indicator indicator) {
        List<CheckOutcome> outcomes = outcomesByIndicator.getOrDefault(indicator.code(), List.of());
        Double selfScore = selfScores.get(indicator.code());
        if (!checked.contains(indicator.code())) {
            return new IndicatorScore(indicator.code(), indicator.name(), indicator.points(), Coverage.NOT_CHECKED,
                    null, 0, 0, 0, selfScore, outcomes, List.of());
        }
        double claimed = Numbers.round2(outcomes.stream().filter(CheckOutcome::deducted)
                .mapToDouble(CheckOutcome::points).sum());
        double deducted = Math.min(claimed, indicator.points());
        return new IndicatorScore(indicator.code(), indicator.name(), indicator.points(), Coverage.CHECKED,
                Numbers.round2(indicator.points() - deducted), indicator.points(), deducted, claimed, selfScore,
                outcomes, List.of());
    }

    private IndicatorScore scoreParent(Indicator indicator) {
        List<IndicatorScore> children = indicator.children().stream().map(this::score).toList();
        long checkedChildren = children.stream().filter(c -> c.coverage() != Coverage.NOT_CHECKED).count();
        Coverage coverage = checkedChildren == 0 ? Coverage.NOT_CHECKED
                : children.stream().allMatch(c -> c.coverage() == Coverage.CHECKED) ? Coverage.CHECKED
                : Coverage.PARTIAL;
        Double score = coverage == Coverage.NOT_CHECKED ? null : Numbers.round2(children.stream()
                .map(IndicatorScore::score).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum());
        Double selfScore = selfScores.containsKey(indicator.code()) ? selfScores.get(indicator.code())
                : children.stream().allMatch(c -> c.selfScore() != null)
                        ? Numbers.round2(children.stream().mapToDouble(IndicatorScore::selfScore).sum())
                        : null;
        return new IndicatorScore(indicator.code(), indicator.name(), indicator.points(), coverage, score,
                sum(children, IndicatorScore::checkedPoints), sum(children, IndicatorScore::deducted),
                sum(children, IndicatorScore::claimed), selfScore, List.of(), children);
    }

    private static ScoreCard.Summary summary(Framework framework, List<IndicatorScore> roots, List<CheckOutcome> outcomes) {
        double maxPoints = framework.totalPoints();
        List<IndicatorScore> checkedLeaves = roots.stream().flatMap(r -> r.leaves().stream())
                .filter(l -> l.coverage() == Coverage.CHECKED).toList();
        Double selfScore = checkedLeaves.stream().allMatch(l -> l.selfScore() != null)
                ? Numbers.round2(checkedLeaves.stream().mapToDouble(IndicatorScore::selfScore).sum())
                : null;
        double checkedPoints = sum(roots, IndicatorScore::checkedPoints);
        double score = Numbers.round2(checkedLeaves.stream().mapToDouble(IndicatorScore::score).sum());
        String grade = Numbers.samePoints(checkedPoints, maxPoints)
                ? framework.gradeFor(score).map(Grade::label).orElse(null) : null;
        return new ScoreCard.Summary(maxPoints, checkedPoints, score, selfScore, grade,
                (int) outcomes.stream().filter(CheckOutcome::deducted).count(),
                sum(roots, IndicatorScore::deducted),
                (int) outcomes.stream().filter(o -> o.status() == OutcomeStatus.UNDETERMINED).count());
    }

    private static double sum(List<IndicatorScore> scores, ToDoubleFunction<IndicatorScore> f) {
        return Numbers.round2(scores.stream().mapToDouble(f).sum());
    }
}
