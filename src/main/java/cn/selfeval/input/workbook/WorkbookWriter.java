package cn.selfeval.input.workbook;

import cn.selfeval.input.EnumLabels;
import cn.selfeval.input.NodePath;
import cn.selfeval.input.workbook.FormSheet.ListSheet;
import cn.selfeval.input.workbook.FormSheet.RecordSheet;
import cn.selfeval.input.workbook.FormSheet.SelfScoreSheet;
import cn.selfeval.input.workbook.FormSheet.TableRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the 自评填报表 from the form: the template (no document), or a JSON submission as a filled workbook.
 * Every sheet has Chinese headers with the schema's description as a comment, the header frozen, drop-downs
 * with the Chinese labels of every enumeration and of 是/否, date cells and non-negative number cells.
 */
public final class WorkbookWriter {

    /** An indicator of the framework, as the 自评得分 sheet lists it. */
    public record Indicator(String code, String name, BigDecimal points, int depth, boolean leaf) {
    }

    /** How many empty rows of a list sheet get the drop-downs and cell formats (beyond the filled ones). */
    static final int SPARE_ROWS = 1000;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CreationHelper factory = workbook.getCreationHelper();
    private final CellStyle header = headerStyle(IndexedColors.GREY_25_PERCENT);
    private final CellStyle requiredHeader = headerStyle(IndexedColors.LIGHT_ORANGE);
    private final CellStyle bold;
    private final CellStyle wrap;
    private final CellStyle note;
    private final CellStyle date;
    private final CellStyle text;
    private final CellStyle status;
    private final CellStyle parentRow;

    private WorkbookWriter() {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        Font grey = workbook.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        note = workbook.createCellStyle();
        note.setFont(grey);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        date = workbook.createCellStyle();
        date.setDataFormat(factory.createDataFormat().getFormat("yyyy-mm-dd"));
        text = workbook.createCellStyle();
        text.setDataFormat(factory.createDataFormat().getFormat("@"));
        status = workbook.createCellStyle();
        status.setFont(boldFont);
        status.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        status.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        status.setBorderBottom(BorderStyle.THIN);
        status.setBorderTop(BorderStyle.THIN);
        status.setBorderLeft(BorderStyle.THIN);
        status.setBorderRight(BorderStyle.THIN);
        parentRow = workbook.createCellStyle();
        parentRow.setFont(boldFont);
        parentRow.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        parentRow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /**
     * @param document   a submission's JSON tree to fill in, or null for the empty template
     * @param indicators the framework's indicators for the 自评得分 sheet
     * @param source     what the workbook was made from, for 填表说明 (e.g. the rule pack)
     */
    public static byte[] write(JsonNode document, List<Indicator> indicators, String source) {
        WorkbookWriter writer = new WorkbookWriter();
        try (XSSFWorkbook workbook = writer.workbook) {
            writer.guide(source);
            for (FormSheet sheet : Form.get().sheets()) {
                if (sheet instanceof ListSheet list) {
                    writer.list(list, document);
                } else if (sheet instanceof RecordSheet record) {
                    writer.record(record, document);
                } else {
                    writer.selfScores((SelfScoreSheet) sheet, indicators, document);
                }
            }
            workbook.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --------------------------------------------------------------------------------------------------- 填表说明

    private void guide(String source) {
        Sheet sheet = workbook.createSheet(Form.GUIDE_SHEET);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"部门整体支出绩效自评填报表", null});
        lines.add(new String[] {"", "本表由 selfeval 按填报数据格式规范（submission.schema.json）生成" + (source == null ? "" : "，自评得分表按" + source)
                + "。填好后运行 selfeval check 本文件.xlsx 检查；有误时会指出工作表、单元格和列，例如“采购项目!I7（合同签订日期）：日期“2023-02-30”不存在”。"});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"通用约定", null});
        lines.add(new String[] {"金额", "一律以万元为单位，填数字（不要写“万元”），可以有小数，不能为负数。"});
        lines.add(new String[] {"日期", "填日期格式的单元格（如 2023-04-01）；也可以写成文本 2023-04-01、2023/4/1 或 2023年4月1日。"
                + "其他写法（如 4/1/2023、23.4.1）和不存在的日期（如 2023-02-30）会被指出所在单元格，不会猜测。采购等环节尚未发生的，日期不填。"});
        lines.add(new String[] {"数字", "可以是数值单元格，也可以是文本形式的数字（如 1,234.5，千位分隔符须每三位一个）。"
                + "不要用百分比格式：显示为 95% 的单元格实际值是 0.95，会被指出；请直接填 95。"});
        lines.add(new String[] {"下拉选项", "采购类别、采购方式、豁免情形等从下拉列表选择中文名称；“是/否”列选择“是”或“否”。"});
        lines.add(new String[] {"必填", "表头带 * 的列必填；表头单元格的批注说明该列的含义和填法。"});
        lines.add(new String[] {"公式", "可以使用公式，读取的是 Excel 或 WPS 保存时的计算结果；没有保存计算结果或结果为错误值（如 #DIV/0!）的公式会被指出。"});
        lines.add(new String[] {"行和列", "每行一个事项，中间的空行会被跳过；不要合并数据单元格；表格右侧多出的列不读入，检查时给出提示。"
                + "不要改动工作表名称和列标题（可以调整列宽、顺序，可以隐藏工作表）。"});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"“本年度没有”与“未填报”", null});
        lines.add(new String[] {"本表情况", "每张清单表（采购项目、资产盘点、各项管理事实等）第1行有“本表情况”，从下拉列表选择："});
        lines.add(new String[] {"  " + Form.Status.HAS_ITEMS.label(), "本表逐行填写了本年度的事项，逐项检查（填写了事项时也可以不选）。"});
        lines.add(new String[] {"  " + Form.Status.NONE_THIS_YEAR.label(), "本年度确实没有这类事项，按实际情况评分："
                + "例如没有新增预算项目，事前绩效评估不扣分；但没有绩效管理制度、没有账账核对的照样扣分。"});
        lines.add(new String[] {"  " + Form.Status.NOT_REPORTED.label(), "单位没有提供这项事实：对应指标按“未提供事实”不得分，报告指出缺少哪张表。"});
        lines.add(new String[] {"", "既没有填写事项、也没有选择本表情况的清单表按“未填报”处理并给出提示——空表不会被当作“本年度没有”。"
                + "“采购项目”“资产盘点”两张表必须填报：没有的请选择“" + Form.Status.NONE_THIS_YEAR.label() + "”。"
                + "“三公”经费、公用经费、预算执行、固定资产使用情况整张表不填即为未填报；“三公”经费四项都要填，没有发生的填 0。"});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"各工作表", null});
        for (FormSheet formSheet : Form.get().sheets()) {
            lines.add(new String[] {formSheet.name(), formSheet.description()});
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            String[] line = lines.get(i);
            Cell first = row.createCell(0);
            first.setCellValue(line[0]);
            if (line[1] == null) {
                first.setCellStyle(bold);
            } else {
                Cell second = row.createCell(1);
                second.setCellValue(line[1]);
                second.setCellStyle(wrap);
                if (line[1].length() > 48) {
                    row.setHeightInPoints(15 * (float) Math.ceil(line[1].length() / 48.0));
                }
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- list sheets

    private void list(ListSheet list, JsonNode document) {
        Sheet sheet = workbook.createSheet(list.name());
        List<FormField> columns = list.columns();
        JsonNode items = document == null ? null : list.path().find(document);

        Row statusRow = sheet.createRow(Form.STATUS_ROW - 1);
        Cell label = statusRow.createCell(0);
        label.setCellValue(Form.STATUS_LABEL);
        label.setCellStyle(bold);
        Cell choice = statusRow.createCell(1);
        choice.setCellStyle(status);
        if (document != null) {
            Form.Status chosen = items == null || items.isNull() ? Form.Status.NOT_REPORTED
                    : items.isEmpty() ? Form.Status.NONE_THIS_YEAR : Form.Status.HAS_ITEMS;
            choice.setCellValue(chosen.label());
        }
        comment(choice, "本表情况：" + Form.Status.HAS_ITEMS.label() + "（逐行填写）／" + Form.Status.NONE_THIS_YEAR.label()
                + "（本年度确实没有，按实际评分）／" + Form.Status.NOT_REPORTED.label() + "（不提供，对应指标不得分）。"
                + "填写了事项时可以不选；不填写也不选的按未填报处理。");
        listValidation(sheet, new CellRangeAddressList(Form.STATUS_ROW - 1, Form.STATUS_ROW - 1, 1, 1),
                java.util.Arrays.stream(Form.Status.values()).map(Form.Status::label).toArray(String[]::new));
        Cell hint = statusRow.createCell(2);
        hint.setCellValue("← 请选择：" + Form.Status.HAS_ITEMS.label() + "／" + Form.Status.NONE_THIS_YEAR.label() + "／"
                + Form.Status.NOT_REPORTED.label() + (list.required() ? "（本表必须填报）" : ""));
        hint.setCellStyle(note);

        Row descriptionRow = sheet.createRow(1);
        Cell description = descriptionRow.createCell(0);
        description.setCellValue(list.description());
        description.setCellStyle(note);
        descriptionRow.setHeightInPoints(30);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));
        }

        int headerRow = Form.HEADER_ROW - 1;
        Row head = sheet.createRow(headerRow);
        head.setHeightInPoints(32);
        for (int c = 0; c < columns.size(); c++) {
            headerCell(sheet, head, c, columns.get(c));
        }
        sheet.createFreezePane(0, Form.HEADER_ROW);

        int count = items != null && items.isArray() ? items.size() : 0;
        for (int i = 0; i < count; i++) {
            Row row = sheet.createRow(headerRow + 1 + i);
            NodePath itemPath = NodePath.ROOT.index(i);
            for (int c = 0; c < columns.size(); c++) {
                JsonNode value = columns.get(c).under(itemPath).find(items);
                value(row, c, columns.get(c), value);
            }
        }
        int lastRow = headerRow + count + SPARE_ROWS;
        for (int c = 0; c < columns.size(); c++) {
            validate(sheet, new CellRangeAddressList(headerRow + 1, lastRow, c, c), columns.get(c), null);
        }
    }

    // ------------------------------------------------------------------------------------------------ record sheets

    private void record(RecordSheet record, JsonNode document) {
        Sheet sheet = workbook.createSheet(record.name());
        JsonNode object = document == null ? null : record.path().find(document);
        int width = Math.max(3, record.tableColumns().size() + 1);
        Row descriptionRow = sheet.createRow(0);
        Cell description = descriptionRow.createCell(0);
        description.setCellValue(record.description());
        description.setCellStyle(note);
        descriptionRow.setHeightInPoints(45);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        sheet.setColumnWidth(0, 30 * 256);
        int r = 1;
        if (!record.tableRows().isEmpty()) {
            Row head = sheet.createRow(r);
            head.setHeightInPoints(32);
            Cell corner = head.createCell(0);
            corner.setCellValue("项目");
            corner.setCellStyle(header);
            for (int c = 0; c < record.tableColumns().size(); c++) {
                headerCell(sheet, head, c + 1, record.tableColumns().get(c));
            }
            r++;
            for (TableRow tableRow : record.tableRows()) {
                Row row = sheet.createRow(r);
                Cell name = row.createCell(0);
                name.setCellValue((tableRow.required() ? "*" : "") + tableRow.title());
                name.setCellStyle(bold);
                JsonNode line = object == null ? null : object.get(tableRow.name());
                for (int c = 0; c < record.tableColumns().size(); c++) {
                    FormField field = record.tableColumns().get(c);
                    value(row, c + 1, field, line == null ? null : field.under(NodePath.ROOT).find(line));
                    validate(sheet, new CellRangeAddressList(r, r, c + 1, c + 1), field, null);
                }
                r++;
            }
            sheet.createFreezePane(0, 2);
            r++;
        }
        if (!record.fields().isEmpty()) {
            Row head = sheet.createRow(r);
            String[] titles = {"项目", "填写内容", "说明"};
            for (int c = 0; c < titles.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(titles[c]);
                cell.setCellStyle(header);
            }
            if (record.tableRows().isEmpty()) {
                sheet.createFreezePane(0, r + 1);
            }
            r++;
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(2, 70 * 256);
            for (FormField field : record.fields()) {
                Row row = sheet.createRow(r);
                Cell name = row.createCell(0);
                name.setCellValue(field.header());
                name.setCellStyle(field.required() ? requiredHeader : header);
                comment(name, commentText(field));
                value(row, 1, field, object == null ? null : field.under(NodePath.ROOT).find(object));
                Cell explain = row.createCell(2);
                explain.setCellValue(hintText(field));
                explain.setCellStyle(note);
                validate(sheet, new CellRangeAddressList(r, r, 1, 1), field, null);
                r++;
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- 自评得分

    private void selfScores(SelfScoreSheet scores, List<Indicator> indicators, JsonNode document) {
        Sheet sheet = workbook.createSheet(scores.name());
        JsonNode given = document == null ? null : document.get("selfScores");
        Row descriptionRow = sheet.createRow(0);
        Cell description = descriptionRow.createCell(0);
        description.setCellValue(scores.description());
        description.setCellStyle(note);
        descriptionRow.setHeightInPoints(45);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        Row head = sheet.createRow(1);
        String[] titles = {"指标编号", "指标名称", "分值", "自评得分"};
        for (int c = 0; c < titles.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(c == 0 ? requiredHeader : header);
        }
        comment(head.getCell(3), "本单位对该指标的自评得分，不小于 0，不超过分值，最多两位小数；不自评的留空。"
                + "上级指标的得分是下级之和，一般只填末级指标。");
        sheet.createFreezePane(0, 2);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        int r = 2;
        Set<String> listed = new HashSet<>();
        for (Indicator indicator : indicators) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(indicator.code());
            row.createCell(1).setCellValue("　".repeat(indicator.depth()) + indicator.name());
            row.createCell(2).setCellValue(indicator.points().doubleValue());
            if (!indicator.leaf()) {
                for (int c = 0; c < 3; c++) {
                    row.getCell(c).setCellStyle(parentRow);
                }
            }
            JsonNode score = given == null ? null : given.get(indicator.code());
            value(row, 3, scoreField(), score);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint range = helper.createDecimalConstraint(OperatorType.BETWEEN, "0",
                    indicator.points().toPlainString());
            addValidation(sheet, helper.createValidation(range, new CellRangeAddressList(r, r, 3, 3)),
                    "自评得分应在 0 至 " + indicator.points().stripTrailingZeros().toPlainString() + " 之间");
            listed.add(indicator.code());
            r++;
        }
        if (given != null && given.isObject()) {
            for (Iterator<String> it = given.fieldNames(); it.hasNext(); ) {
                String code = it.next();
                if (!listed.contains(code)) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(code);
                    value(row, 3, scoreField(), given.get(code));
                }
            }
        }
    }

    private static FormField scoreField() {
        return new FormField(List.of("score"), "自评得分", "", FieldType.NUMBER, List.of(), false, false, BigDecimal.ZERO, false);
    }

    // ------------------------------------------------------------------------------------------------------ cells

    private void headerCell(Sheet sheet, Row head, int c, FormField field) {
        Cell cell = head.createCell(c);
        cell.setCellValue(field.header());
        cell.setCellStyle(field.required() ? requiredHeader : header);
        comment(cell, commentText(field));
        int width = Math.min(40, Math.max(10, field.header().length() * 2 + 2));
        if (field.type() == FieldType.DATE) {
            width = Math.max(width, 14);
        } else if (field.type() == FieldType.TEXT && !List.of("id", "documentNumber", "projectId").contains(field.name())) {
            width = Math.max(width, 32); // names, reasons and explanations
        } else if (field.type() == FieldType.ENUM) {
            width = Math.max(width, 16 + 2 * field.enumCodes().stream().mapToInt(code -> EnumLabels.label(code).length()).max().orElse(0) / 3);
        }
        sheet.setColumnWidth(c, width * 256);
        CellStyle columnStyle = field.type() == FieldType.DATE ? date
                : field.type() == FieldType.TEXT || field.type() == FieldType.ENUM || field.type() == FieldType.BOOLEAN ? text : null;
        if (columnStyle != null) {
            sheet.setDefaultColumnStyle(c, columnStyle);
        }
    }

    private static String commentText(FormField field) {
        return field.title() + (field.required() ? "（必填）" : "（可不填）") + "\n" + field.description() + "\n" + hintText(field);
    }

    private static String hintText(FormField field) {
        return switch (field.type()) {
            case DATE -> "填日期，如 2023-04-01（也可写 2023/4/1、2023年4月1日）。";
            case NUMBER -> field.amount() ? "单位万元，填数字" + (nonNegative(field) ? "，不能为负数。" : "。")
                    : "填数字" + (nonNegative(field) ? "，不能为负数。" : "。");
            case INTEGER -> "填整数" + (nonNegative(field) ? "，不能为负数。" : "。");
            case BOOLEAN -> "从下拉列表选择“是”或“否”。";
            case ENUM -> "从下拉列表选择：" + String.join("、", field.enumCodes().stream().map(EnumLabels::label).toList()) + "。";
            case TEXT -> "填文本。";
        };
    }

    private static boolean nonNegative(FormField field) {
        return field.minimum() != null && field.minimum().signum() == 0;
    }

    private void comment(Cell cell, String content) {
        Drawing<?> drawing = cell.getSheet().createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(content));
        comment.setAuthor("selfeval");
        cell.setCellComment(comment);
    }

    /** Writes a document's value as the cell a finance officer would have typed. */
    private void value(Row row, int c, FormField field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        Cell cell = row.createCell(c);
        if (value.isNumber()) {
            BigDecimal exact = value.decimalValue();
            double asDouble = exact.doubleValue();
            if (Double.isFinite(asDouble) && BigDecimal.valueOf(asDouble).compareTo(exact) == 0) {
                cell.setCellValue(asDouble);
            } else {
                // More digits than a spreadsheet number holds: kept exact as text, which the reader accepts.
                cell.setCellValue(exact.toPlainString());
                cell.setCellStyle(text);
            }
            return;
        }
        if (value.isBoolean()) {
            cell.setCellValue(value.booleanValue() ? "是" : "否");
            return;
        }
        String content = value.isTextual() ? value.asText() : value.toString();
        if (field.type() == FieldType.DATE) {
            try {
                cell.setCellValue(LocalDate.parse(content));
                cell.setCellStyle(date);
                return;
            } catch (DateTimeParseException e) {
                // not a date: written as it is, for the reader to report
            }
        }
        if (field.type() == FieldType.ENUM && field.enumCodes().contains(content)) {
            content = EnumLabels.label(content);
        }
        cell.setCellValue(content);
        cell.setCellStyle(text);
    }

    private void validate(Sheet sheet, CellRangeAddressList cells, FormField field, String unused) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        switch (field.type()) {
            case ENUM -> listValidation(sheet, cells, field.enumCodes().stream().map(EnumLabels::label).toArray(String[]::new));
            case BOOLEAN -> listValidation(sheet, cells, new String[] {"是", "否"});
            case DATE -> addValidation(sheet, helper.createValidation(helper.createDateConstraint(OperatorType.BETWEEN,
                    "=DATE(2000,1,1)", "=DATE(2100,12,31)", null), cells), "请填写 2000 年至 2100 年之间的日期，如 2023-04-01");
            case NUMBER -> {
                if (nonNegative(field)) {
                    addValidation(sheet, helper.createValidation(helper.createDecimalConstraint(
                            OperatorType.GREATER_OR_EQUAL, "0", null), cells), field.title() + "应为不小于 0 的数字");
                }
            }
            case INTEGER -> {
                if (nonNegative(field)) {
                    addValidation(sheet, helper.createValidation(helper.createIntegerConstraint(
                            OperatorType.GREATER_OR_EQUAL, "0", null), cells), field.title() + "应为不小于 0 的整数");
                }
            }
            default -> {
            }
        }
    }

    private void listValidation(Sheet sheet, CellRangeAddressList cells, String[] choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices), cells);
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        addValidation(sheet, validation, "请从下拉列表中选择：" + String.join("、", choices));
    }

    private static void addValidation(Sheet sheet, DataValidation validation, String message) {
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("输入有误", message);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private CellStyle headerStyle(IndexedColors fill) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
