package cn.selfeval.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workbook's zip parts as text, for tests that need XML no spreadsheet library writes: a formula with an empty
 * cached value, a cell without a style in a date column, a DOCTYPE, a sheet of a million rows (streamed into the
 * zip, never held in memory). Nothing large is stored in the repository: the hostile files are made here.
 */
public final class WorkbookParts {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private WorkbookParts() {
    }

    public static WorkbookParts of(byte[] zip) {
        WorkbookParts parts = new WorkbookParts();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    public String text(String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public WorkbookParts put(String name, String text) {
        parts.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public WorkbookParts edit(String name, UnaryOperator<String> edit) {
        return put(name, edit.apply(text(name)));
    }

    /** The zip name of a sheet's XML, e.g. xl/worksheets/sheet3.xml for 采购项目. */
    public String sheetPart(String sheetName) {
        Matcher sheet = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(sheetName) + "\"[^>]*r:id=\"([^\"]+)\"")
                .matcher(text("xl/workbook.xml"));
        if (!sheet.find()) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        Matcher target = Pattern.compile("<Relationship [^>]*Id=\"" + sheet.group(1) + "\"[^>]*Target=\"([^\"]+)\"|"
                + "<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"" + sheet.group(1) + "\"")
                .matcher(text("xl/_rels/workbook.xml.rels"));
        if (!target.find()) {
            throw new IllegalArgumentException("no relationship " + sheet.group(1));
        }
        String path = target.group(1) != null ? target.group(1) : target.group(2);
        return path.startsWith("/") ? path.substring(1) : "xl/" + path;
    }

    /** Replaces the XML element of one cell (e.g. {@code <c r="D4" .../>} or {@code <c r="D4" ...>…</c>}). */
    public WorkbookParts replaceCell(String sheetName, String ref, String element) {
        return edit(sheetPart(sheetName), xml -> {
            Matcher cell = Pattern.compile("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)").matcher(xml);
            if (!cell.find()) {
                throw new IllegalArgumentException("no cell " + ref + " in " + sheetName);
            }
            return xml.substring(0, cell.start()) + element + xml.substring(cell.end());
        });
    }

    /** Removes a cell's element, so that the cell is not in the file at all. */
    public WorkbookParts removeCell(String sheetName, String ref) {
        return replaceCell(sheetName, ref, "");
    }

    public byte[] bytes() {
        return write(null, null);
    }

    /** Writes what a sheet's {@code <sheetData>} holds: the callback writes the rows. */
    public interface RowWriter {
        void rows(Writer out) throws IOException;
    }

    /** The workbook with one sheet's rows replaced by what {@code rows} writes, streamed into the zip. */
    public byte[] withRows(String sheetName, RowWriter rows) {
        return write(sheetPart(sheetName), rows);
    }

    /** {@code rows} rows with one number in column A each, from row 1 (a sheet filled to Excel's last row). */
    public static RowWriter numberedRows(int rows) {
        return out -> {
            for (int r = 1; r <= rows; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        };
    }

    private byte[] write(String streamed, RowWriter rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(streamed)) {
                    String xml = text(streamed);
                    int open = xml.indexOf("<sheetData");
                    int close = xml.indexOf("</sheetData>");
                    String before = open < 0 ? xml.substring(0, xml.lastIndexOf("</worksheet>")) : xml.substring(0, open);
                    String after = close < 0 ? (open < 0 ? xml.substring(xml.lastIndexOf("</worksheet>"))
                            : xml.substring(xml.indexOf("/>", open) + 2)) : xml.substring(close + "</sheetData>".length());
                    Writer out = new java.io.OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8);
                    out.write(before);
                    out.write("<sheetData>");
                    rows.rows(out);
                    out.write("</sheetData>");
                    out.write(after);
                    out.flush();
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
