package cn.selfeval.input;

/**
 * Where the values of a document came from when it was not a JSON file: for a workbook, the cell of every field.
 * Problems found in the document's tree are then reported at the cell, and messages that refer to another place
 * of the document name a row rather than a JSON path.
 */
public interface SourceMap {

    /** The cell (or row, or sheet) the value at {@code path} came from, or of its nearest ancestor; null if none. */
    CellLocation locate(NodePath path);

    /** Another place of the document as a message names it, e.g. {@code 采购项目第4行}. */
    String refer(NodePath path);

    /** The message for a required field that was left empty: {@code property} of the object at {@code object}. */
    String missing(NodePath object, String property, String title);

    /** The order of a problem at {@code location} among the others. */
    default int compare(CellLocation a, CellLocation b) {
        int bySheet = Integer.compare(a.sheet(), b.sheet());
        if (bySheet != 0) {
            return bySheet;
        }
        int byRow = Integer.compare(a.row(), b.row());
        return byRow != 0 ? byRow : Integer.compare(a.col(), b.col());
    }
}
