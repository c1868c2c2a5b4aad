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
        ProblemCollector problems = new ProblemCollector(file.toString());
        return check(JsonDocumentReader.read(file, problems), problems, indicatorPoints);
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
