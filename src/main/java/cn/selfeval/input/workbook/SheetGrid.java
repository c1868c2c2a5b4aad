package cn.selfeval.input.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The filled cells of one sheet, as read from its XML: only rows and cells that hold something are kept (a stray
 * cell at row 1,048,576 costs one entry, not a million rows), with the sheet's merged ranges.
 */
final class SheetGrid {

    /** The filled cells of one row, by column (ascending). */
    private record Cells(int[] columns, CellValue[] values) {
        CellValue at(int column) {
            int i = Arrays.binarySearch(columns, column);
            return i < 0 ? CellValue.BLANK : values[i];
        }

        int width() {
            return columns.length == 0 ? 0 : columns[columns.length - 1] + 1;
        }
    }

    private final NavigableMap<Integer, Cells> rows = new TreeMap<>();
    private final List<CellRangeAddress> merged;

    SheetGrid(List<CellRangeAddress> merged) {
        this.merged = merged;
    }

    /** Adds a row's filled cells; columns need not be in order. Returns false when the row was already there. */
    boolean addRow(int row, int[] columns, CellValue[] values) {
        if (rows.containsKey(row)) {
            return false;
        }
        int[] order = columns.clone();
        boolean sorted = true;
        for (int i = 1; i < order.length; i++) {
            sorted &= order[i - 1] < order[i];
        }
        if (!sorted) {
            Integer[] index = new Integer[columns.length];
            for (int i = 0; i < index.length; i++) {
                index[i] = i;
            }
            Arrays.sort(index, (a, b) -> Integer.compare(columns[a], columns[b]));
            CellValue[] byColumn = new CellValue[values.length];
            for (int i = 0; i < index.length; i++) {
                order[i] = columns[index[i]];
                byColumn[i] = values[index[i]];
            }
            values = byColumn;
        }
        rows.put(row, new Cells(order, values));
        return true;
    }

    CellValue value(int row, int column) {
        Cells cells = rows.get(row);
        return cells == null ? CellValue.BLANK : cells.at(column);
    }

    /** The last filled column of a row, plus one; 0 for an empty row. */
    int width(int row) {
        Cells cells = rows.get(row);
        return cells == null ? 0 : cells.width();
    }

    /** The 0-based numbers of the filled rows from {@code from} on, ascending. */
    NavigableSet<Integer> rowsFrom(int from) {
        return rows.navigableKeySet().tailSet(from, true);
    }

    /** The filled rows before {@code before}. */
    NavigableSet<Integer> rowsBefore(int before) {
        return rows.navigableKeySet().headSet(before, false);
    }

    int filledRows() {
        return rows.size();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<CellRangeAddress> merged() {
        return merged;
    }
}
