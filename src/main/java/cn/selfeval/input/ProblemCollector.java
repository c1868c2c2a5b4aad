package cn.selfeval.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.JsonLocationAware;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the problems of one file, giving each the line and column of the node it is about, or, for a
 * workbook, the cell it came from (see {@link SourceMap}).
 */
public final class ProblemCollector {

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<NodePath> reportedByReader = new HashSet<>();
    private JsonNode document;
    private SourceMap sourceMap;

    public ProblemCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** The parsed document, so that later problems can be located in it. */
    void document(JsonNode document) {
        this.document = document;
    }

    /** Where the document's values came from, when it was read from a workbook. */
    void sourceMap(SourceMap sourceMap) {
        this.sourceMap = sourceMap;
    }

    boolean fromWorkbook() {
        return sourceMap != null;
    }

    /** A problem of the whole file (missing, unreadable, empty). */
    public void fileProblem(String message) {
        problems.add(new InputProblem(file, null, null, null, message));
    }

    /** A problem at a known line and column that no JSON path describes (malformed JSON). */
    void textProblem(Integer line, Integer column, String message) {
        problems.add(new InputProblem(file, null, line, column, message));
    }

    /**
     * A problem the workbook reader found in a cell (a date it cannot read, a formula without a value). When it is
     * about the value at {@code path}, later checks of that value are not reported again.
     */
    public void atCell(CellLocation cell, NodePath path, String message) {
        if (path != null) {
            reportedByReader.add(path);
        }
        problems.add(new InputProblem(file, path == null ? null : path.toString(), null, null, message, cell));
    }

    /** A value whose problem the reader already reported elsewhere (its whole column is missing). */
    public void alreadyReported(NodePath path) {
        reportedByReader.add(path);
    }

    /** Something the user should know that does not stop the check (an extra column, a hidden sheet). */
    public void warning(String message) {
        warnings.add(message);
    }

    /**
     * A warning about the value at {@code path}, naming where it is: the cell for a workbook
     * ({@code 自评得分!D27（自评得分）}), the JSON path (with its line) for a JSON file.
     */
    void warningAt(NodePath path, String message) {
        String where = path.toString();
        if (sourceMap != null) {
            CellLocation cell = sourceMap.locate(path);
            where = cell == null ? where : cell.format();
        } else {
            JsonNode node = document == null ? null : path.findNearest(document);
            if (node instanceof JsonLocationAware aware && aware.tokenLocation() != null
                    && aware.tokenLocation().getLineNr() > 0) {
                where = where + "（第" + aware.tokenLocation().getLineNr() + "行）";
            }
        }
        warnings.add(where + "：" + message);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A problem about the node at {@code path}, located at that node or its nearest existing ancestor. */
    void at(NodePath path, String message) {
        if (sourceMap != null) {
            for (NodePath p = path; ; p = p.parent()) {
                if (reportedByReader.contains(p)) {
                    return;
                }
                if (p.elements().isEmpty()) {
                    break;
                }
            }
            problems.add(new InputProblem(file, path.toString(), null, null, message, sourceMap.locate(path)));
            return;
        }
        JsonNode node = document == null ? null : path.findNearest(document);
        Integer line = null;
        Integer column = null;
        if (node instanceof JsonLocationAware aware && aware.tokenLocation() != null) {
            JsonLocation location = aware.tokenLocation();
            line = location.getLineNr() > 0 ? location.getLineNr() : null;
            column = location.getColumnNr() > 0 ? location.getColumnNr() : null;
        }
        problems.add(new InputProblem(file, path.toString(), line, column, message));
    }

    /** Another place of the document inside a message: " $.procurementProjects[0] ", or "采购项目第4行". */
    String refer(NodePath path) {
        return sourceMap == null ? " " + path + " " : sourceMap.refer(path);
    }

    /** A value elsewhere in the document inside a message: its cell for a workbook (采购项目!D4), else its JSON path. */
    String where(NodePath path) {
        CellLocation cell = sourceMap == null ? null : sourceMap.locate(path);
        return cell != null ? cell.where() : path.toString();
    }

    /** The field at {@code path} inside a message: its JSON name, or for a workbook its cell (E7). */
    String fieldRef(NodePath path) {
        if (sourceMap != null) {
            CellLocation cell = sourceMap.locate(path);
            if (cell != null) {
                int bang = cell.where().indexOf('!');
                return bang < 0 ? cell.where() : cell.where().substring(bang + 1);
            }
        }
        return String.valueOf(path.elements().get(path.elements().size() - 1));
    }

    /** The message for an empty required field, for a workbook; null to use the JSON one. */
    String missing(NodePath object, String property, String title) {
        return sourceMap == null ? null : sourceMap.missing(object, property, title);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws every problem so far, in the order they appear in the file (sheet by sheet, row by row). */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            List<InputProblem> sorted = new ArrayList<>(problems);
            if (sourceMap != null || problems.stream().anyMatch(p -> p.cell() != null)) {
                SourceMap order = sourceMap != null ? sourceMap : new SourceMap() {
                    public CellLocation locate(NodePath path) { return null; }
                    public String refer(NodePath path) { return null; }
                    public String missing(NodePath object, String property, String title) { return null; }
                };
                sorted.sort(Comparator.comparing(InputProblem::cell, Comparator.nullsFirst(order::compare)));
            } else {
                sorted.sort(Comparator.comparing(InputProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(InputProblem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
            }
            throw new InvalidSubmissionException(sorted, warnings());
        }
    }
}
