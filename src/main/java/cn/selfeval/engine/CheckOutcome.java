package cn.selfeval.engine;

import cn.selfeval.input.FactLocation;
import cn.selfeval.rulepack.RulePackException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one rule found for one fact: the indicator it scores, the rule (file and name), the legal basis,
 * the fact, the status, the points deducted (0 unless DEDUCTED), the Chinese explanation, the values
 * compared and the limit they were compared with.
 * <p>
 * A submission gets an outcome for every check of every fact, most of them 符合; their texts are written only when
 * someone reads them (a report, the JSON, a test), once, so that a report that lists only the deductions does not
 * pay for the rest. Two outcomes are equal when every value, texts included, is.
 */
@JsonPropertyOrder({"indicatorCode", "ruleFile", "ruleName", "legalBasis", "factKind", "factId", "factName", "location", "status",
        "points", "explanation", "compared", "limit"})
public final class CheckOutcome {

    /**
     * The texts of an outcome, written on first use.
     *
     * @param improvement what the unit should do about a deduction (整改建议, the check's {@code improvement}
     *                    template); empty when the check gives none or the outcome deducts nothing
     */
    public record Texts(String explanation, List<Comparison> compared, String limit, String improvement) {

        public Texts {
            compared = List.copyOf(compared);
            improvement = improvement == null ? "" : improvement;
        }

        public Texts(String explanation, List<Comparison> compared, String limit) {
            this(explanation, compared, limit, "");
        }
    }

    private final String indicatorCode;
    private final String ruleFile;
    private final String ruleName;
    private final String legalBasis;
    private final String factKind;
    private final String factId;
    private final String factName;
    private final OutcomeStatus status;
    private final BigDecimal points;
    private final FactLocation location;
    /** The outcome this one adds a location to, which writes the texts; null for an outcome of its own. */
    private final CheckOutcome original;
    private Supplier<Texts> writer;
    private volatile Texts texts;

    public CheckOutcome(String indicatorCode, String ruleFile, String ruleName, String legalBasis, String factKind,
            String factId, String factName, OutcomeStatus status, BigDecimal points, String explanation,
            List<Comparison> compared, String limit) {
        this(indicatorCode, ruleFile, ruleName, legalBasis, factKind, factId, factName, status, points,
                new Texts(explanation, compared, limit));
    }

    private CheckOutcome(String indicatorCode, String ruleFile, String ruleName, String legalBasis, String factKind,
            String factId, String factName, OutcomeStatus status, BigDecimal points, Texts texts) {
        this(indicatorCode, ruleFile, ruleName, legalBasis, factKind, factId, factName, status, points, (Supplier<Texts>) null);
        this.texts = texts;
    }

    /** @param writer writes the texts when first asked for; must give the same texts whenever called */
    public CheckOutcome(String indicatorCode, String ruleFile, String ruleName, String legalBasis, String factKind,
            String factId, String factName, OutcomeStatus status, BigDecimal points, Supplier<Texts> writer) {
        this.indicatorCode = indicatorCode;
        this.ruleFile = ruleFile;
        this.ruleName = ruleName;
        this.legalBasis = legalBasis;
        this.factKind = factKind;
        this.factId = factId;
        this.factName = factName;
        this.status = status;
        this.points = points;
        this.location = null;
        this.original = null;
        this.writer = writer;
    }

    private CheckOutcome(CheckOutcome outcome, FactLocation location) {
        this.indicatorCode = outcome.indicatorCode;
        this.ruleFile = outcome.ruleFile;
        this.ruleName = outcome.ruleName;
        this.legalBasis = outcome.legalBasis;
        this.factKind = outcome.factKind;
        this.factId = outcome.factId;
        this.factName = outcome.factName;
        this.status = outcome.status;
        this.points = outcome.points;
        this.location = location;
        this.original = outcome;
        this.texts = outcome.texts;
        this.writer = this.texts == null ? outcome::texts : null; // still written once, by the original
    }

    /** The same outcome, saying where its fact was filled in. */
    public CheckOutcome withLocation(FactLocation where) {
        return new CheckOutcome(this, where);
    }

    private Texts texts() {
        Texts written = texts;
        if (written == null) {
            synchronized (this) {
                written = texts;
                if (written == null) {
                    written = texts = write();
                    writer = null;
                }
            }
        }
        return written;
    }

    /** A rule whose message cannot be written is a mistake in the pack: said with the rule and the fact. */
    private Texts write() {
        try {
            return Objects.requireNonNull(writer.get());
        } catch (RuntimeException e) {
            if (original != null) {
                throw e; // the original outcome has already said it with the rule and the fact
            }
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new RulePackException(ruleFile + "：规则「" + ruleName + "」对事实 " + factKind + " " + factId + "「" + factName
                    + "」生成说明时出错：" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    @JsonProperty
    public String indicatorCode() {
        return indicatorCode;
    }

    @JsonProperty
    public String ruleFile() {
        return ruleFile;
    }

    @JsonProperty
    public String ruleName() {
        return ruleName;
    }

    @JsonProperty
    public String legalBasis() {
        return legalBasis;
    }

    @JsonProperty
    public String factKind() {
        return factKind;
    }

    @JsonProperty
    public String factId() {
        return factId;
    }

    @JsonProperty
    public String factName() {
        return factName;
    }

    /** Where the fact was filled in (sheet and row, or JSON path); null when not known. */
    @JsonProperty
    public FactLocation location() {
        return location;
    }

    @JsonProperty
    public OutcomeStatus status() {
        return status;
    }

    @JsonProperty
    public BigDecimal points() {
        return points;
    }

    @JsonProperty
    public String explanation() {
        return texts().explanation();
    }

    @JsonProperty
    public List<Comparison> compared() {
        return texts().compared();
    }

    @JsonProperty
    public String limit() {
        return texts().limit();
    }

    /** The check's 整改建议 for this deduction; empty when it has none. Not part of the JSON report. */
    @JsonIgnore
    public String improvement() {
        return texts().improvement();
    }

    @JsonIgnore
    public boolean deducted() {
        return status == OutcomeStatus.DEDUCTED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckOutcome o && indicatorCode.equals(o.indicatorCode) && Objects.equals(ruleFile, o.ruleFile)
                && ruleName.equals(o.ruleName) && Objects.equals(legalBasis, o.legalBasis)
                && Objects.equals(factKind, o.factKind) && Objects.equals(factId, o.factId)
                && Objects.equals(factName, o.factName) && Objects.equals(location, o.location) && status == o.status && Objects.equals(points, o.points)
                && texts().equals(o.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicatorCode, ruleFile, ruleName, factKind, factId, status, points);
    }

    @Override
    public String toString() {
        return "CheckOutcome[" + indicatorCode + " " + ruleName + " " + factKind + " " + factId + " " + status + " "
                + points + " " + explanation() + "]";
    }
}
