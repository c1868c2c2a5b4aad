package cn.selfeval.model;

/** A fact that has its own {@code id} and {@code name} components, which name it in outcomes. */
public interface NamedFact extends Fact {

    String id();

    String name();

    @Override
    default String factId() {
        return id();
    }

    @Override
    default String factName() {
        return name();
    }
}
