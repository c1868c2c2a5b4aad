package cn.selfeval.input;

/**
 * One thing wrong with a submission file, located as precisely as known.
 *
 * @param file     the file as the user named it
 * @param jsonPath where in the document, e.g. {@code $.procurementProjects[1].contractSignedOn}; null for
 *                 problems of the whole file
 * @param line     1-based line, null when unknown (always null for a workbook)
 * @param column   1-based column, null when unknown (always null for a workbook)
 * @param message  what is wrong, in Chinese
 * @param cell     for a workbook submission, the sheet, cell and column title; null for JSON
 */
public record InputProblem(String file, String jsonPath, Integer line, Integer column, String message,
        CellLocation cell) {

    /** A problem of a JSON file (or of a workbook as a whole). */
    public InputProblem(String file, String jsonPath, Integer line, Integer column, String message) {
        this(file, jsonPath, line, column, message, null);
    }

    /**
     * {@code fixtures/x.json:12:7 $.procurementProjects[1].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在};
     * line and column, path and title are left out when unknown. A workbook's problem names the cell instead:
     * {@code 填报表.xlsx 采购项目!F7（合同签订日期）：日期“2023-02-30”不存在}.
     */
    public String format() {
        StringBuilder text = new StringBuilder(file == null ? "" : file);
        if (cell != null) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            return text.append(cell.format()).append('：').append(message).toString();
        }
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        if (jsonPath != null) {
            text.append(jsonPath);
            String title = SubmissionSchema.get().title(NodePath.parse(jsonPath));
            if (title != null) {
                text.append('（').append(title).append('）');
            }
            text.append('：');
        }
        return text.append(message).toString();
    }
}
