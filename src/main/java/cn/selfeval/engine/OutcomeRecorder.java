package cn.selfeval.engine;

import cn.selfeval.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/** The global {@code outcome} of every rule: collects what each check found for each fact. */
public final class OutcomeRecorder {

    private final Map<String, RuleInfo> rulesByName;
    private final List<CheckOutcome> outcomes = new ArrayList<>();

    OutcomeRecorder(Map<String, RuleInfo> rulesByName) {
        this.rulesByName = rulesByName;
    }

    public OutcomeBuilder of(RuleContext kcontext, Fact fact) {
        RuleInfo rule = rulesByName.get(kcontext.getRule().getName());
        return new OutcomeBuilder(rule, fact.factKind(), fact.factId(), fact.factName(), outcomes::add);
    }

    /** For a check written as data: the outcome of one of its named rules for a fact. */
    public OutcomeBuilder of(RuleInfo rule, Fact fact) {
        return new OutcomeBuilder(rule, fact.factKind(), fact.factId(), fact.factName(), outcomes::add);
    }

    List<CheckOutcome> outcomes() {
        return outcomes;
    }
}
