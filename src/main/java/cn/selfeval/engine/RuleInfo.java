package cn.selfeval.engine;

/** A compiled rule as a reviewer cites it: file, name, the indicator it scores and its legal basis. */
public record RuleInfo(String file, String name, String indicatorCode, String legalBasis) {

    /** Metadata keys every rule must carry. Not fact class names (a key equal to one breaks that class). */
    public static final String INDICATOR_KEY = "indicatorCode";
    public static final String LEGAL_BASIS_KEY = "legalBasis";
}
