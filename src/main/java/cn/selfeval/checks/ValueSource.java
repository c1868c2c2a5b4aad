package cn.selfeval.checks;

/** A named value a message, a comparison or a condition can use, with its Chinese label. */
public interface ValueSource {

    Object value(Evaluation evaluation);

    String label();

    ValueType type();
}
