package cn.selfeval.review;

import cn.selfeval.decimal.Rounding;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.report.OutcomeKey;
import cn.selfeval.rulepack.Grade;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A score card with the decisions in force on it: each decidable outcome's points after the review, the
 * 补充扣分, the decisions whose outcome the card no longer has (不再适用), and the three scores of every indicator —
 * 复核分 scored by {@link Scorer#rescore}, the same rules as 计算分.
 */
public record Review(ScoreCard card, List<OutcomeReview> outcomes, List<OutcomeReview> manual,
        List<Decision> notApplicable, List<IndicatorReview> indicators, BigDecimal selfScore, BigDecimal computed,
        BigDecimal reviewed, String computedGrade, String reviewedGrade) {

    /** @param decisions every decision on the unit, any order */
    public static Review of(ScoreCard card, List<Grade> grades, List<Decision> decisions) {
        Map<String, Decision> latest = new HashMap<>();
        for (Decision d : decisions) {
            latest.merge(d.outcomeKey(), d, (a, b) -> a.step() >= b.step() ? a : b);
        }
        Map<String, IndicatorScore> checkedLeaves = new LinkedHashMap<>();
        card.indicators().stream().flatMap(i -> i.leaves().stream()).filter(l -> l.coverage() == Coverage.CHECKED)
                .forEach(l -> checkedLeaves.put(l.code(), l));
        List<OutcomeReview> outcomes = new ArrayList<>();
        for (IndicatorScore leaf : checkedLeaves.values()) {
            for (CheckOutcome o : leaf.outcomes()) {
                if (decidable(o)) {
                    String key = OutcomeKey.of(o);
                    BigDecimal rule = Rounding.points(o.deducted() ? o.points() : BigDecimal.ZERO);
                    Decision d = latest.get(key);
                    outcomes.add(new OutcomeReview(key, leaf.code(), leaf.name(), leaf.points(), o, d, rule, reviewed(rule, d)));
                }
            }
        }
        Set<String> present = outcomes.stream().map(OutcomeReview::key).collect(Collectors.toSet());
        List<OutcomeReview> manual = new ArrayList<>();
        List<Decision> notApplicable = new ArrayList<>();
        latest.values().stream().sorted(Comparator.comparing(Decision::decidedAt).thenComparing(Decision::id)).forEach(d -> {
            IndicatorScore leaf = checkedLeaves.get(d.indicatorCode());
            if (d.manual() && leaf != null) {
                BigDecimal zero = Rounding.points(BigDecimal.ZERO);
                manual.add(new OutcomeReview(d.outcomeKey(), leaf.code(), leaf.name(), leaf.points(), null, d, zero,
                        reviewed(zero, d)));
            } else if (!present.contains(d.outcomeKey())) {
                notApplicable.add(d);
            }
        });
        Map<String, BigDecimal> claimed = new HashMap<>();
        for (OutcomeReview o : outcomes) {
            claimed.merge(o.indicatorCode(), o.reviewedPoints(), BigDecimal::add);
        }
        for (OutcomeReview o : manual) {
            claimed.merge(o.indicatorCode(), o.reviewedPoints(), BigDecimal::add);
        }
        // A leaf's deductions that nobody can decide on (none today: every deduction is decidable) stay as they are.
        for (IndicatorScore leaf : checkedLeaves.values()) {
            claimed.putIfAbsent(leaf.code(), Rounding.points(BigDecimal.ZERO));
        }
        Scorer.Rescored rescored = Scorer.rescore(card, claimed, grades);
        List<IndicatorReview> indicators = new ArrayList<>();
        for (IndicatorScore root : card.indicators()) {
            add(root, 0, rescored.scores(), indicators);
        }
        return new Review(card, outcomes, manual, notApplicable, indicators, card.summary().selfScore(),
                card.summary().score(), rescored.total(), card.summary().grade(), rescored.grade());
    }

    /**
     * Deductions, 0-point findings and undetermined checks: what a reviewer confirms, overturns or adjusts (a reviewer
     * may give points to a 提示 the framework does not score, by adjusting it).
     */
    static boolean decidable(CheckOutcome o) {
        return o.status().needsAttention();
    }

    private static BigDecimal reviewed(BigDecimal rule, Decision d) {
        if (d == null || d.action() == DecisionAction.CONFIRM) {
            return rule;
        }
        return d.action() == DecisionAction.OVERTURN ? Rounding.points(BigDecimal.ZERO) : Rounding.points(d.points());
    }

    private static void add(IndicatorScore s, int level, Map<String, BigDecimal> reviewed, List<IndicatorReview> into) {
        into.add(new IndicatorReview(s.code(), s.name(), level, s.leaf(), s.points(), s.selfScore(), s.score(),
                reviewed.get(s.code())));
        for (IndicatorScore child : s.children()) {
            add(child, level + 1, reviewed, into);
        }
    }

    /** How many deductions count after the review (rules' and 补充扣分 with points above zero). */
    public int reviewedDeductions() {
        return (int) (outcomes.stream().filter(o -> o.reviewedPoints().signum() > 0).count()
                + manual.stream().filter(o -> o.reviewedPoints().signum() > 0).count());
    }

    /** The points the review takes off in all (the framework's checked points less 复核分). */
    public BigDecimal reviewedDeductedPoints() {
        return Rounding.points(card.summary().checkedPoints().subtract(reviewed));
    }

    /** The leaves that lose most after the review, at most three: "B5.4 采购合同签订时效性 扣1分". */
    public String mainProblems() {
        return indicators.stream().filter(i -> i.leaf() && i.reviewed() != null && i.points().compareTo(i.reviewed()) > 0)
                .sorted(Comparator.comparing((IndicatorReview i) -> i.points().subtract(i.reviewed())).reversed()
                        .thenComparing(IndicatorReview::code))
                .limit(3)
                .map(i -> i.code() + " " + i.name() + " 扣" + cn.selfeval.decimal.Numbers.plain(i.points().subtract(i.reviewed())) + "分")
                .collect(Collectors.joining("；"));
    }

    /** The outcome (of the card, or a 补充扣分) with this key. */
    public java.util.Optional<OutcomeReview> outcome(String key) {
        return java.util.stream.Stream.concat(outcomes.stream(), manual.stream()).filter(o -> o.key().equals(key)).findFirst();
    }
}
