package cn.selfeval.report;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.Comparison;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.scoring.ScoreCard;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a document {@link JsonReport} wrote back into the score card it was written from, so that a stored
 * card can be shown, compared and exported again; {@code JsonReport.render(read(json))} gives the same bytes.
 */
public final class JsonReportReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a version 1 card is read through a tree: its 9.90 must stay 9.90, so that it renders to the same bytes
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .addMixIn(CheckOutcome.class, OutcomeCreator.class);

    private JsonReportReader() {
    }

    /**
     * Reads a card of this format version or an earlier one (a card a review round stored before an upgrade): a
     * version 1 card's {@code rulePack.path}, removed in version 2, is dropped; what it said is in the stored text.
     *
     * @throws IllegalArgumentException when the text is not a selfeval score card of a known format version
     */
    public static ScoreCard read(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            String tool = tree.path("tool").asText(null);
            String version = tree.path("formatVersion").asText(null);
            if (!JsonReport.TOOL.equals(tool) || !KNOWN_VERSIONS.contains(version)) {
                throw new IllegalArgumentException("评分表文档的格式版本 " + version + " 不是本程序写出的 "
                        + String.join("、", KNOWN_VERSIONS) + " 之一");
            }
            if ("1".equals(version) && tree.path("scoreCard").path("rulePack") instanceof ObjectNode pack) {
                pack.remove("path");
            }
            return MAPPER.treeToValue(tree, Document.class).scoreCard();
        } catch (IOException e) {
            throw new IllegalArgumentException("不是 selfeval 评分表文档：" + e.getMessage(), e);
        }
    }

    /** The format versions this reader takes, oldest first. */
    static final List<String> KNOWN_VERSIONS = List.of("1", JsonReport.FORMAT_VERSION);

    record Document(String formatVersion, String tool, ScoreCard scoreCard) {
    }

    /** The outcome's public constructor, named for Jackson (records need nothing). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    abstract static class OutcomeCreator {
        @JsonCreator
        OutcomeCreator(@JsonProperty("indicatorCode") String indicatorCode, @JsonProperty("ruleFile") String ruleFile,
                @JsonProperty("ruleName") String ruleName, @JsonProperty("legalBasis") String legalBasis,
                @JsonProperty("factKind") String factKind, @JsonProperty("factId") String factId,
                @JsonProperty("factName") String factName, @JsonProperty("status") OutcomeStatus status,
                @JsonProperty("points") BigDecimal points, @JsonProperty("explanation") String explanation,
                @JsonProperty("compared") List<Comparison> compared, @JsonProperty("limit") String limit) {
        }
    }

}
