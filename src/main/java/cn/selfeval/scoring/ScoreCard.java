package cn.selfeval.scoring;

import java.math.BigDecimal;
import cn.selfeval.model.Unit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole result of checking one submission: the indicator tree with scores and every outcome.
 *
 * @param submissionSha256 SHA-256 (lower-case hex) of the submission's bytes as they were parsed, so that a
 *                         reviewer can prove which file a score card belongs to; null when the submission was not
 *                         read from bytes
 */
public record ScoreCard(
        String submissionFile,
        String submissionSha256,
        Unit unit,
        int year,
        PackInfo rulePack,
        Summary summary,
        SelfScoreAudit selfScoreAudit,
        List<IndicatorScore> indicators) {

    /** A score card whose submission's hash is not known yet (the checker adds it). */
    public ScoreCard(String submissionFile, Unit unit, int year, PackInfo rulePack, Summary summary,
            SelfScoreAudit selfScoreAudit, List<IndicatorScore> indicators) {
        this(submissionFile, null, unit, year, rulePack, summary, selfScoreAudit, indicators);
    }

    public ScoreCard withSubmissionSha256(String sha256) {
        return new ScoreCard(submissionFile, sha256, unit, year, rulePack, summary, selfScoreAudit, indicators);
    }

    /** Every indicator, depth first. */
    public Stream<IndicatorScore> flatten() {
        return indicators.stream().flatMap(ScoreCard::flatten);
    }

    private static Stream<IndicatorScore> flatten(IndicatorScore score) {
        return Stream.concat(Stream.of(score), score.children().stream().flatMap(ScoreCard::flatten));
    }

    /**
     * The rule pack as the output names it, so a reviewer can tell which rules produced a result.
     *
     * @param notices what every output says about the pack before any figure (草稿, a framework used as a stand-in),
     *                see {@link cn.selfeval.rulepack.PackNotices}; empty for a live pack verified for the district
     */
    public record PackInfo(String id, String name, String version, String contentHash, List<String> notices) {

        public PackInfo {
            notices = notices == null ? List.of() : List.copyOf(notices);
        }
    }

    /**
     * @param maxPoints       the framework's total
     * @param checkedPoints   the points of the indicators the pack checks
     * @param score           points earned on the checked indicators
     * @param selfScore       the unit's self-score on the same checked indicators, when it gave them all
     * @param grade           the framework's grade for the score; null while some indicator is not checked
     * @param notedCount      findings the framework gives no points (提示): listed, never deducted
     */
    public record Summary(BigDecimal maxPoints, BigDecimal checkedPoints, BigDecimal score, BigDecimal selfScore,
            String grade, int deductionCount, BigDecimal deductedPoints, int undeterminedCount, int notedCount) {

        public boolean complete() {
            return checkedPoints.compareTo(maxPoints) == 0;
        }
    }
}
