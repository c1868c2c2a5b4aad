package cn.selfeval.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One upload of a unit's submission that was not the same bytes again: its bytes (by SHA-256), its score card
 * as the JSON document {@code check --format json} prints, or — refused — the messages that say why.
 *
 * @param unitId   null when a refused upload names no unit the round could match
 * @param refusal  the API's kind of the refusal (invalid-submission, no-pack …); null when checked
 * @param cardJson the stored score card; null when refused
 */
public record Version(String id, String roundId, String unitId, int number, String sha256, String fileName,
        boolean checked, String refusal, List<String> problems, String cardJson, String packId, String packVersion,
        String packHash, String gradesJson, BigDecimal selfScore, BigDecimal computed, String computedGrade,
        Instant uploadedAt, Actor uploadedBy) {
}
