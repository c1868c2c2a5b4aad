package cn.selfeval.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the .xlsx downloads share: a few cell styles and writing the workbook to bytes. */
final class Workbooks {

    final XSSFWorkbook book = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    final CellStyle bold;
    final CellStyle boldNumber;

    Workbooks() {
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font strong = book.createFont();
        strong.setBold(true);
        title = book.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(strong);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = bordered();
        wrap = bordered();
        wrap.setWrapText(true);
        number = bordered();
        number.setDataFormat(book.createDataFormat().getFormat("0.00"));
        bold = bordered();
        bold.setFont(strong);
        boldNumber = bordered();
        boldNumber.setFont(strong);
        boldNumber.setDataFormat(book.createDataFormat().getFormat("0.00"));
    }

    private CellStyle bordered() {
        CellStyle style = book.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** A text style indented by {@code level} steps (for the indicator tree). */
    CellStyle indented(int level, boolean strong) {
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(strong ? bold : text);
        style.setIndention((short) (level * 2));
        style.setWrapText(true);
        return style;
    }

    static Cell put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** A number cell; an empty cell (with the style) for null. */
    static Cell put(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
        return cell;
    }

    byte[] bytes() {
        try (XSSFWorkbook closing = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            closing.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
