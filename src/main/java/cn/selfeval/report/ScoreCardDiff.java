package cn.selfeval.report;

import java.math.BigDecimal;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changes for one submission between two versions of a rule pack: indicator scores, and deductions
 * that appear, disappear or change points (a deduction is the same when its indicator, rule and fact are). An
 * indicator only one of the two frameworks has is a change from or to none (未检查).
 */
public record ScoreCardDiff(String submission, BigDecimal scoreBefore, BigDecimal scoreAfter,
        List<ScoreChange> scoreChanges, List<CheckOutcome> addedDeductions, List<CheckOutcome> removedDeductions,
        List<PointsChange> changedDeductions) {

    public record ScoreChange(String code, String name, BigDecimal before, BigDecimal after) {
    }

    public record PointsChange(CheckOutcome before, CheckOutcome after) {
    }

    public static ScoreCardDiff between(ScoreCard before, ScoreCard after) {
        Map<String, IndicatorScore> afterScores = new LinkedHashMap<>();
        after.flatten().forEach(s -> afterScores.put(s.code(), s));
        List<ScoreChange> scoreChanges = new ArrayList<>();
        List<String> beforeLeaves = new ArrayList<>();
        before.indicators().stream().flatMap(i -> i.leaves().stream()).forEach(b -> {
            beforeLeaves.add(b.code());
            IndicatorScore a = afterScores.get(b.code());
            BigDecimal afterScore = a == null ? null : a.score();
            if (!Numbers.same(b.score(), afterScore)) {
                scoreChanges.add(new ScoreChange(b.code(), b.name(), b.score(), afterScore));
            }
        });
        // A framework that gains an indicator (天河 2023 moves 支出率 from A1.3 to B2.3): listed as 未检查 → its score,
        // so that the changes shown add up to the change of the total.
        after.indicators().stream().flatMap(i -> i.leaves().stream()).filter(a -> !beforeLeaves.contains(a.code()))
                .forEach(a -> scoreChanges.add(new ScoreChange(a.code(), a.name(), null, a.score())));
        Map<String, CheckOutcome> beforeDeductions = deductions(before);
        Map<String, CheckOutcome> afterDeductions = deductions(after);
        List<CheckOutcome> added = afterDeductions.entrySet().stream()
                .filter(e -> !beforeDeductions.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<CheckOutcome> removed = beforeDeductions.entrySet().stream()
                .filter(e -> !afterDeductions.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<PointsChange> changed = beforeDeductions.entrySet().stream()
                .filter(e -> afterDeductions.containsKey(e.getKey()))
                .filter(e -> !Numbers.same(e.getValue().points(), afterDeductions.get(e.getKey()).points()))
                .map(e -> new PointsChange(e.getValue(), afterDeductions.get(e.getKey()))).toList();
        return new ScoreCardDiff(before.submissionFile(), before.summary().score(), after.summary().score(),
                scoreChanges, added, removed, changed);
    }

    public boolean unchanged() {
        return scoreChanges.isEmpty() && addedDeductions.isEmpty() && removedDeductions.isEmpty()
                && changedDeductions.isEmpty() && Numbers.same(scoreAfter, scoreBefore);
    }

    private static Map<String, CheckOutcome> deductions(ScoreCard card) {
        Map<String, CheckOutcome> map = new LinkedHashMap<>();
        card.flatten().flatMap(i -> i.deductions().stream())
                .forEach(o -> map.put(OutcomeKey.of(o), o));
        return map;
    }
}
