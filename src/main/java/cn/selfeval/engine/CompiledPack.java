package cn.selfeval.engine;

import cn.selfeval.rulepack.RulePack;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/** A rule pack whose DRL compiled, with every rule's file, indicator and legal basis. */
public record CompiledPack(RulePack pack, KieBase kieBase, Map<String, RuleInfo> rulesByName) {

    public Collection<RuleInfo> rules() {
        return rulesByName.values();
    }

    /** Indicator codes that at least one rule scores: the indicators that are checked. */
    public Set<String> checkedIndicators() {
        return rulesByName.values().stream().map(RuleInfo::indicatorCode).collect(Collectors.toSet());
    }
}
