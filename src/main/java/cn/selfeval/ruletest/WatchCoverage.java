package cn.selfeval.ruletest;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.kinds.DeadlineCheck;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the tests show {@code selfeval watch} working for every check it lists (each deadline check and each check
 * with {@code watch: { due: yearEnd }}): at least one case with a {@code watch:} expectation naming it.
 *
 * @param neverWatched the names of the checks no case's {@code watch:} expectation names, in pack order
 */
public record WatchCoverage(List<String> neverWatched) {

    public static WatchCoverage of(Collection<Check> checks, List<RuleTestFile> files) {
        Set<String> named = files.stream().flatMap(f -> f.cases().stream()).flatMap(c -> c.watch().stream())
                .map(ExpectedWatchItem::check).collect(Collectors.toSet());
        return new WatchCoverage(checks.stream().filter(WatchCoverage::watched).map(c -> c.definition().name())
                .filter(name -> !named.contains(name)).distinct().toList());
    }

    /** The checks {@code selfeval watch} lists items of. */
    public static boolean watched(Check check) {
        return check instanceof DeadlineCheck
                || check.watch() != null && (check.watch().yearEnd() || check.watch().before() != null);
    }

    public boolean complete() {
        return neverWatched.isEmpty();
    }
}
