package cn.selfeval.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.JsonLocationAware;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers the problems of one file, giving each the line and column of the node it is about. */
final class ProblemCollector {

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();
    private JsonNode document;

    ProblemCollector(String file) {
        this.file = file;
    }

    /** The parsed document, so that later problems can be located in it. */
    void document(JsonNode document) {
        this.document = document;
    }

    /** A problem of the whole file (missing, unreadable, empty). */
    void fileProblem(String message) {
        problems.add(new InputProblem(file, null, null, null, message));
    }

    /** A problem at a known line and column that no JSON path describes (malformed JSON). */
    void textProblem(Integer line, Integer column, String message) {
        problems.add(new InputProblem(file, null, line, column, message));
    }

    /** A problem about the node at {@code path}, located at that node or its nearest existing ancestor. */
    void at(NodePath path, String message) {
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

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws every problem so far, in the order they appear in the file. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            List<InputProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(InputProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(InputProblem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
            throw new InvalidSubmissionException(sorted);
        }
    }
}
