package cn.selfeval.ruletest;

import cn.selfeval.engine.CheckOutcome;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether the tests exercise every rule both ways: at least one case where the rule produces an outcome
 * (it fires) and at least one where it produces none (it stays silent). A rule that fires in every case
 * has never been shown to hold back; one that never fires has never been shown to work.
 * Cases whose data could not even be read (no outcomes, a failure) count for neither.
 */
public record RuleCoverage(List<String> neverFires, List<String> neverSilent) {

    public static RuleCoverage of(Collection<String> ruleNames, List<CaseResult> results) {
        Set<String> fired = new TreeSet<>();
        Set<String> silentSomewhere = new TreeSet<>();
        for (CaseResult result : results) {
            if (!ran(result)) {
                continue;
            }
            Set<String> firedHere = result.outcomes().stream().map(CheckOutcome::ruleName).collect(Collectors.toSet());
            fired.addAll(firedHere);
            ruleNames.stream().filter(r -> !firedHere.contains(r)).forEach(silentSomewhere::add);
        }
        List<String> sorted = ruleNames.stream().sorted().toList();
        return new RuleCoverage(
                sorted.stream().filter(r -> !fired.contains(r)).toList(),
                sorted.stream().filter(r -> !silentSomewhere.contains(r)).toList());
    }

    public boolean complete() {
        return neverFires.isEmpty() && neverSilent.isEmpty();
    }

    private static boolean ran(CaseResult result) {
        return result.passed() || !result.outcomes().isEmpty();
    }
}
