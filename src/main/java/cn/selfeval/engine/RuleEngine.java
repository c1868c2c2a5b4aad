package cn.selfeval.engine;

import cn.selfeval.model.EvaluationYear;
import cn.selfeval.model.Fact;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.RulePackException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs a compiled pack over one submission and returns every check outcome in a stable order. */
public final class RuleEngine {

    public static final String OUTCOME_GLOBAL = "outcome";
    public static final String PARAMS_GLOBAL = "params";
    public static final String CALENDAR_GLOBAL = "calendar";
    public static final String FRAMEWORK_GLOBAL = "framework";

    private RuleEngine() {
    }

    public static List<CheckOutcome> run(CompiledPack compiled, Submission submission) {
        OutcomeRecorder recorder = new OutcomeRecorder(compiled.rulesByName());
        KieSession session = compiled.kieBase().newKieSession();
        try {
            Map<String, Object> globals = Map.of(
                    OUTCOME_GLOBAL, recorder,
                    PARAMS_GLOBAL, compiled.pack().parameters().forYear(submission.year()),
                    CALENDAR_GLOBAL, compiled.pack().calendar(),
                    FRAMEWORK_GLOBAL, compiled.pack().framework());
            // Drools rejects a global no rule file declares, and a pack need not use them all.
            compiled.declaredGlobals().forEach(name -> session.setGlobal(name, globals.get(name)));
            submission.facts().forEach(session::insert);
            session.fireAllRules();
        } catch (ConsequenceException e) {
            String file = compiled.pack().displayPath(compiled.rulesByName().get(e.getMatch().getRule().getName()).file());
            throw new RulePackException(file + "：规则「" + e.getMatch().getRule().getName() + "」" + facts(e)
                    + "执行出错：" + rootMessage(e));
        } catch (RuntimeException e) {
            throw new RulePackException("规则执行出错：" + rootMessage(e));
        } finally {
            session.dispose();
        }
        return sorted(compiled, recorder.outcomes());
    }

    /** Framework order of the indicator, then fact id, then rule name: the same input gives the same list. */
    private static List<CheckOutcome> sorted(CompiledPack compiled, List<CheckOutcome> outcomes) {
        Map<String, Integer> position = compiled.indicatorOrder();
        return outcomes.stream()
                .sorted(Comparator.comparing((CheckOutcome o) -> position.getOrDefault(o.indicatorCode(), -1))
                        .thenComparing(CheckOutcome::factId)
                        .thenComparing(CheckOutcome::ruleName)
                        .thenComparing(CheckOutcome::explanation))
                .toList();
    }

    /** "对事实 采购项目 P1「名称」" — the facts the failing match was about, so that the data can be found. */
    private static String facts(ConsequenceException e) {
        String facts = e.getMatch().getObjects().stream()
                .filter(Fact.class::isInstance).map(Fact.class::cast)
                .filter(f -> !(f instanceof EvaluationYear))
                .map(f -> f.factKind() + " " + f.factId() + "「" + f.factName() + "」")
                .collect(Collectors.joining("、"));
        return facts.isEmpty() ? "" : "对事实 " + facts + " ";
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
