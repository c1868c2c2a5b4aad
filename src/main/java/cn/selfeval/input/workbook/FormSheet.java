package cn.selfeval.input.workbook;

import cn.selfeval.input.NodePath;
import java.util.List;

/** One sheet of the 自评填报表 and the part of the submission it holds. */
public sealed interface FormSheet permits FormSheet.ListSheet, FormSheet.RecordSheet, FormSheet.SelfScoreSheet {

    /** The sheet's name, e.g. 采购项目. */
    String name();

    /** What the sheet is for, shown in its second row and in 填表说明. */
    String description();

    /**
     * A list of facts, one per row under a frozen header row. Above the header, the 本表情况 cell says whether the
     * unit has such facts this year, has none (the JSON's {@code []}), or does not report the list (absent).
     *
     * @param path     the JSON array, e.g. {@code $.management.newBudgetProjects}
     * @param required whether the schema requires the list (then 未填报 is an error)
     * @param columns  one per leaf of the item; a nested object (exemption) gives one column per property
     */
    record ListSheet(String name, String description, NodePath path, boolean required, List<FormField> columns)
            implements FormSheet {

        public ListSheet {
            columns = List.copyOf(columns);
        }
    }

    /**
     * One object of the submission: a table of rows × columns for its properties that share one shape ("三公"经费:
     * each cost line with its budget, actual and prior-year actual), then one row per remaining field (项目 | 填写内容).
     *
     * @param path           the JSON object, {@code $} for 基本信息
     * @param required       whether the object must be there (only the root's fields are)
     * @param tableRows      the properties that are rows of the table (JSON name and title), empty when none
     * @param tableRequired  for each table row, whether the object requires it
     * @param tableColumns   the fields of each table row
     * @param fields         the remaining fields, paths relative to {@code path}
     */
    record RecordSheet(String name, String description, NodePath path, boolean required, List<TableRow> tableRows,
            List<FormField> tableColumns, List<FormField> fields) implements FormSheet {

        public RecordSheet {
            tableRows = List.copyOf(tableRows);
            tableColumns = List.copyOf(tableColumns);
            fields = List.copyOf(fields);
        }
    }

    /** A row of a record sheet's table: one property of the object, e.g. overseasTravel 因公出国（境）费. */
    record TableRow(String name, String title, boolean required) {
    }

    /** The framework's indicators (code, name, points) with a column for the unit's own score. */
    record SelfScoreSheet(String name, String description) implements FormSheet {
    }
}
