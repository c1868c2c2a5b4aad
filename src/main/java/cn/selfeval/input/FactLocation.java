package cn.selfeval.input;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where one fact was filled in, as the user can find it again: for a workbook the sheet and row (采购项目第7行),
 * for JSON the path ({@code $.procurementProjects[3]}). Every location has a JSON path, because a workbook is read
 * into the same document ({@code selfeval convert} writes it).
 *
 * @param text     what a report prints after 填报位置：, in the language of the form submitted
 * @param sheet    the workbook sheet; null for JSON
 * @param row      1-based row in that sheet; null for JSON and for a fact that fills a whole sheet
 * @param jsonPath the fact's path in the submission document
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "sheet", "row", "jsonPath"})
public record FactLocation(String text, String sheet, Integer row, String jsonPath) {

    /** A fact of a JSON submission: named by its path. */
    public static FactLocation json(NodePath path) {
        return new FactLocation(path.toString(), null, null, path.toString());
    }

    /** A row of a workbook sheet: 采购项目第7行. */
    public static FactLocation row(String sheet, int row, NodePath path) {
        return new FactLocation(sheet + "第" + row + "行", sheet, row, path.toString());
    }

    /** A whole workbook sheet (a list's sheet, or a sheet that is one object): 工作表“预算执行”. */
    public static FactLocation sheet(String sheet, NodePath path) {
        return new FactLocation("工作表“" + sheet + "”", sheet, null, path.toString());
    }
}
