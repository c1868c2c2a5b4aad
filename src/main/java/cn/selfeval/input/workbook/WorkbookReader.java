package cn.selfeval.input.workbook;

import cn.selfeval.input.CellLocation;
import cn.selfeval.input.NodePath;
import cn.selfeval.input.ProblemCollector;
import cn.selfeval.input.workbook.FormSheet.ListSheet;
import cn.selfeval.input.workbook.FormSheet.RecordSheet;
import cn.selfeval.input.workbook.FormSheet.SelfScoreSheet;
import cn.selfeval.input.workbook.FormSheet.TableRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a 自评填报表 (.xlsx) into the JSON tree a JSON submission gives, recording the cell of every field. The
 * workbook is streamed ({@link WorkbookPackage}): only filled cells are kept, and the limits on rows, cells and
 * inflated size are enforced while reading, so a hostile file is refused quickly in bounded memory. What
 * cannot be read without guessing (an impossible or ambiguous date, a formula without a cached result, a
 * percentage-formatted number) is reported at its cell; extra columns, unknown and hidden sheets are warnings.
 */
public final class WorkbookReader {

    /** Larger files are refused before they are opened. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Filled rows per sheet (rows with nothing in them are not counted), enforced while the sheet is read. */
    public static final int MAX_ROWS = 20_000;
    /** Filled cells in the whole workbook, enforced while reading: bounds the memory a workbook takes. */
    public static final int MAX_CELLS = 600_000;
    /** Merged ranges per sheet. */
    public static final int MAX_MERGED = 1_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int HEADER_SCAN_ROWS = 20;

    private static final Pattern DATE_SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DATE_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    private WorkbookReader() {
    }

    /** Whether the bytes are a zip (an .xlsx) or an OLE2 file (an old .xls, or an encrypted workbook). */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        return startsWith(bytes, ZIP) || startsWith(bytes, OLE2);
    }

    /** The tree and the cell map; null (with the problem collected) when the file is not a readable workbook. */
    public static WorkbookDocument read(byte[] bytes, ProblemCollector problems) {
        if (bytes.length > MAX_BYTES) {
            problems.fileProblem(String.format("文件有 %.1f MB，超过填报表 %d MB 的上限，未读取", bytes.length / 1048576.0,
                    MAX_BYTES / 1048576));
            return null;
        }
        if (startsWith(bytes, OLE2)) {
            problems.fileProblem(ole2(bytes));
            return null;
        }
        try (WorkbookPackage workbook = WorkbookPackage.open(bytes)) {
            return new Reading(workbook, problems).read();
        } catch (WorkbookPackage.Unreadable e) {
            problems.fileProblem(e.getMessage());
            return null;
        } catch (RuntimeException e) {
            problems.fileProblem(WorkbookPackage.broken(e));
            return null;
        }
    }

    private static String ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return "工作簿设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再提交";
            }
        } catch (IOException | RuntimeException e) {
            return "文件不完整或已损坏，无法读取（看起来是旧版 Excel 文件）；请在 Excel 或 WPS 中另存为 .xlsx 后再提交";
        }
        return "这是旧版 Excel 97-2003 工作簿（.xls），不能直接读取；请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再提交";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Header and label text as it is compared: no blanks, no * marks, no (万元). */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\u00A0\u3000]", "").replaceAll("^[*＊]+|[*＊]+$", "")
                .replace("（万元）", "").replace("(万元)", "").replaceAll("^[*＊]+|[*＊]+$", "");
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The reading of one workbook. */
    private static final class Reading {

        private final WorkbookPackage workbook;
        private final ProblemCollector problems;
        private final Form form = Form.get();
        private final WorkbookMap map = new WorkbookMap();
        private final ObjectNode root = JsonNodeFactory.instance.objectNode();
        private int sheetIndex;
        private String sheetName;
        private List<CellRangeAddress> merged = List.of();

        Reading(WorkbookPackage workbook, ProblemCollector problems) {
            this.workbook = workbook;
            this.problems = problems;
        }

        WorkbookDocument read() throws WorkbookPackage.Unreadable {
            Map<String, WorkbookPackage.SheetEntry> byName = new LinkedHashMap<>();
            for (WorkbookPackage.SheetEntry sheet : workbook.sheets()) {
                byName.putIfAbsent(CellValue.strip(sheet.name()), sheet);
            }
            Set<String> known = new HashSet<>();
            known.add(Form.GUIDE_SHEET);
            form.sheets().forEach(s -> known.add(s.name()));
            for (Map.Entry<String, WorkbookPackage.SheetEntry> entry : byName.entrySet()) {
                if (!known.contains(entry.getKey()) && workbook.hasContent(entry.getValue())) {
                    problems.warning("工作表“" + entry.getKey() + "”不是填报表的工作表，其内容未读入");
                }
            }
            if (form.sheets().stream().noneMatch(s -> byName.containsKey(s.name()))) {
                problems.fileProblem("工作簿中没有填报表的工作表（应有“基本信息”“采购项目”等工作表）；请用 selfeval template 生成的填报表填写");
                return null;
            }
            for (int i = 0; i < form.sheets().size(); i++) {
                FormSheet formSheet = form.sheets().get(i);
                sheetIndex = i;
                sheetName = formSheet.name();
                WorkbookPackage.SheetEntry entry = byName.get(formSheet.name());
                CellLocation whole = new CellLocation(sheetName, null, sheetIndex, 0, 0);
                NodePath path = pathOf(formSheet);
                map.container(path, whole);
                if (entry == null) {
                    missingSheet(formSheet);
                    continue;
                }
                if (entry.hidden()) {
                    problems.warning("工作表“" + sheetName + "”是隐藏的，其内容照常读入");
                }
                SheetGrid sheet;
                try {
                    sheet = workbook.read(entry);
                } catch (SheetParser.LimitReached e) {
                    if (e.wholeWorkbook) {
                        problems.fileProblem(e.message);
                        return null;
                    }
                    problems.atCell(whole, null, e.message);
                    // what the sheet holds is not reported again as missing
                    problems.alreadyReported(path);
                    if (formSheet instanceof RecordSheet record) {
                        record.fields().forEach(f -> problems.alreadyReported(f.under(record.path())));
                    }
                    continue;
                }
                merged = sheet.merged();
                if (formSheet instanceof ListSheet list) {
                    readList(list, sheet);
                } else if (formSheet instanceof RecordSheet record) {
                    readRecord(record, sheet);
                } else {
                    readScores(sheet);
                }
            }
            return new WorkbookDocument(ordered(root), map);
        }

        private NodePath pathOf(FormSheet sheet) {
            if (sheet instanceof ListSheet list) {
                return list.path();
            }
            if (sheet instanceof RecordSheet record) {
                return record.path();
            }
            return NodePath.ROOT.property("selfScores");
        }

        private void missingSheet(FormSheet sheet) {
            if (sheet instanceof ListSheet list && list.required()) {
                return; // the schema reports the list as missing, at the sheet
            }
            if (sheet instanceof RecordSheet record && record.required()) {
                problems.atCell(new CellLocation(sheetName, null, sheetIndex, 0, 0), null,
                        "缺少工作表“" + sheetName + "”，本表必须填报");
                // its fields are not reported one by one as well
                record.fields().forEach(f -> problems.alreadyReported(record.path().property(f.path().get(0))));
                return;
            }
            problems.warning("没有工作表“" + sheetName + "”，按未填报处理");
        }

        // -------------------------------------------------------------------------------------------- list sheets

        private record Header(int row, int lastRow, Map<Integer, FormField> columns) {
        }

        private void readList(ListSheet list, SheetGrid sheet) {
            map.listSheet(list.path(), sheetName);
            Map<String, FormField> byTitle = new LinkedHashMap<>();
            list.columns().forEach(c -> byTitle.put(normalize(c.title()), c));
            Header header = header(sheet, byTitle, 0);
            int[] status = statusCell(sheet, header == null ? HEADER_SCAN_ROWS : header.row());
            CellLocation statusLocation = status == null
                    ? new CellLocation(sheetName, null, sheetIndex, 0, 0)
                    : location(status[0], status[1], Form.STATUS_LABEL);
            map.container(list.path(), statusLocation);
            if (status != null) {
                map.status(list.path(), statusLocation);
            }
            String statusText = status == null ? "" : text(sheet, status[0], status[1]);
            Form.Status chosen = statusText.isEmpty() ? null : Form.Status.of(normalize(statusText));
            if (!statusText.isEmpty() && chosen == null) {
                problems.atCell(statusLocation, list.path(), "“" + statusText + "”不是可选的本表情况，可选："
                        + String.join("、", java.util.Arrays.stream(Form.Status.values()).map(Form.Status::label).toList()));
                return;
            }
            if (header == null) {
                if (hasContent(sheet, 0) && chosen != Form.Status.NONE_THIS_YEAR && chosen != Form.Status.NOT_REPORTED) {
                    problems.atCell(statusLocation, list.path(), "找不到表头行（应有“" + list.columns().get(0).title() + "”“"
                            + list.columns().get(1).title() + "”等列标题）");
                    return;
                }
                decide(list, chosen, statusLocation, JsonNodeFactory.instance.arrayNode(), null);
                return;
            }
            List<FormField> missingColumns = checkColumns(list.columns(), header, sheet);
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            Integer firstRow = null;
            for (int r : sheet.rowsFrom(header.lastRow() + 1)) {
                NodePath itemPath = list.path().index(items.size());
                ObjectNode item = readRow(sheet, r, header, itemPath);
                if (item == null) {
                    continue;
                }
                missingColumns.forEach(field -> problems.alreadyReported(field.under(itemPath)));
                String where = sheetName + "第" + (r + 1) + "行";
                map.row(itemPath, new CellLocation(where, null, sheetIndex, r + 1, 0));
                map.listRow(list.path(), sheetName, where);
                items.add(item);
                firstRow = firstRow == null ? r + 1 : firstRow;
            }
            decide(list, chosen, statusLocation, items, firstRow);
        }

        /** Puts the list in the tree, or leaves it out, as the 本表情况 cell and the rows say. */
        private void decide(ListSheet list, Form.Status chosen, CellLocation statusLocation, ArrayNode items, Integer firstRow) {
            String statusRef = statusLocation.where().contains("!")
                    ? statusLocation.where().substring(statusLocation.where().indexOf('!') + 1) : "本表情况";
            if (chosen == null) {
                if (!items.isEmpty()) {
                    put(list.path(), items);
                } else if (!list.required()) {
                    problems.warning(sheetName + "：没有填写任何事项，也没有在" + statusRef + "选择本表情况，按“未填报”处理"
                            + "（本年度没有此类事项的，请选择“" + Form.Status.NONE_THIS_YEAR.label() + "”）");
                }
                return;
            }
            switch (chosen) {
                case HAS_ITEMS -> {
                    if (items.isEmpty()) {
                        problems.atCell(statusLocation, list.path(), "选择了“" + chosen.label() + "”，但表中没有填写任何事项");
                    } else {
                        put(list.path(), items);
                    }
                }
                case NONE_THIS_YEAR -> {
                    if (items.isEmpty()) {
                        put(list.path(), items);
                    } else {
                        problems.atCell(statusLocation, list.path(), "选择了“" + chosen.label() + "”，但表中填写了 " + items.size()
                                + " 项（第" + firstRow + "行起）；有事项的请选择“" + Form.Status.HAS_ITEMS.label() + "”");
                    }
                }
                case NOT_REPORTED -> {
                    if (!items.isEmpty()) {
                        problems.atCell(statusLocation, list.path(), "选择了“" + chosen.label() + "”，但表中填写了 " + items.size()
                                + " 项（第" + firstRow + "行起）；有事项的请选择“" + Form.Status.HAS_ITEMS.label() + "”");
                    }
                }
            }
        }

        /**
         * One row as an item; null when none of its known cells holds anything (a row that only the lower part of
         * a cell merged from above reaches is not an item, and its merged-away cell is not reported).
         */
        private ObjectNode readRow(SheetGrid sheet, int r, Header header, NodePath itemPath) {
            if (header.columns().keySet().stream().allMatch(c -> sheet.value(r, c) instanceof CellValue.Blank)) {
                return null;
            }
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            Map<NodePath, CellLocation> cells = new LinkedHashMap<>();
            Map<NodePath, List<Object[]>> nested = new LinkedHashMap<>();
            boolean any = false;
            for (Map.Entry<Integer, FormField> column : header.columns().entrySet()) {
                FormField field = column.getValue();
                NodePath path = field.under(itemPath);
                CellLocation location = location(r, column.getKey(), field.title());
                cells.put(path, location);
                JsonNode value = convert(sheet, field, location, path, r, column.getKey());
                if (field.path().size() > 1) {
                    nested.computeIfAbsent(path.parent(), k -> new ArrayList<>()).add(new Object[] {field, value != null});
                }
                if (value != null) {
                    any = true;
                    set(item, field.path(), value);
                }
            }
            if (!any) {
                return null;
            }
            cells.forEach(map::cell);
            nested.forEach((object, fields) -> fields.forEach(f -> map.nested(object, ((FormField) f[0]).name(),
                    ((FormField) f[0]).title(), (Boolean) f[1])));
            return item;
        }

        /** Reports the columns that are not there; returns the required ones, whose cells are then not reported. */
        private List<FormField> checkColumns(List<FormField> fields, Header header, SheetGrid sheet) {
            boolean hasRows = !sheet.rowsFrom(header.lastRow() + 1).isEmpty();
            List<FormField> missing = new ArrayList<>();
            for (FormField field : fields) {
                if (!header.columns().containsValue(field)) {
                    if (field.required()) {
                        missing.add(field);
                        problems.atCell(location(header.row(), -1, null), null, "缺少“" + field.title() + "”列（第"
                                + (header.row() + 1) + "行是表头）");
                    } else if (hasRows && !field.planned()) {
                        problems.warning(sheetName + "：没有“" + field.title() + "”列，按该列全部未填处理");
                    }
                }
            }
            return missing;
        }

        /**
         * The header row: among the first rows, the one naming most of the fields. A header cell merged over several
         * rows extends the header down to the merge's last row; the columns' titles are taken from the lowest row
         * that names a field (so a group title merged above two columns is passed over).
         */
        private Header header(SheetGrid sheet, Map<String, FormField> byTitle, int firstColumn) {
            int best = -1;
            int bestCount = 0;
            for (int r : sheet.rowsBefore(HEADER_SCAN_ROWS)) {
                int count = 0;
                for (int c = firstColumn; c < sheet.width(r); c++) {
                    if (byTitle.containsKey(normalize(text(sheet, r, c)))) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = r;
                    bestCount = count;
                }
            }
            if (best < 0) {
                return null;
            }
            int last = best;
            for (CellRangeAddress region : merged) {
                if (region.getFirstRow() <= best && region.getLastRow() > best) {
                    last = Math.max(last, Math.min(region.getLastRow(), best + 3));
                }
            }
            int width = 0;
            for (int r : sheet.rowsFrom(best)) {
                width = Math.max(width, sheet.width(r));
            }
            Map<Integer, FormField> columns = new LinkedHashMap<>();
            Map<FormField, Integer> taken = new HashMap<>();
            for (int c = firstColumn; c < width; c++) {
                String unknown = null;
                FormField field = null;
                for (int r = last; r >= best; r--) {
                    CellRangeAddress region = regionOf(r, c);
                    if (region != null && region.getFirstColumn() != c) {
                        break; // a title merged across columns belongs to its first column
                    }
                    String text = text(sheet, r, c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    field = byTitle.get(normalize(text));
                    if (field != null) {
                        break;
                    }
                    unknown = unknown == null ? text : unknown;
                }
                if (field != null) {
                    Integer previous = taken.putIfAbsent(field, c);
                    if (previous != null) {
                        problems.atCell(location(best, c, field.title()), null, "列标题“" + field.title() + "”重复，与"
                                + CellReference.convertNumToColString(previous) + "列相同；请删去其中一列");
                    } else {
                        columns.put(c, field);
                    }
                } else if (unknown != null) {
                    problems.warning(location(best, c, null).where() + "：列“" + unknown.replaceAll("\\s+", "")
                            + "”不是本表的列，其内容未读入");
                } else if (columnHasData(sheet, c, last + 1)) {
                    problems.warning(sheetName + "：" + CellReference.convertNumToColString(c) + "列没有列标题，其内容未读入");
                }
            }
            return new Header(best, last, columns);
        }

        private boolean columnHasData(SheetGrid sheet, int c, int fromRow) {
            for (int r : sheet.rowsFrom(fromRow)) {
                if (!(sheet.value(r, c) instanceof CellValue.Blank)) {
                    return true;
                }
            }
            return false;
        }

        /** The row and column of the cell next to the 本表情况 label above the header; null when there is none. */
        private int[] statusCell(SheetGrid sheet, int beforeRow) {
            for (int r : sheet.rowsBefore(beforeRow)) {
                for (int c = 0; c < sheet.width(r); c++) {
                    if (normalize(text(sheet, r, c)).equals(Form.STATUS_LABEL)) {
                        CellRangeAddress region = regionOf(r, c);
                        return new int[] {r, region == null ? c + 1 : region.getLastColumn() + 1};
                    }
                }
            }
            return null;
        }

        private boolean hasContent(SheetGrid sheet, int fromRow) {
            return !sheet.rowsFrom(fromRow).isEmpty();
        }

        // ------------------------------------------------------------------------------------------ record sheets

        private void readRecord(RecordSheet record, SheetGrid sheet) {
            map.objectSheet(record.path(), sheetName);
            boolean rootSheet = record.path().elements().isEmpty();
            ObjectNode object = rootSheet ? root : JsonNodeFactory.instance.objectNode();
            boolean any = false;
            // The fields, one per row: 项目 | 填写内容.
            Map<String, FormField> byLabel = new LinkedHashMap<>();
            record.fields().forEach(f -> byLabel.put(normalize(f.title()), f));
            Map<FormField, int[]> found = new HashMap<>();
            for (int r : sheet.rowsFrom(0)) {
                FormField field = byLabel.get(normalize(text(sheet, r, 0)));
                if (field != null && !found.containsKey(field)) {
                    CellRangeAddress region = regionOf(r, 0);
                    found.put(field, new int[] {r, region == null ? 1 : region.getLastColumn() + 1});
                }
            }
            for (FormField field : record.fields()) {
                int[] at = found.get(field);
                NodePath path = field.under(record.path());
                if (at == null) {
                    if (field.required()) {
                        problems.atCell(new CellLocation(sheetName, null, sheetIndex, 0, 0), path,
                                "找不到“" + field.title() + "”一行（A列写项目名称，B列填写内容）");
                    }
                    continue;
                }
                CellLocation location = location(at[0], at[1], field.title());
                map.cell(path, location);
                JsonNode value = convert(sheet, field, location, path, at[0], at[1]);
                if (value != null) {
                    any = true;
                    set(object, field.path(), value);
                }
            }
            // The table: rows × columns (“三公”经费, 预算执行).
            if (!record.tableRows().isEmpty()) {
                Map<String, FormField> byTitle = new LinkedHashMap<>();
                record.tableColumns().forEach(c -> byTitle.put(normalize(c.title()), c));
                Header header = header(sheet, byTitle, 1);
                Map<String, TableRow> rowsByTitle = new LinkedHashMap<>();
                record.tableRows().forEach(t -> rowsByTitle.put(normalize(t.title()), t));
                Map<TableRow, Integer> rowOf = new LinkedHashMap<>();
                for (int r : sheet.rowsFrom(header == null ? 0 : header.lastRow() + 1)) {
                    TableRow tableRow = rowsByTitle.get(normalize(text(sheet, r, 0)));
                    if (tableRow != null) {
                        rowOf.putIfAbsent(tableRow, r);
                    }
                }
                for (TableRow tableRow : record.tableRows()) {
                    Integer r = rowOf.get(tableRow);
                    NodePath rowPath = record.path().property(tableRow.name());
                    if (r == null || header == null) {
                        continue;
                    }
                    map.row(rowPath, new CellLocation(sheetName + "第" + (r + 1) + "行", tableRow.title(), sheetIndex, r + 1, 0));
                    map.tableRow(tableRow.name(), sheetName + "第" + (r + 1) + "行");
                    ObjectNode line = JsonNodeFactory.instance.objectNode();
                    for (Map.Entry<Integer, FormField> column : header.columns().entrySet()) {
                        FormField field = column.getValue();
                        NodePath path = field.under(rowPath);
                        CellLocation location = location(r, column.getKey(), tableRow.title() + "·" + field.title());
                        map.cell(path, location);
                        JsonNode value = convert(sheet, field, location, path, r, column.getKey());
                        if (value != null) {
                            set(line, field.path(), value);
                        }
                    }
                    if (!line.isEmpty()) {
                        any = true;
                        object.set(tableRow.name(), line);
                    }
                }
                if (any) {
                    for (TableRow tableRow : record.tableRows()) {
                        if (tableRow.required() && !object.has(tableRow.name())) {
                            if (rowOf.containsKey(tableRow) && header != null) {
                                object.set(tableRow.name(), JsonNodeFactory.instance.objectNode());
                            } else {
                                problems.atCell(new CellLocation(sheetName, null, sheetIndex, 0, 0),
                                        record.path().property(tableRow.name()), "找不到“" + tableRow.title() + "”一行");
                            }
                        }
                    }
                    if (header == null) {
                        problems.atCell(new CellLocation(sheetName, null, sheetIndex, 0, 0), record.path(),
                                "找不到表头行（应有“" + record.tableColumns().get(0).title() + "”等列标题）");
                    }
                }
            }
            if (rootSheet) {
                // Required objects of the root (unit) are there, so that each empty field is reported at its cell.
                for (FormField field : record.fields()) {
                    if (field.path().size() > 1 && !root.has(field.path().get(0))) {
                        root.set(field.path().get(0), JsonNodeFactory.instance.objectNode());
                    }
                }
            } else if (any) {
                put(record.path(), object);
            }
        }

        // -------------------------------------------------------------------------------------- self-score sheet

        private void readScores(SheetGrid sheet) {
            NodePath base = NodePath.ROOT.property("selfScores");
            FormField code = new FormField(List.of("code"), "指标编号", "", FieldType.TEXT, List.of(), true, false, null, false);
            FormField score = new FormField(List.of("score"), "自评得分", "", FieldType.NUMBER, List.of(), false, false,
                    BigDecimal.ZERO, false);
            Map<String, FormField> byTitle = new LinkedHashMap<>();
            byTitle.put(normalize(code.title()), code);
            byTitle.put(normalize(score.title()), score);
            // what the template lists beside the code for the reader's eyes only
            byTitle.put("指标名称", new FormField(List.of("name"), "指标名称", "", FieldType.TEXT, List.of(), false, false, null, false));
            byTitle.put("分值", new FormField(List.of("points"), "分值", "", FieldType.NUMBER, List.of(), false, false, null, false));
            Header header = header(sheet, byTitle, 0);
            if (header == null || !header.columns().containsValue(code) || !header.columns().containsValue(score)) {
                if (hasContent(sheet, 0)) {
                    problems.atCell(new CellLocation(sheetName, null, sheetIndex, 0, 0), base,
                            "找不到表头行（应有“指标编号”和“自评得分”两列）");
                }
                return;
            }
            int codeColumn = -1;
            int scoreColumn = -1;
            for (Map.Entry<Integer, FormField> e : header.columns().entrySet()) {
                if (e.getValue() == code) {
                    codeColumn = e.getKey();
                } else if (e.getValue() == score) {
                    scoreColumn = e.getKey();
                }
            }
            ObjectNode scores = JsonNodeFactory.instance.objectNode();
            Map<String, Integer> rowOfCode = new HashMap<>();
            for (int r : sheet.rowsFrom(header.lastRow() + 1)) {
                CellValue codeValue = sheet.value(r, codeColumn);
                String indicator = codeValue instanceof CellValue.Text t ? t.text()
                        : codeValue instanceof CellValue.Number n ? plain(BigDecimal.valueOf(n.value())) : "";
                CellLocation scoreLocation = location(r, scoreColumn, "自评得分");
                NodePath path = indicator.isEmpty() ? base : base.property(indicator);
                JsonNode value = convert(sheet, score, scoreLocation, path, r, scoreColumn);
                if (value == null) {
                    continue;
                }
                if (indicator.isEmpty()) {
                    problems.atCell(scoreLocation, null, "填了自评得分，却没有指标编号（" + location(r, codeColumn, null).where()
                            .substring(sheetName.length() + 1) + "）");
                    continue;
                }
                Integer first = rowOfCode.putIfAbsent(indicator, r + 1);
                if (first != null) {
                    problems.atCell(location(r, codeColumn, "指标编号"), null, "指标编号“" + indicator + "”重复，与第" + first
                            + "行相同");
                    continue;
                }
                map.cell(path, scoreLocation);
                scores.set(indicator, value);
            }
            if (!scores.isEmpty()) {
                root.set("selfScores", scores);
            }
        }

        // ------------------------------------------------------------------------------------------------ values

        /**
         * The JSON value of a cell for a field; null when the cell is empty. What cannot be read without guessing is
         * reported at the cell and kept as text, so that the row still counts as filled and the value is not
         * reported a second time.
         */
        private JsonNode convert(SheetGrid sheet, FormField field, CellLocation location, NodePath path, int r, int c) {
            CellValue value = sheet.value(r, c);
            if (value instanceof CellValue.Blank) {
                // Excel writes no element at all for most merged-away cells: the merge tells, not the element.
                CellRangeAddress region = regionOf(r, c);
                if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)
                        && !(sheet.value(region.getFirstRow(), region.getFirstColumn()) instanceof CellValue.Blank)) {
                    problems.atCell(location, path, "单元格与 " + new CellReference(region.getFirstRow(),
                            region.getFirstColumn()).formatAsString() + " 合并，合并单元格只在第一格有值；请取消合并，每行分别填写");
                    return TextNode.valueOf("");
                }
                return null;
            }
            if (value instanceof CellValue.Error e) {
                problems.atCell(location, path, (e.formula() == null ? "单元格的值是错误值 " + e.code()
                        : formula(e.formula()) + "的结果是错误值 " + e.code()) + "；请改正公式，或直接填写" + field.type().label());
                return TextNode.valueOf(e.code());
            }
            if (value instanceof CellValue.NoCachedValue f) {
                problems.atCell(location, path, formula(f.formula()) + "没有保存计算结果（文件可能不是由 Excel 或 WPS 保存的）；"
                        + "请在 Excel 或 WPS 中打开并保存后再提交，或直接填写" + field.type().label());
                return TextNode.valueOf("=" + f.formula());
            }
            if (value instanceof CellValue.Unreadable u) {
                problems.atCell(location, path, u.problem() + "；请在 Excel 或 WPS 中重新填写该单元格");
                return TextNode.valueOf("");
            }
            switch (field.type()) {
                case NUMBER:
                case INTEGER:
                    return number(value, location, path);
                case BOOLEAN:
                    return bool(value, location, path);
                case DATE:
                    return date(value, location, path);
                default:
                    if (value instanceof CellValue.Text t) {
                        return TextNode.valueOf(t.text());
                    }
                    if (value instanceof CellValue.Number n) {
                        return TextNode.valueOf(n.dateFormatted() ? date(n.value()).toString() : plain(BigDecimal.valueOf(n.value())));
                    }
                    if (value instanceof CellValue.Bool bool) {
                        return TextNode.valueOf(bool.value() ? "是" : "否");
                    }
                    return null;
            }
        }

        private JsonNode number(CellValue value, CellLocation location, NodePath path) {
            if (value instanceof CellValue.Number n) {
                if (n.percentFormatted()) {
                    problems.atCell(location, path, "单元格是百分比格式（显示为 " + plain(BigDecimal.valueOf(n.value())
                            .movePointRight(2)) + "%，实际值是 " + plain(BigDecimal.valueOf(n.value())) + "）；请直接填写数字（如 95），"
                            + "并把单元格格式设为“常规”或“数值”");
                    return TextNode.valueOf(String.valueOf(n.value()));
                }
                if (n.dateFormatted()) {
                    problems.atCell(location, path, "单元格是日期格式（显示为 " + date(n.value())
                            + "），这里应填数字；请把单元格格式设为“常规”或“数值”后重新填写");
                    return TextNode.valueOf(String.valueOf(n.value()));
                }
                return numberNode(BigDecimal.valueOf(n.value()));
            }
            if (value instanceof CellValue.Text t) {
                // A number stored as text: plain digits, or with thousands separators in groups of three.
                String text = t.text();
                String digits = halfWidth(text);
                if (NUMBER_TEXT.matcher(digits).matches()) {
                    return numberNode(new BigDecimal(digits.replace(",", "").replace("+", "")));
                }
                return TextNode.valueOf(text);
            }
            if (value instanceof CellValue.Bool b) {
                return BooleanNode.valueOf(b.value());
            }
            return null;
        }

        private JsonNode bool(CellValue value, CellLocation location, NodePath path) {
            String shown;
            if (value instanceof CellValue.Bool b) {
                return BooleanNode.valueOf(b.value());
            } else if (value instanceof CellValue.Text t) {
                String text = t.text();
                if (text.equals("是") || text.equalsIgnoreCase("true")) {
                    return BooleanNode.TRUE;
                }
                if (text.equals("否") || text.equalsIgnoreCase("false")) {
                    return BooleanNode.FALSE;
                }
                shown = "“" + text + "”";
            } else if (value instanceof CellValue.Number n) {
                shown = "数字 " + plain(BigDecimal.valueOf(n.value()));
            } else {
                return null;
            }
            problems.atCell(location, path, "应填“是”或“否”，实为" + shown);
            return TextNode.valueOf(shown);
        }

        private JsonNode date(CellValue value, CellLocation location, NodePath path) {
            if (value instanceof CellValue.Number n && n.dateFormatted()) {
                if (!DateUtil.isValidExcelDate(n.value())) {
                    problems.atCell(location, path, "日期单元格的值 " + n.value() + " 不是有效的日期");
                    return TextNode.valueOf(String.valueOf(n.value()));
                }
                return TextNode.valueOf(date(n.value()).toString());
            }
            if (value instanceof CellValue.Number n) {
                String shown = plain(BigDecimal.valueOf(n.value()));
                problems.atCell(location, path, "“" + shown + "”是数字，不是日期；请填写日期（如 2023-04-01）并把单元格格式设为日期");
                return TextNode.valueOf(shown);
            }
            if (value instanceof CellValue.Text t) {
                return textDate(t.text(), location, path);
            }
            if (value instanceof CellValue.Bool b) {
                problems.atCell(location, path, "应为日期，实为" + (b.value() ? "TRUE" : "FALSE"));
                return TextNode.valueOf(String.valueOf(b.value()));
            }
            return null;
        }

        /** 2023-04-01, 2023/4/1, 2023.4.1 and 2023年4月1日 are read; anything else is refused, never guessed. */
        private JsonNode textDate(String text, CellLocation location, NodePath path) {
            Matcher separated = DATE_SEPARATED.matcher(halfWidth(text));
            Matcher chinese = DATE_CHINESE.matcher(halfWidth(text));
            Matcher matched = separated.matches() ? separated : chinese.matches() ? chinese : null;
            if (matched == null) {
                problems.atCell(location, path, "无法识别日期“" + text + "”：请写成 2023-04-01、2023/4/1 或 2023年4月1日，"
                        + "或填写日期格式的单元格");
                return TextNode.valueOf(text);
            }
            int year = Integer.parseInt(matched.group(1));
            int month = Integer.parseInt(matched == separated ? matched.group(3) : matched.group(2));
            int day = Integer.parseInt(matched == separated ? matched.group(4) : matched.group(3));
            try {
                return TextNode.valueOf(LocalDate.of(year, month, day).toString());
            } catch (DateTimeException e) {
                problems.atCell(location, path, "日期“" + text + "”不存在");
                return TextNode.valueOf(text);
            }
        }

        private LocalDate date(double serial) {
            LocalDateTime time = DateUtil.getLocalDateTime(serial, workbook.date1904());
            return time.toLocalDate();
        }

        /** {@code 公式 =B3*0.9 }; a formula shared from another cell has no text of its own. */
        private static String formula(String formula) {
            return formula == null || formula.isEmpty() ? "公式" : "公式 =" + formula + " ";
        }

        // ------------------------------------------------------------------------------------------------ helpers

        private CellLocation location(int r, int c, String column) {
            String where = c < 0 ? sheetName + "第" + (r + 1) + "行" : sheetName + "!" + CellReference.convertNumToColString(c) + (r + 1);
            return new CellLocation(where, column, sheetIndex, r + 1, c + 1);
        }

        private CellRangeAddress regionOf(int r, int c) {
            for (CellRangeAddress region : merged) {
                if (region.isInRange(r, c)) {
                    return region;
                }
            }
            return null;
        }

        /** The text a cell shows for matching titles and labels; a merged cell shows its first cell's. */
        private String text(SheetGrid sheet, int r, int c) {
            CellRangeAddress region = regionOf(r, c);
            if (region != null) {
                r = region.getFirstRow();
                c = region.getFirstColumn();
            }
            CellValue value = sheet.value(r, c);
            if (value instanceof CellValue.Text t) {
                return t.text();
            }
            return value instanceof CellValue.Number n ? plain(BigDecimal.valueOf(n.value())) : "";
        }

        private void put(NodePath path, JsonNode value) {
            ObjectNode parent = root;
            List<Object> elements = path.elements();
            for (int i = 0; i < elements.size() - 1; i++) {
                String name = (String) elements.get(i);
                if (!(parent.get(name) instanceof ObjectNode)) {
                    parent.set(name, JsonNodeFactory.instance.objectNode());
                }
                parent = (ObjectNode) parent.get(name);
            }
            parent.set((String) elements.get(elements.size() - 1), value);
        }
    }

    private static void set(ObjectNode object, List<String> path, JsonNode value) {
        ObjectNode parent = object;
        for (int i = 0; i < path.size() - 1; i++) {
            if (!(parent.get(path.get(i)) instanceof ObjectNode)) {
                parent.set(path.get(i), JsonNodeFactory.instance.objectNode());
            }
            parent = (ObjectNode) parent.get(path.get(i));
        }
        parent.set(path.get(path.size() - 1), value);
    }

    /**
     * Full-width digits and the signs written with them (２３０、１，８５０．５、２０２３／４／１) as ASCII: a Chinese input
     * method in full-width mode types them, and a clerk reads them as the same number.
     */
    static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0B' || c == '\uFF0C' || c == '\uFF0D'
                    || c == '\uFF0E' || c == '\uFF0F' ? (char) (c - 0xFEE0) : c;
            if (ascii != c && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(ascii);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Integral values as integers (as a JSON parser gives them), others as exact decimals. */
    static JsonNode numberNode(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            long whole = stripped.longValueExact();
            return whole == (int) whole ? IntNode.valueOf((int) whole) : LongNode.valueOf(whole);
        }
        return DecimalNode.valueOf(stripped);
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The document's top-level properties in the schema's order, as a JSON submission writes them. */
    private static ObjectNode ordered(ObjectNode root) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (String name : List.of("unit", "year", "procurementProjects", "threePublicCosts", "publicFunds",
                "assetInventories", "budgetExecution", "performanceIndicators", "management", "assetManagement",
                "selfScores")) {
            if (root.has(name)) {
                ordered.set(name, root.get(name));
            }
        }
        root.fields().forEachRemaining(e -> {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }
}
