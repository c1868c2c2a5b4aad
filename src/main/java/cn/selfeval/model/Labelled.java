package cn.selfeval.model;

/** An enumerated value with a JSON code (English) and the label a user reads (Chinese). */
public interface Labelled {
    String code();

    String label();
}
