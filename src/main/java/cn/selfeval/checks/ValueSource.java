package cn.selfeval.checks;

import cn.selfeval.engine.Values;

/** A named value a message, a comparison or a condition can use, with its Chinese label. */
public interface ValueSource {

    Object value(Evaluation evaluation);

    String label();

    ValueType type();

    /** The value as a message or a comparison shows it (a percentage by its label "…（%）", see {@link Values#shown}). */
    default String shown(Evaluation evaluation) {
        return Values.shown(value(evaluation), label());
    }
}
