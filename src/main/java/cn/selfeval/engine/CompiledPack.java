package cn.selfeval.engine;

import java.util.stream.IntStream;
import java.util.List;
import cn.selfeval.checks.Check;
import cn.selfeval.checks.LawRegistry;
import cn.selfeval.rulepack.RulePack;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Global;

/**
 * A rule pack whose checks and DRL compiled, with every rule's file, indicator and legal basis. A rule is a rule of
 * a hand-written .drl file or a named outcome of a check written as data.
 *
 * @param checks         the checks written as data, inserted as facts into every session
 * @param laws           the laws the pack cites (laws.yaml)
 * @param indicatorOrder each indicator code's position in the framework, for ordering outcomes
 * @param checkedIndicators indicator codes that at least one rule scores: the indicators that are checked
 * @param declaredGlobals   the globals the pack's rule files declare ({@code outcome}, {@code params}, …)
 * @param kindOutcomeNames  the names of the kinds' own outcomes, given where a check writes none
 *                          ("check：不属于评价年度"): not rules of the pack (no rule test is owed for them), but a rule
 *                          test may name them
 */
public record CompiledPack(RulePack pack, KieBase kieBase, Map<String, RuleInfo> rulesByName, List<Check> checks,
        LawRegistry laws, Map<String, Integer> indicatorOrder, Set<String> checkedIndicators, Set<String> declaredGlobals,
        Set<String> kindOutcomeNames) {

    CompiledPack(RulePack pack, KieBase kieBase, Map<String, RuleInfo> rulesByName, List<Check> checks,
            LawRegistry laws, Set<String> kindOutcomeNames) {
        this(pack, kieBase, rulesByName, List.copyOf(checks), laws, positions(pack), rulesByName.values().stream()
                .map(RuleInfo::indicatorCode).collect(Collectors.toUnmodifiableSet()), globals(kieBase),
                Set.copyOf(kindOutcomeNames));
    }

    private static Map<String, Integer> positions(RulePack pack) {
        List<String> codes = List.copyOf(pack.framework().byCode().keySet());
        return IntStream.range(0, codes.size()).boxed().collect(Collectors.toUnmodifiableMap(codes::get, i -> i));
    }

    private static Set<String> globals(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .map(Global::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Collection<RuleInfo> rules() {
        return rulesByName.values();
    }

}
