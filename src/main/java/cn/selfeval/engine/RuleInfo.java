package cn.selfeval.engine;

/**
 * A compiled rule as a reviewer cites it: file, name, the indicator it scores and its legal basis.
 *
 * @param file     the pack-relative path of its rule file
 * @param citation how outputs name that file: the pack-relative path for the pack's own files, the real path
 *                 for a file inherited from a parent pack (so a reviewer can open it)
 */
public record RuleInfo(String file, String citation, String name, String indicatorCode, String legalBasis) {

    /** Metadata keys every rule must carry. Not fact class names (a key equal to one breaks that class). */
    public static final String INDICATOR_KEY = "indicatorCode";
    public static final String LEGAL_BASIS_KEY = "legalBasis";
}
