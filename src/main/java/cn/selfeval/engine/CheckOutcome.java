package cn.selfeval.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one rule found for one fact: the indicator it scores, the rule (file and name), the legal basis,
 * the fact, the status, the points deducted (0 unless DEDUCTED), the Chinese explanation, the values
 * compared and the limit they were compared with.
 */
public record CheckOutcome(
        String indicatorCode,
        String ruleFile,
        String ruleName,
        String legalBasis,
        String factKind,
        String factId,
        String factName,
        OutcomeStatus status,
        BigDecimal points,
        String explanation,
        List<Comparison> compared,
        String limit) {

    public CheckOutcome {
        compared = List.copyOf(compared);
    }

    public boolean deducted() {
        return status == OutcomeStatus.DEDUCTED;
    }
}
