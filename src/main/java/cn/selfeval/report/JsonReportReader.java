package cn.selfeval.report;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.Comparison;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.scoring.ScoreCard;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            .addMixIn(CheckOutcome.class, OutcomeCreator.class)
            .addMixIn(ScoreCard.PackInfo.class, PackInfoOfVersion1.class);

    private JsonReportReader() {
    }

    /**
     * Reads a card of this format version or an earlier one (a card a review round stored before an upgrade): a
     * version 1 card's {@code rulePack.path}, removed in version 2, is passed over; what it said is in the stored text.
     *
     * @throws IllegalArgumentException when the text is not a selfeval score card of a known format version
     */
    public static ScoreCard read(String json) {
        Document document;
        try {
            document = MAPPER.readValue(json, Document.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("不是 selfeval 评分表文档：" + e.getMessage(), e);
        }
        if (!JsonReport.TOOL.equals(document.tool()) || !KNOWN_VERSIONS.contains(document.formatVersion())) {
            throw new IllegalArgumentException("评分表文档的格式版本 " + document.formatVersion() + " 不是本程序写出的 "
                    + String.join("、", KNOWN_VERSIONS) + " 之一");
        }
        return document.scoreCard();
    }

    /** The format versions this reader takes, oldest first. */
    static final List<String> KNOWN_VERSIONS = List.of("1", JsonReport.FORMAT_VERSION);

    /** Version 1 named the pack's folder too ({@code path}); version 2 never writes it. */
    @JsonIgnoreProperties({"path"})
    abstract static class PackInfoOfVersion1 {
    }

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
