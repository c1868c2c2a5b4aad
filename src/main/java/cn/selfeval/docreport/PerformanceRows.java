package cn.selfeval.docreport;

import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.checks.kinds.CompletionCheck;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.Comparison;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.model.IndicatorDirection;
import cn.selfeval.model.PerformanceIndicator;
import cn.selfeval.model.Submission;
import cn.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 表3: each performance indicator of the submission with its target and actual (the facts), and its completion
 * rate, points and score as the completion check found them (the outcome of that indicator on the score card).
 */
record PerformanceRows(List<List<String>> rows) {

    static final List<String> HEADERS = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "年度实现值", "完成率", "分值", "得分");

    private static final String FACT_KIND = "绩效指标";

    static PerformanceRows of(ScoreCard card, Submission submission) {
        Map<String, CheckOutcome> byIndicator = new HashMap<>();
        card.flatten().flatMap(i -> i.outcomes().stream()).filter(o -> FACT_KIND.equals(o.factKind()))
                .forEach(o -> byIndicator.putIfAbsent(o.factId(), o));
        List<List<String>> rows = new ArrayList<>();
        for (PerformanceIndicator indicator : submission.performanceIndicators()) {
            CheckOutcome outcome = byIndicator.get(indicator.id());
            rows.add(List.of(indicator.section() == null ? "" : indicator.section().label(),
                    indicator.category() == null ? "" : indicator.category(), indicator.name(),
                    target(indicator), actual(indicator), completion(outcome), weight(outcome), score(outcome)));
        }
        return new PerformanceRows(rows);
    }

    private static String target(PerformanceIndicator i) {
        if (i.qualitative()) {
            return "达成";
        }
        if (i.target() == null) {
            return "未填报";
        }
        String prefix = i.direction() == IndicatorDirection.AT_MOST ? "≤" : i.direction() == IndicatorDirection.AT_LEAST ? "≥" : "";
        return prefix + plain(i.target()) + unit(i);
    }

    private static String actual(PerformanceIndicator i) {
        String value = i.qualitative() ? (i.met() == null ? "未填报" : i.met() ? "已达成" : "未达成")
                : i.actual() == null ? "未填报" : plain(i.actual()) + unit(i);
        return i.evidence() == null || i.evidence().isBlank() ? value : value + "（" + i.evidence() + "）";
    }

    private static String unit(PerformanceIndicator i) {
        return i.unit() == null ? "" : i.unit();
    }

    private static String completion(CheckOutcome o) {
        if (o == null) {
            return "—";
        }
        String rate = compared(o, "rate");
        if (rate != null) {
            return rate + "%";
        }
        return o.status() == OutcomeStatus.PASSED ? "100%" : "—";
    }

    private static String weight(CheckOutcome o) {
        if (o == null) {
            return "—";
        }
        String weight = compared(o, "weight");
        return weight != null ? weight : o.deducted() ? plain(o.points()) : "—";
    }

    private static String score(CheckOutcome o) {
        if (o == null) {
            return "—";
        }
        if (o.status() == OutcomeStatus.UNDETERMINED) {
            return "待核定";
        }
        String weight = compared(o, "weight");
        if (!o.deducted()) {
            return weight == null ? "—" : weight;
        }
        BigDecimal share = weight == null ? o.points() : new BigDecimal(weight);
        return plain(share.subtract(o.points()));
    }

    /** The value the completion check showed for one of its variables, found by the variable's label. */
    private static String compared(CheckOutcome o, String variable) {
        String label = CompletionCheck.VARIABLES.stream().filter(v -> v.name().equals(variable)).map(Variable::label)
                .findFirst().orElseThrow();
        return o.compared().stream().filter(c -> c.label().equals(label)).map(Comparison::value).findFirst().orElse(null);
    }
}
