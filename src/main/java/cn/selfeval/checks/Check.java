package cn.selfeval.checks;

import java.util.List;
import java.util.Set;

/**
 * A check written as data in a pack's {@code *.checks.yaml}: one indicator, the facts it examines, and its named
 * outcomes. Its kind (a Java class written and tested once) decides which outcome each fact gets; the generic rules
 * of {@code kinds.drl} make Drools run it over the submission's facts.
 */
public abstract class Check {

    private final Definition definition;
    private WatchSpec watch;

    /**
     * What every check states, whatever its kind.
     *
     * @param improvement the 整改建议 template as written ({@code improvement:}), null when the check has none
     */
    public record Definition(String name, String kind, String indicator, String facts, String description,
            Position position, List<OutcomeSpec> outcomes, Set<String> parameters, String improvement) {

        /** Whether some outcome of the check takes points off. */
        public boolean deducts() {
            return outcomes.stream().anyMatch(o -> o.status() == cn.selfeval.engine.OutcomeStatus.DEDUCTED);
        }
    }

    protected Check(Definition definition) {
        this.definition = definition;
    }

    public Definition definition() {
        return definition;
    }

    /** The list path of the facts it examines (the generic rules join on it). */
    public String facts() {
        return definition.facts();
    }

    public String indicator() {
        return definition.indicator();
    }

    /** Its {@code watch:} entry (see {@link WatchSpec}); null when it has none. */
    public WatchSpec watch() {
        return watch;
    }

    void watchAs(WatchSpec spec) {
        this.watch = spec;
    }

    @Override
    public String toString() {
        return definition.kind() + " " + definition.name() + " (" + definition.position() + ")";
    }
}
