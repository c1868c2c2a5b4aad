package cn.selfeval.input.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream into a {@link SheetGrid}, enforcing the limits as it goes: the filled rows
 * of the sheet, the filled cells of the whole workbook, the merged ranges and the length of a cell's text. A
 * formula is read by its cached result; one saved without a result ({@code <f>B3*0.9</f><v/>}, or no {@code <v>})
 * is told apart, never read as 0.
 */
final class SheetParser extends DefaultHandler {

    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;

    /** A limit reached while reading: the sheet (or the workbook) is not read further. */
    static final class LimitReached extends SAXException {
        final String message;
        final boolean wholeWorkbook;

        LimitReached(String message, boolean wholeWorkbook) {
            super(message);
            this.message = message;
            this.wholeWorkbook = wholeWorkbook;
        }
    }

    /** Stops reading at the first filled cell (enough to tell that a sheet has content). */
    private static final class FoundContent extends SAXException {
        FoundContent() {
            super("content found");
        }
    }

    /** Filled cells the workbook may still hold, shared by its sheets. */
    static final class CellBudget {
        private int left;

        CellBudget(int cells) {
            left = cells;
        }
    }

    private final List<String> strings;
    private final NumberFormats formats;
    private final CellBudget budget;
    private final boolean firstCellOnly;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final SheetGrid grid = new SheetGrid(merged);
    private boolean found;

    private int row = -1;
    private int column;
    private final List<Integer> rowColumns = new ArrayList<>();
    private final List<CellValue> rowValues = new ArrayList<>();

    private String type;
    private int style;
    private boolean formula;
    private boolean valueSeen;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formulaText = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder reading;
    private boolean inInline;
    private int phonetic;

    private SheetParser(List<String> strings, NumberFormats formats, CellBudget budget, boolean firstCellOnly) {
        this.strings = strings;
        this.formats = formats;
        this.budget = budget;
        this.firstCellOnly = firstCellOnly;
    }

    static SheetParser reading(List<String> strings, NumberFormats formats, CellBudget budget) {
        return new SheetParser(strings, formats, budget, false);
    }

    static SheetParser lookingForContent(List<String> strings, NumberFormats formats) {
        return new SheetParser(strings, formats, new CellBudget(Integer.MAX_VALUE), true);
    }

    SheetGrid grid() {
        return grid;
    }

    boolean foundContent() {
        return found;
    }

    /** Whether the exception only ends a {@link #lookingForContent} reading. */
    static boolean isStop(Throwable e) {
        return e instanceof FoundContent;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                Integer r = number(attributes.getValue("r"));
                row = r == null ? row + 1 : r - 1;
                column = -1;
                rowColumns.clear();
                rowValues.clear();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref, column + 1);
                type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
                Integer s = number(attributes.getValue("s"));
                style = s == null ? 0 : s;
                formula = false;
                valueSeen = false;
                value.setLength(0);
                formulaText.setLength(0);
                inline.setLength(0);
                reading = null;
            }
            case "v" -> {
                valueSeen = true;
                reading = value;
            }
            case "f" -> {
                formula = true;
                reading = formulaText;
            }
            case "is" -> inInline = true;
            case "t" -> reading = inInline && phonetic == 0 ? inline : null;
            case "rPh" -> phonetic++;
            case "mergeCell" -> merge(attributes.getValue("ref"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "f", "t" -> reading = null;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "c" -> {
                CellValue cell = cell();
                if (!(cell instanceof CellValue.Blank)) {
                    if (firstCellOnly) {
                        found = true;
                        throw new FoundContent();
                    }
                    if (--budget.left < 0) {
                        throw new LimitReached("工作簿中填写的单元格超过 " + String.format("%,d", WorkbookReader.MAX_CELLS)
                                + " 个的上限，未读取", true);
                    }
                    rowColumns.add(column);
                    rowValues.add(cell);
                }
            }
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (reading != null) {
            if (reading.length() + length > MAX_CELL_CHARS) {
                throw new LimitReached("单元格 " + new CellReference(Math.max(row, 0), Math.max(column, 0)).formatAsString()
                        + " 的内容超过 " + String.format("%,d", MAX_CELL_CHARS) + " 个字符（Excel 单元格的上限），未读入本表", false);
            }
            reading.append(ch, start, length);
        }
    }

    private void endRow() throws SAXException {
        if (rowValues.isEmpty()) {
            return;
        }
        int[] columns = rowColumns.stream().mapToInt(Integer::intValue).toArray();
        if (grid.addRow(row, columns, rowValues.toArray(new CellValue[0]))
                && grid.filledRows() > WorkbookReader.MAX_ROWS) {
            throw new LimitReached("本表填写的行超过 " + String.format("%,d", WorkbookReader.MAX_ROWS) + " 行的上限（读到第 "
                    + String.format("%,d", row + 1) + " 行时），未读入", false);
        }
    }

    private void merge(String ref) throws SAXException {
        if (ref == null) {
            return;
        }
        if (merged.size() >= WorkbookReader.MAX_MERGED) {
            throw new LimitReached("本表的合并单元格超过 " + String.format("%,d", WorkbookReader.MAX_MERGED) + " 处的上限，未读入", false);
        }
        try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getFirstRow() >= 0 && range.getFirstColumn() >= 0) {
                merged.add(range);
            }
        } catch (RuntimeException e) {
            // a range that names no cells merges nothing
        }
    }

    /** The cell just read, as the reader sees it. */
    private CellValue cell() {
        String v = value.toString();
        if (type.equals("inlineStr")) {
            return CellValue.text(inline.toString());
        }
        if (formula) {
            String f = formulaText.toString().strip();
            if (type.equals("str") && valueSeen) {
                return CellValue.text(v); // a formula whose result is text, possibly ""
            }
            if (v.isBlank()) {
                return new CellValue.NoCachedValue(f);
            }
            return switch (type) {
                case "e" -> new CellValue.Error(v.strip(), f);
                case "b" -> new CellValue.Bool(v.strip().equals("1") || v.strip().equalsIgnoreCase("true"));
                case "s" -> shared(v);
                default -> number(v, f);
            };
        }
        if (!valueSeen) {
            return CellValue.BLANK;
        }
        return switch (type) {
            case "s" -> shared(v);
            case "str" -> CellValue.text(v);
            case "b" -> new CellValue.Bool(v.strip().equals("1") || v.strip().equalsIgnoreCase("true"));
            case "e" -> new CellValue.Error(v.strip(), null);
            case "d" -> isoDate(v);
            default -> v.isBlank() ? CellValue.BLANK : number(v, null);
        };
    }

    private CellValue shared(String v) {
        Integer index = number(v);
        if (index == null || index < 0 || index >= strings.size()) {
            return new CellValue.Unreadable("单元格引用的共享字符串（第 " + v.strip() + " 项）不存在");
        }
        return CellValue.text(strings.get(index));
    }

    private CellValue number(String v, String formula) {
        double number;
        try {
            number = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return new CellValue.Unreadable("单元格的数值“" + v.strip() + "”无法读取");
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return new CellValue.Unreadable("单元格的数值“" + v.strip() + "”无法读取");
        }
        boolean date = formats.isDate(style) && DateUtil.isValidExcelDate(number);
        return new CellValue.Number(number, date, !date && formats.isPercent(style));
    }

    /** A cell of type d (ISO 8601), as a few programs write dates. */
    private CellValue isoDate(String v) {
        try {
            String text = v.strip();
            java.time.LocalDateTime time = text.length() <= 10 ? java.time.LocalDate.parse(text).atStartOfDay()
                    : java.time.LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
            return new CellValue.Number(DateUtil.getExcelDate(time), true, false);
        } catch (RuntimeException e) {
            return new CellValue.Unreadable("单元格的日期“" + v.strip() + "”无法读取");
        }
    }

    private static int columnOf(String ref, int otherwise) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (c > 16_384) {
                return otherwise;
            }
        }
        return i == 0 ? otherwise : c - 1;
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
