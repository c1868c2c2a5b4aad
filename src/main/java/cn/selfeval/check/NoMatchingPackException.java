package cn.selfeval.check;

import cn.selfeval.rulepack.RulePackException;
import java.util.List;

/**
 * No rule pack serves the submission's year and district. The packs themselves are fine: the remedy is another
 * pack (or --pack), not "rules validate". A subclass of {@link RulePackException} so that every command that
 * reports unusable packs reports this too, and can tell it apart (exit code 6 instead of 4).
 */
public final class NoMatchingPackException extends RulePackException {

    public NoMatchingPackException(List<String> problems) {
        super(problems);
    }
}
