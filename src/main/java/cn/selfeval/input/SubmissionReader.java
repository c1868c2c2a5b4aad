package cn.selfeval.input;

import java.math.BigDecimal;

import cn.selfeval.model.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads one submission file: parses it (keeping line and column of every value), validates it against
 * {@value SubmissionSchema#RESOURCE}, checks what the schema cannot express, and binds it to the model.
 * Every problem of the file is reported at once in an {@link InvalidSubmissionException}.
 */
public final class SubmissionReader {

    private SubmissionReader() {
    }

    /**
     * @param file            the JSON submission
     * @param indicatorPoints framework indicator code → points, to check {@code selfScores}; empty to skip that
     * @throws InvalidSubmissionException listing every problem found
     */
    public static Submission read(Path file, Map<String, BigDecimal> indicatorPoints) {
        return read(file.toString(), readBytes(file), indicatorPoints);
    }

    /**
     * The bytes of a submission file, read once so that a caller can hash exactly what {@link #read(String,
     * byte[], Map)} then parses.
     *
     * @throws InvalidSubmissionException when the file is missing, a folder or unreadable
     */
    public static byte[] readBytes(Path file) {
        ProblemCollector problems = new ProblemCollector(file.toString());
        byte[] bytes = JsonDocumentReader.readBytes(file, problems);
        problems.throwIfAny();
        return bytes;
    }

    /**
     * Checks a file's bytes as they were read: strict UTF-8 (a byte-order mark is allowed), then the same checks
     * as {@link #read(Path, Map)}.
     *
     * @param label what problems name as the file
     * @throws InvalidSubmissionException listing every problem found
     */
    public static Submission read(String label, byte[] bytes, Map<String, BigDecimal> indicatorPoints) {
        ProblemCollector problems = new ProblemCollector(label);
        return check(JsonDocumentReader.read(bytes, problems), problems, indicatorPoints);
    }

    /**
     * The same checks on JSON text already in memory (e.g. a rule test's submission).
     *
     * @param label what problems name as the file
     */
    public static Submission read(String label, String json, Map<String, BigDecimal> indicatorPoints) {
        ProblemCollector problems = new ProblemCollector(label);
        return check(JsonDocumentReader.parse(json, problems), problems, indicatorPoints);
    }

    private static Submission check(JsonNode document, ProblemCollector problems, Map<String, BigDecimal> indicatorPoints) {
        if (document == null && problems.isEmpty()) {
            problems.fileProblem("无法读取文件");
        }
        problems.throwIfAny();
        problems.document(document);

        SubmissionSchema schema = SubmissionSchema.get();
        try {
            new SchemaMessageTranslator(schema).translate(schema.validate(document), problems);
        } catch (RuntimeException e) {
            problems.at(NodePath.ROOT, "无法按格式规范检查（" + e.getMessage() + "）");
        }
        new ConsistencyChecker(schema, problems).check(document);
        new SelfScoreChecker(indicatorPoints, problems).check(document);
        problems.throwIfAny();

        Submission submission = SubmissionBinder.bind(document, problems);
        problems.throwIfAny();
        return submission;
    }
}
