package cn.selfeval.report;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.scoring.ScoreCard;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The score card as a JSON document for machines. Field order follows the records, outcomes are already
 * sorted and nothing time-dependent is included, so the same input and pack give the same bytes.
 */
public final class JsonReport {

    /**
     * Bumped when a field is renamed or removed; adding fields keeps the version. 2: {@code rulePack.path} (the
     * pack's folder on the machine that checked) was removed; the pack is named by id, version and hash.
     * {@link JsonReportReader} reads every earlier version still, so that stored cards stay readable.
     */
    public static final String FORMAT_VERSION = "2";

    /** The document's {@code tool} field; what tells a selfeval result from any other JSON file. */
    public static final String TOOL = "selfeval";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimalSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonReport() {
    }

    public static String render(ScoreCard card) {
        try {
            return MAPPER.writeValueAsString(new Document(FORMAT_VERSION, TOOL, card)) + "\n";
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof cn.selfeval.rulepack.RulePackException ruleError) {
                throw ruleError; // a rule's message could not be written: said as the rule's error, not as a crash
            }
            throw new IllegalStateException("无法生成JSON报告", e);
        }
    }

    /**
     * Writes the same bytes as {@link #render} (UTF-8) to a stream as they are made, so that a large score card is
     * never held as text as well; the stream is not closed.
     */
    public static void write(ScoreCard card, java.io.OutputStream out) throws IOException {
        try {
            MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, new Document(FORMAT_VERSION, TOOL, card));
            out.write('\n');
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof cn.selfeval.rulepack.RulePackException ruleError) {
                throw ruleError;
            }
            throw e;
        }
    }

    /** Points and amounts as a report shows them: 94.71, 0.5, 100 — at most two decimals, never 1E+2. */
    private static final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
        PlainDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(Numbers.plain(value));
        }
    }

    record Document(String formatVersion, String tool, ScoreCard scoreCard) {
    }
}
