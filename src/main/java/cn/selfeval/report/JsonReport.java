package cn.selfeval.report;

import cn.selfeval.scoring.ScoreCard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The score card as a JSON document for machines. Field order follows the records, outcomes are already
 * sorted and nothing time-dependent is included, so the same input and pack give the same bytes.
 */
public final class JsonReport {

    /** Bumped when a field is renamed or removed; adding fields keeps the version. */
    public static final String FORMAT_VERSION = "1";

    /** The document's {@code tool} field; what tells a selfeval result from any other JSON file. */
    public static final String TOOL = "selfeval";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonReport() {
    }

    public static String render(ScoreCard card) {
        try {
            return MAPPER.writeValueAsString(new Document(FORMAT_VERSION, TOOL, card)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法生成JSON报告", e);
        }
    }

    record Document(String formatVersion, String tool, ScoreCard scoreCard) {
    }
}
