package cn.selfeval.docreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document written on the report template ({@value #TEMPLATE}): the template gives the page (A4, margins,
 * page numbers in the footer) and the styles (仿宋 body, 黑体 headings, the table style); this class only adds
 * paragraphs and tables that name those styles, and gives every table the properties (borders, cell margins) of
 * the template's sample table, so the look is changed by editing the template, not Java. The template's own body
 * (its sample text and table) is removed first.
 */
final class DocxDocument {

    static final String TEMPLATE = "/cn/selfeval/docreport/report-template.docx";

    /** The styles the template must define (a test checks it). */
    static final List<String> STYLES = List.of(Style.TITLE, Style.SUBTITLE, Style.HEADING1, Style.HEADING2,
            Style.HEADING3, Style.BODY, Style.FILL_IN, Style.CAPTION, Style.TABLE_TEXT, Style.TABLE_HEADER, Style.NOTE);

    /** Style ids of the template. */
    static final class Style {
        static final String TITLE = "ReportTitle";
        static final String SUBTITLE = "ReportSubtitle";
        static final String HEADING1 = "Heading1";
        static final String HEADING2 = "Heading2";
        static final String HEADING3 = "Heading3";
        static final String BODY = "ReportBody";
        static final String FILL_IN = "ReportFillIn";
        static final String CAPTION = "ReportCaption";
        static final String TABLE_TEXT = "ReportTableText";
        static final String TABLE_HEADER = "ReportTableHeader";
        static final String NOTE = "ReportNote";

        private Style() {
        }
    }

    /** A cell that continues the cell above it (merged vertically, as 表2 groups 一级 and 二级 indicators). */
    static final String SAME_AS_ABOVE = "\u0000same-as-above";

    /** Width of the text area of an A4 page with the template's margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 8844;

    private final XWPFDocument doc;
    private final CTTblPr tableProperties;

    DocxDocument() {
        try (InputStream in = DocxDocument.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("selfeval 缺少自评报告模板 " + TEMPLATE);
            }
            doc = new XWPFDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc.getTables().isEmpty()) {
            throw new IllegalStateException("自评报告模板 " + TEMPLATE + " 缺少样式表格（报告的表格照它的边框和边距）");
        }
        tableProperties = (CTTblPr) doc.getTables().get(0).getCTTbl().getTblPr().copy();
        while (!doc.getBodyElements().isEmpty()) {
            doc.removeBodyElement(0);
        }
    }

    void paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(XmlText.clean(text));
    }

    void title(String text) {
        paragraph(Style.TITLE, text);
    }

    void subtitle(String text) {
        paragraph(Style.SUBTITLE, text);
    }

    void heading(int level, String text) {
        paragraph(level == 1 ? Style.HEADING1 : level == 2 ? Style.HEADING2 : Style.HEADING3, text);
    }

    void body(String text) {
        paragraph(Style.BODY, text);
    }

    /** "（请填写：…）": a part the unit writes itself. */
    void fillIn(String what) {
        paragraph(Style.FILL_IN, "（请填写：" + what + "）");
    }

    void note(String text) {
        paragraph(Style.NOTE, text);
    }

    /**
     * A table like the template's sample table, its header row repeated on every page and no row split across pages.
     *
     * @param widths relative widths of the columns
     */
    void table(String caption, List<String> headers, List<List<String>> rows, int... widths) {
        paragraph(Style.CAPTION, caption);
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.getCTTbl().setTblPr((CTTblPr) tableProperties.copy());
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        int total = java.util.Arrays.stream(widths).sum();
        fill(table.getRow(0), headers, Style.TABLE_HEADER, widths, total);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), Style.TABLE_TEXT, widths, total);
            for (int c = 0; c < rows.get(r).size(); c++) {
                boolean continues = SAME_AS_ABOVE.equals(rows.get(r).get(c));
                boolean continued = r + 1 < rows.size() && SAME_AS_ABOVE.equals(rows.get(r + 1).get(c));
                if (!continues && continued) {
                    merge(table.getRow(r + 1).getCell(c), STMerge.RESTART);
                }
            }
        }
        table.getRows().forEach(row -> row.setCantSplitRow(true));
    }

    private static void fill(XWPFTableRow row, List<String> values, String style, int[] widths, int total) {
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(String.valueOf(TEXT_WIDTH * widths[c] / total));
            if (SAME_AS_ABOVE.equals(values.get(c))) {
                merge(cell, STMerge.CONTINUE);
                continue;
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            var run = p.createRun();
            String[] lines = XmlText.clean(values.get(c)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
    }

    /** Starts or continues a vertical merge; a restarted cell that nothing continues shows as a plain cell. */
    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        (properties.isSetVMerge() ? properties.getVMerge() : properties.addNewVMerge()).setVal(how);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
