package cn.selfeval.engine;

import cn.selfeval.checks.RuleMessages;
import cn.selfeval.model.Fact;
import cn.selfeval.rulepack.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/** The global {@code outcome} of every rule: collects what each check found for each fact. */
public final class OutcomeRecorder {

    private final Map<String, RuleInfo> rulesByName;
    private final Parameters params;
    private final int year;
    private final List<CheckOutcome> outcomes = new ArrayList<>();

    OutcomeRecorder(Map<String, RuleInfo> rulesByName, Parameters params, int year) {
        this.rulesByName = rulesByName;
        this.params = params;
        this.year = year;
    }

    /** For a hand-written rule: its explanation is a message template over the fact's fields. */
    public OutcomeBuilder of(RuleContext kcontext, Fact fact) {
        RuleInfo rule = rulesByName.get(kcontext.getRule().getName());
        return new OutcomeBuilder(rule, fact.factKind(), fact.factId(), fact.factName(), outcomes::add,
                (text, variables) -> RuleMessages.render(text, fact, variables, params, year));
    }

    /** For a check written as data: the outcome of one of its named rules, its message already rendered. */
    public OutcomeBuilder of(RuleInfo rule, Fact fact) {
        return new OutcomeBuilder(rule, fact.factKind(), fact.factId(), fact.factName(), outcomes::add,
                (text, variables) -> text);
    }

    List<CheckOutcome> outcomes() {
        return outcomes;
    }
}
