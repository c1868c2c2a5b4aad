package cn.selfeval.web.view;

import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.report.OutcomeText;
import cn.selfeval.web.MissingFacts;
import java.util.stream.Collectors;

/**
 * One check outcome as the pages show it: the mark ("扣 0.5 分", "未提供事实 扣 2 分", "符合"…), the fact, the
 * explanation, where the fact was filled in (填报位置), the values compared, the requirement, the legal basis and the rule.
 *
 * @param kind a CSS class: deducted, missing, noted, undetermined, passed, exempt, not-applicable
 */
public record OutcomeView(String kind, String mark, String fact, String explanation, String where, String compared,
        String limit, String legalBasis, String rule) {

    public static OutcomeView of(CheckOutcome o) {
        boolean missing = MissingFacts.isMissingFacts(o);
        String kind = missing ? "missing" : switch (o.status()) {
            case DEDUCTED -> "deducted";
            case UNDETERMINED -> "undetermined";
            case NOTED -> "noted";
            case PASSED -> "passed";
            case EXEMPT -> "exempt";
            case NOT_APPLICABLE -> "not-applicable";
        };
        String mark = o.status() == OutcomeStatus.DEDUCTED
                ? (missing ? "未提供事实 · 扣 " : "扣 ") + plain(o.points()) + " 分" : o.status().label();
        String fact = o.factKind() + " " + o.factId() + (o.factName() == null || o.factName().isBlank()
                || o.factName().equals(o.factId()) ? "" : "「" + o.factName() + "」");
        String compared = o.compared().stream().map(c -> c.label() + " " + c.value()).collect(Collectors.joining("；"));
        String where = OutcomeText.where(o);
        return new OutcomeView(kind, mark, fact, o.explanation(), where == null ? "" : where, compared, o.limit() == null ? "" : o.limit(),
                o.legalBasis(), o.ruleFile() + "「" + o.ruleName() + "」");
    }
}
