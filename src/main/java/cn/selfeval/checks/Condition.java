package cn.selfeval.checks;

/** A condition on one fact, compiled from the plain YAML a check states it in (see {@link ConditionCompiler}). */
@FunctionalInterface
public interface Condition {

    Condition ALWAYS = e -> true;

    boolean test(Evaluation evaluation);

    default Condition and(Condition other) {
        return e -> test(e) && other.test(e);
    }
}
