package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.Condition;
import cn.selfeval.model.Fact;
import java.util.List;

/**
 * kind: condition — each fact that meets a condition gets that finding (e.g. 每例扣0.5分，扣完为止). Every finding that
 * holds is recorded (a purchase can be both over budget and above its standard); when none holds, the fact gets
 * {@code otherwise} (usually 符合).
 */
public final class ConditionCheck extends PerFactCheck {

    private final List<OutcomeSpec> findings;
    private final OutcomeSpec otherwise;

    public ConditionCheck(Definition definition, Condition only, List<OutcomeSpec> cases, List<OutcomeSpec> findings,
            OutcomeSpec otherwise) {
        super(definition, only, cases);
        this.findings = findings;
        this.otherwise = otherwise;
    }

    @Override
    protected void judge(Fact fact, Evaluation evaluation) {
        boolean found = false;
        for (OutcomeSpec finding : findings) {
            if (finding.when().test(evaluation)) {
                finding.emit(fact, evaluation);
                found = true;
            }
        }
        if (!found) {
            emit(otherwise, fact, evaluation);
        }
    }
}
