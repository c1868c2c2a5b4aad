package cn.selfeval.input.workbook;

import cn.selfeval.input.InputProblem;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.input.workbook.FormSheet.ListSheet;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for tests: a fixture written as the form, edited cell by cell with POI, and read back. */
final class TestWorkbooks {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final RulePack PACK = RulePackLoader.load(Path.of("rules/guangzhou-2023"));
    static final Map<String, BigDecimal> POINTS = points();

    private TestWorkbooks() {
    }

    /**
     * The letter of a column of a list sheet counted from its last form column (0: the last one, 1: the first one past
     * it), so that a test placing a stray cell does not depend on how many fields the sheet has.
     */
    static String columnFromLast(String sheet, int offset) {
        int columns = ((ListSheet) Form.get().sheet(sheet)).columns().size();
        return CellReference.convertNumToColString(columns - 1 + offset);
    }

    private static Map<String, BigDecimal> points() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        PACK.framework().byCode().values().forEach(i -> points.put(i.code(), i.points()));
        return points;
    }

    static JsonNode fixture(String name) {
        try {
            return JSON.readTree(Files.readAllBytes(Path.of("fixtures", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<WorkbookWriter.Indicator> indicators() {
        List<WorkbookWriter.Indicator> rows = new java.util.ArrayList<>();
        PACK.framework().indicators().forEach(i -> add(rows, i, 0));
        return rows;
    }

    private static void add(List<WorkbookWriter.Indicator> rows, cn.selfeval.rulepack.Indicator i, int depth) {
        rows.add(new WorkbookWriter.Indicator(i.code(), i.name(), i.points(), depth, i.leaf()));
        i.children().forEach(c -> add(rows, c, depth + 1));
    }

    static byte[] workbook(JsonNode document) {
        return WorkbookWriter.write(document, indicators(), "测试");
    }

    /** The workbook after {@code edit}, saved as Excel would save it. */
    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            edit.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at "I7" of a sheet, created when missing. */
    static Cell cell(XSSFWorkbook book, String sheet, String ref) {
        CellReference reference = new CellReference(ref);
        Sheet s = book.getSheet(sheet);
        Row row = s.getRow(reference.getRow()) == null ? s.createRow(reference.getRow()) : s.getRow(reference.getRow());
        return row.getCell(reference.getCol()) == null ? row.createCell(reference.getCol()) : row.getCell(reference.getCol());
    }

    /** Every problem of the file, formatted as the user reads them. */
    static List<String> problems(String label, byte[] bytes) {
        try {
            SubmissionReader.readSource(label, bytes, POINTS);
            return List.of();
        } catch (InvalidSubmissionException e) {
            return e.problems().stream().map(InputProblem::format).toList();
        }
    }

    static SubmissionReader.Read read(String label, byte[] bytes) {
        return SubmissionReader.readSource(label, bytes, POINTS);
    }

    static JsonNode tree(byte[] bytes) {
        return SubmissionReader.readTree("t.xlsx", bytes, POINTS);
    }

    /** JSON trees equal with numbers compared by value (18.60 = 18.6). */
    static boolean sameDocument(JsonNode a, JsonNode b) {
        Comparator<JsonNode> byValue = (x, y) -> {
            if (x.isNumber() && y.isNumber()) {
                return x.decimalValue().compareTo(y.decimalValue());
            }
            return x.equals(y) ? 0 : 1;
        };
        return a.equals(byValue, b);
    }
}
