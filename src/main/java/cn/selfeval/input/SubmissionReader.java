package cn.selfeval.input;

import java.math.BigDecimal;

import cn.selfeval.input.workbook.WorkbookDocument;
import cn.selfeval.input.workbook.WorkbookReader;
import cn.selfeval.model.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads one submission file: a JSON document or an Excel 自评填报表 (.xlsx), told apart by content, not by name.
 * Parses it (keeping line and column of every JSON value, or the cell of every workbook value), accepts Chinese
 * enumeration labels for their codes, validates it against {@value SubmissionSchema#RESOURCE}, checks what the
 * schema cannot express, and binds it to the model. Every problem of the file is reported at once in an
 * {@link InvalidSubmissionException}.
 */
public final class SubmissionReader {

    /**
     * A submission as read, with where its facts were filled in (for a workbook) and what the reader noticed
     * without refusing the file.
     */
    public record Read(Submission submission, FactLocations locations, List<String> warnings, boolean workbook) {
    }

    /** The year and district a submission states, enough to choose its rule pack. */
    public record Scope(int year, String district) {
    }

    private SubmissionReader() {
    }

    /**
     * The year and district of a submission file even when other parts of it are wrong; null when the file or
     * these two values cannot be read.
     */
    public static Scope scope(Path file) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return parse(file.toString(), bytes).scope();
    }

    /**
     * Parses a file's bytes once (a workbook when they are a zip, otherwise JSON) without checking them, so that
     * its year and district can choose the rule pack before the full check, which needs the pack's points.
     */
    public static Parsed parse(String label, byte[] bytes) {
        return new Parsed(label, bytes);
    }

    /** A submission file parsed but not yet checked; see {@link #parse}. */
    public static final class Parsed {

        private final String label;
        private final byte[] bytes;
        private ProblemCollector problems;
        private JsonNode tree;
        private WorkbookDocument workbook;
        private boolean isWorkbook;

        private Parsed(String label, byte[] bytes) {
            this.label = label;
            this.bytes = bytes;
            parse();
        }

        private void parse() {
            problems = new ProblemCollector(label);
            isWorkbook = WorkbookReader.looksLikeWorkbook(bytes);
            try {
                if (isWorkbook) {
                    workbook = WorkbookReader.read(bytes, problems);
                    tree = workbook == null ? null : workbook.tree();
                } else {
                    tree = JsonDocumentReader.read(bytes, problems);
                }
            } catch (InvalidSubmissionException e) {
                // a file that cannot be parsed at all: read() reports it
                tree = null;
                workbook = null;
            }
        }

        public String label() {
            return label;
        }

        /** Exactly the bytes that were parsed (for the score card's SHA-256). */
        public byte[] bytes() {
            return bytes;
        }

        /**
         * The year and district the submission states, even when other parts of it are wrong, so that the pack
         * can be chosen and the full check (self-scores against the pack's points included) report every problem
         * at once; null when these two values cannot be read.
         */
        public Scope scope() {
            if (tree == null) {
                return null;
            }
            JsonNode year = tree.path("year");
            JsonNode district = tree.path("unit").path("district");
            if (!year.isIntegralNumber() || !year.canConvertToInt() || !district.isTextual() || district.asText().isBlank()) {
                return null;
            }
            return new Scope(year.intValue(), district.asText());
        }

        /**
         * Checks and binds the submission; reading again starts from the bytes (the check rewrites the tree).
         *
         * @param indicatorPoints framework indicator code → points, to check {@code selfScores}; empty to skip that
         * @throws InvalidSubmissionException listing every problem found
         */
        public Read read(Map<String, BigDecimal> indicatorPoints) {
            if (problems == null) {
                parse();
            }
            ProblemCollector collector = problems;
            JsonNode document = tree;
            WorkbookDocument sheets = workbook;
            problems = null;
            if (isWorkbook) {
                if (sheets == null) {
                    collector.throwIfAny();
                    collector.fileProblem("无法读取工作簿");
                    collector.throwIfAny();
                }
                collector.sourceMap(sheets.map());
                Submission submission = check(document, collector, indicatorPoints);
                return new Read(submission, sheets.map().factLocations(submission), collector.warnings(), true);
            }
            Submission submission = check(document, collector, indicatorPoints);
            return new Read(submission, FactLocations.ofJson(submission), collector.warnings(), false);
        }
    }

    /**
     * @param file            the JSON or .xlsx submission
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
        return readBytes(file, Long.MAX_VALUE, null);
    }

    /**
     * Like {@link #readBytes(Path)}, refusing a file of more than {@code maxBytes} before reading any of it.
     *
     * @param option the command-line option that raises the limit, named in the message (or null)
     */
    public static byte[] readBytes(Path file, long maxBytes, String option) {
        ProblemCollector problems = new ProblemCollector(file.toString());
        byte[] bytes = JsonDocumentReader.readBytes(file, maxBytes, option, problems);
        problems.throwIfAny();
        return bytes;
    }

    /**
     * Checks a file's bytes as they were read: a workbook when they are a zip (or an old .xls, which is refused),
     * otherwise strict UTF-8 JSON (a byte-order mark is allowed); then the same checks as {@link #read(Path, Map)}.
     *
     * @param label what problems name as the file
     * @throws InvalidSubmissionException listing every problem found
     */
    public static Submission read(String label, byte[] bytes, Map<String, BigDecimal> indicatorPoints) {
        return readSource(label, bytes, indicatorPoints).submission();
    }

    /** Like {@link #read(String, byte[], Map)}, also telling where each fact was filled in. */
    public static Read readSource(String label, byte[] bytes, Map<String, BigDecimal> indicatorPoints) {
        return parse(label, bytes).read(indicatorPoints);
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

    /**
     * The document tree of a file (JSON or workbook) after the Chinese labels have been replaced by codes, checked
     * like a submission but not bound: what {@code convert} writes out.
     *
     * @throws InvalidSubmissionException listing every problem found
     */
    public static JsonNode readTree(String label, byte[] bytes, Map<String, BigDecimal> indicatorPoints) {
        ProblemCollector problems = new ProblemCollector(label);
        JsonNode tree;
        if (WorkbookReader.looksLikeWorkbook(bytes)) {
            WorkbookDocument workbook = WorkbookReader.read(bytes, problems);
            problems.throwIfAny();
            problems.sourceMap(workbook.map());
            tree = workbook.tree();
        } else {
            tree = JsonDocumentReader.read(bytes, problems);
        }
        check(tree, problems, indicatorPoints);
        return tree;
    }

    private static Submission check(JsonNode document, ProblemCollector problems, Map<String, BigDecimal> indicatorPoints) {
        if (document == null && problems.isEmpty()) {
            problems.fileProblem("无法读取文件");
        }
        if (document == null) {
            problems.throwIfAny();
        }
        problems.document(document);

        SubmissionSchema schema = SubmissionSchema.get();
        EnumNormalizer.normalize(document, schema);
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
