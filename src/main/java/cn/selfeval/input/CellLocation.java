package cn.selfeval.input;

/**
 * Where in a workbook a problem is: a cell ({@code 采购项目!F7}), a row ({@code 采购项目第7行}) or a whole sheet
 * ({@code 采购项目}), with the column's title when it is a cell of a known column.
 *
 * @param where   the reference as printed: {@code 采购项目!F7}, {@code 采购项目第7行} or {@code 采购项目}
 * @param column  the column's (or row's) title, e.g. 合同签订日期; null when none applies
 * @param sheet   the position of the sheet in the form, for sorting (0-based)
 * @param row     1-based row, 0 when the location is a whole sheet
 * @param col     1-based column, 0 when the location is a row or a sheet
 */
public record CellLocation(String where, String column, int sheet, int row, int col) {

    /** {@code 采购项目!F7（合同签订日期）}. */
    public String format() {
        return column == null ? where : where + "（" + column + "）";
    }
}
