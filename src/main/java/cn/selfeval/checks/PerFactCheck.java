package cn.selfeval.checks;

import cn.selfeval.model.Fact;
import java.util.List;
import java.util.Map;

/**
 * A check that judges each fact of its list on its own. Facts outside {@code only} are not its concern (no
 * outcome); then its {@code cases} are tried in order and the first that holds decides the fact's outcome (e.g.
 * 豁免, 不在评价年度内); otherwise its kind judges the fact.
 */
public abstract class PerFactCheck extends Check {

    private final Condition only;
    private final List<OutcomeSpec> cases;

    protected PerFactCheck(Definition definition, Condition only, List<OutcomeSpec> cases) {
        super(definition);
        this.only = only;
        this.cases = cases;
    }

    /** Called by the generic rule for every fact of the list. */
    public final void evaluate(Fact fact, CheckContext context) {
        Evaluation evaluation = new Evaluation(fact, Map.of(), context);
        if (!only.test(evaluation)) {
            return;
        }
        for (OutcomeSpec c : cases) {
            if (c.when().test(evaluation)) {
                c.emit(fact, evaluation);
                return;
            }
        }
        judge(fact, evaluation);
    }

    /**
     * Whether its kind judges the fact: the fact is within {@code only} and none of its {@code cases} (an exemption,
     * a fact outside the evaluation year …) decides it first.
     */
    public final boolean judgedByKind(Fact fact, CheckContext context) {
        Evaluation evaluation = new Evaluation(fact, Map.of(), context);
        return only.test(evaluation) && cases.stream().noneMatch(c -> c.when().test(evaluation));
    }

    protected abstract void judge(Fact fact, Evaluation evaluation);

    /** Records an outcome when the check defines it (an outcome left out means: nothing to say). */
    protected static void emit(OutcomeSpec spec, Fact fact, Evaluation evaluation) {
        if (spec != null) {
            spec.emit(fact, evaluation);
        }
    }
}
