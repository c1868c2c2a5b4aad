package cn.selfeval.engine;

import cn.selfeval.input.FactLocations;
import cn.selfeval.checks.Check;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.PerFactCheck;
import cn.selfeval.checks.Position;
import cn.selfeval.model.EvaluationYear;
import cn.selfeval.model.Fact;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.Parameters;
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
    public static final String CHECKS_GLOBAL = "checks";

    private RuleEngine() {
    }

    public static List<CheckOutcome> run(CompiledPack compiled, Submission submission) {
        return run(compiled, submission, FactLocations.NONE);
    }

    /** @param locations where the submitted form has each fact, for messages in the form's language */
    public static List<CheckOutcome> run(CompiledPack compiled, Submission submission, FactLocations locations) {
        Parameters params = compiled.pack().parameters().forYear(submission.year());
        OutcomeRecorder recorder = new OutcomeRecorder(compiled.rulesByName(), params, submission.year());
        KieSession session = compiled.kieBase().newKieSession();
        try {
            Map<String, Object> globals = Map.of(
                    OUTCOME_GLOBAL, recorder,
                    PARAMS_GLOBAL, params,
                    CALENDAR_GLOBAL, compiled.pack().calendar(),
                    FRAMEWORK_GLOBAL, compiled.pack().framework(),
                    CHECKS_GLOBAL, new CheckContext(submission.year(), params, compiled.pack().calendar(),
                            compiled.pack().framework(), recorder, locations));
            // Drools rejects a global no rule file declares, and a pack need not use them all.
            compiled.declaredGlobals().forEach(name -> session.setGlobal(name, globals.get(name)));
            compiled.checks().forEach(session::insert);
            submission.facts().forEach(session::insert);
            session.fireAllRules();
        } catch (ConsequenceException e) {
            throw new RulePackException(failedRule(compiled, e) + facts(e) + "执行出错：" + rootMessage(e));
        } catch (RuntimeException e) {
            throw new RulePackException("规则执行出错：" + rootMessage(e));
        } finally {
            session.dispose();
        }
        return sorted(compiled, recorder.outcomes());
    }

    /**
     * What one check written as data records for one fact, judged directly rather than by the session: for
     * {@code selfeval watch}'s "if the step comes on that day" (the fact with a date changed, never a submitted one).
     */
    public static List<CheckOutcome> judge(CompiledPack compiled, PerFactCheck check, Fact fact, int year) {
        Parameters params = compiled.pack().parameters().forYear(year);
        OutcomeRecorder recorder = new OutcomeRecorder(compiled.rulesByName(), params, year);
        check.evaluate(fact, new CheckContext(year, params, compiled.pack().calendar(), compiled.pack().framework(),
                recorder));
        return List.copyOf(recorder.outcomes());
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

    /** "file：规则「name」" for a hand-written rule, "file:line：检查「name」" for a check written as data. */
    private static String failedRule(CompiledPack compiled, ConsequenceException e) {
        for (Object object : e.getMatch().getObjects()) {
            if (object instanceof Check check) {
                Position at = check.definition().position();
                return compiled.pack().displayPath(at.file()) + ":" + at.line() + "：检查「" + check.definition().name() + "」";
            }
        }
        RuleInfo rule = compiled.rulesByName().get(e.getMatch().getRule().getName());
        return compiled.pack().displayPath(rule.file()) + "：规则「" + rule.name() + "」";
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
