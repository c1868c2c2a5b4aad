package cn.selfeval.docreport;

import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.MissingFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the score card found, sorted for the report: the deductions and 0-point findings (提示) grouped by area (二级指标) and by the rule
 * broken, the data still to be filled in (未提供事实: not a problem, points lost until it is given), the points to
 * be verified by hand (无法判定), and each area's 整改建议 from the checks' {@code improvement} texts.
 */
final class Findings {

    /** The deductions of one rule at one indicator: its outcomes name the projects or facts. */
    record Problem(IndicatorScore indicator, String rule, String legalBasis, List<CheckOutcome> outcomes) {

        BigDecimal points() {
            return outcomes.stream().map(CheckOutcome::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** A finding the framework gives no points (status noted): reported, not deducted. */
        boolean noted() {
            return outcomes.get(0).status() == OutcomeStatus.NOTED;
        }
    }

    /** The problems of one area and what the checks advise doing about them (in order, each once). */
    record Area(String name, List<Problem> problems, List<String> improvements, List<String> withoutImprovement) {

        BigDecimal points() {
            return problems.stream().map(Problem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** An outcome with the indicator it belongs to. */
    record Item(IndicatorScore indicator, CheckOutcome outcome) {
    }

    private final List<Area> areas = new ArrayList<>();
    private final List<Item> missingData = new ArrayList<>();
    private final List<Item> undetermined = new ArrayList<>();
    private final List<IndicatorScore> capped = new ArrayList<>();

    Findings(ScoreCard card) {
        Map<String, Map<String, List<Item>>> byArea = new LinkedHashMap<>();
        for (IndicatorPath path : IndicatorPath.of(card)) {
            IndicatorScore leaf = path.leaf();
            if (leaf.capped()) {
                capped.add(leaf);
            }
            for (CheckOutcome o : leaf.outcomes()) {
                if (o.status() == OutcomeStatus.UNDETERMINED) {
                    undetermined.add(new Item(leaf, o));
                } else if (MissingFacts.isMissingFacts(o)) {
                    missingData.add(new Item(leaf, o));
                } else if (o.deducted() || o.status() == OutcomeStatus.NOTED) {
                    byArea.computeIfAbsent(path.area().name(), a -> new LinkedHashMap<>())
                            .computeIfAbsent(leaf.code() + "\n" + o.ruleName(), r -> new ArrayList<>()).add(new Item(leaf, o));
                }
            }
        }
        byArea.forEach((name, rules) -> {
            List<Problem> problems = new ArrayList<>();
            Set<String> improvements = new LinkedHashSet<>();
            Set<String> without = new LinkedHashSet<>();
            for (List<Item> items : rules.values()) {
                CheckOutcome first = items.get(0).outcome();
                problems.add(new Problem(items.get(0).indicator(), first.ruleName(), first.legalBasis(),
                        items.stream().map(Item::outcome).toList()));
                for (Item item : items) {
                    if (item.outcome().improvement().isBlank()) {
                        without.add(first.ruleName());
                    } else {
                        improvements.add(item.outcome().improvement());
                    }
                }
            }
            areas.add(new Area(name, problems, List.copyOf(improvements), List.copyOf(without)));
        });
    }

    List<Area> areas() {
        return areas;
    }

    List<Item> missingData() {
        return missingData;
    }

    List<Item> undetermined() {
        return undetermined;
    }

    /** One sentence per problem: the rule, where, how many, the points, each fact's explanation, the legal basis. */
    static String sentence(Problem p) {
        StringBuilder out = new StringBuilder();
        out.append(p.rule()).append("（").append(p.indicator().code()).append(" ").append(p.indicator().name());
        out.append(p.outcomes().size() > 1 ? "，" + p.outcomes().size() + "处" : "")
                .append(p.noted() ? "，提示，本评分表不扣分）：" : "，扣" + plain(p.points()) + "分）：");
        List<String> explanations = p.outcomes().stream().map(o -> trimEnd(o.explanation())).toList();
        out.append(String.join("；", explanations)).append("。");
        if (p.legalBasis() != null && !p.legalBasis().isBlank()) {
            out.append("依据：").append(p.legalBasis()).append("。");
        }
        return out.toString();
    }

    /** How many deductions a 表2 cell lists before it refers to 三、存在的主要问题 for the rest. */
    private static final int CELL_ITEMS = 4;

    /**
     * The explanations of an indicator's deductions, shortened for a table cell: each one cut to its share of
     * {@code maxLength} (its beginning names the project or fact), at most {@value #CELL_ITEMS} of them.
     */
    static String reasons(IndicatorScore leaf, int maxLength) {
        List<CheckOutcome> deductions = leaf.deductions();
        if (deductions.isEmpty()) {
            return "";
        }
        int shown = Math.min(CELL_ITEMS, deductions.size());
        int share = Math.max(40, maxLength / shown);
        StringBuilder out = new StringBuilder();
        for (CheckOutcome o : deductions.subList(0, shown)) {
            String one = "扣" + plain(o.points()) + "分：" + trimEnd(o.explanation());
            out.append(one.length() > share ? one.substring(0, share - 1) + "…" : one).append("。");
        }
        if (deductions.size() > shown) {
            out.append("等共").append(deductions.size()).append("处，见“三、存在的主要问题”。");
        }
        if (leaf.capped()) {
            out.append("各项合计").append(plain(leaf.claimed())).append("分，超过分值，扣完为止。");
        }
        return out.toString();
    }

    private static String trimEnd(String text) {
        String t = text == null ? "" : text.strip();
        while (!t.isEmpty() && "。；;.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
