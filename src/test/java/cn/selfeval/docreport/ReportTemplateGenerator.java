package cn.selfeval.docreport;

import cn.selfeval.docreport.DocxDocument.Style;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the report template {@code src/main/resources/cn/selfeval/docreport/report-template.docx}: A4 with the
 * margins of GB/T 9704 (党政机关公文格式), page numbers "— 1 —" in the footer, and the styles the report names
 * ({@link DocxDocument.Style}): 仿宋 三号 body with fixed 28-point lines, 黑体 first-level and 楷体 second-level
 * headings, 仿宋 五号 table text and a sample table whose borders every table of the report copies. Run it after changing the look here:
 * <pre>mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.selfeval.docreport.ReportTemplateGenerator</pre>
 * (or open the .docx in LibreOffice or Word, change the styles, save as .docx — the report only names them).
 */
public final class ReportTemplateGenerator {

    static final Path TEMPLATE = Path.of("src/main/resources" + DocxDocument.TEMPLATE);

    private static final String FANGSONG = "仿宋";
    private static final String HEITI = "黑体";
    private static final String KAITI = "楷体";
    private static final String SONGTI = "宋体";
    /** Font sizes in half points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
    private static final int ERHAO = 44;
    private static final int SANHAO = 32;
    private static final int SIHAO = 28;
    private static final int XIAOSI = 24;
    private static final int WUHAO = 21;
    /** 28 points: the fixed line of a 三号 body (GB/T 9704: 22 lines of 28 characters). */
    private static final int LINE = 560;

    private ReportTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TEMPLATE;
        try (XWPFDocument doc = template(); OutputStream out = Files.newOutputStream(target)) {
            doc.write(out);
        }
        System.out.println("已写出 " + target);
    }

    static XWPFDocument template() {
        XWPFDocument doc = new XWPFDocument();
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = fonts(FANGSONG);
        styles.setDefaultFonts(defaults);
        styles.addStyle(paragraph(Style.TITLE, "报告标题", SONGTI, ERHAO, true, STJc.CENTER, 0, 720, 240, 240, false));
        styles.addStyle(paragraph(Style.SUBTITLE, "报告副题", KAITI, SIHAO, false, STJc.CENTER, 0, 0, 0, 480, false));
        styles.addStyle(heading(Style.HEADING1, "heading 1", HEITI, false, 0));
        styles.addStyle(heading(Style.HEADING2, "heading 2", KAITI, true, 1));
        styles.addStyle(heading(Style.HEADING3, "heading 3", FANGSONG, true, 2));
        styles.addStyle(paragraph(Style.BODY, "报告正文", FANGSONG, SANHAO, false, STJc.BOTH, 200, LINE, 0, 0, false));
        XWPFStyle fillIn = paragraph(Style.FILL_IN, "请填写", FANGSONG, SANHAO, false, STJc.BOTH, 200, LINE, 0, 0, false);
        fillIn.getCTStyle().getRPr().addNewColor().setVal("C00000");
        styles.addStyle(fillIn);
        styles.addStyle(paragraph(Style.CAPTION, "表题", HEITI, XIAOSI, false, STJc.CENTER, 0, 0, 240, 120, true));
        styles.addStyle(paragraph(Style.TABLE_TEXT, "表格文字", FANGSONG, WUHAO, false, STJc.LEFT, 0, 0, 0, 0, false));
        styles.addStyle(paragraph(Style.TABLE_HEADER, "表头文字", HEITI, WUHAO, false, STJc.CENTER, 0, 0, 0, 0, false));
        styles.addStyle(paragraph(Style.NOTE, "报告附注", KAITI, XIAOSI, false, STJc.BOTH, 0, 0, 480, 0, false));
        page(doc);
        footer(doc);
        XWPFParagraph sample = doc.createParagraph();
        sample.setStyle(Style.BODY);
        sample.createRun().setText("（模板：selfeval 写报告时删除正文，按各样式写入标题、正文和表格。）");
        sampleTable(doc);
        return doc;
    }

    private static CTFonts fonts(String eastAsia) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(eastAsia);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs("Times New Roman");
        return fonts;
    }

    private static XWPFStyle heading(String id, String name, String font, boolean bold, int outline) {
        XWPFStyle style = paragraph(id, name, font, SANHAO, bold, STJc.BOTH, 200, LINE, 0, 0, true);
        style.getCTStyle().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        return style;
    }

    /**
     * @param firstLine first-line indent in hundredths of a character (200: two characters)
     * @param line      fixed line height in twentieths of a point; 0 for single spacing
     */
    private static XWPFStyle paragraph(String id, String name, String font, int size, boolean bold, STJc.Enum align,
            int firstLine, int line, int before, int after, boolean keepNext) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        if (keepNext) {
            ppr.addNewKeepNext();
        }
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (line > 0) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        } else {
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
        if (firstLine > 0) {
            var indent = ppr.addNewInd();
            indent.setFirstLineChars(BigInteger.valueOf(firstLine));
            // the same indent in twips for readers that ignore character units: two 三号 characters are 32 points
            indent.setFirstLine(BigInteger.valueOf(firstLine * size / 10));
        }
        ppr.addNewJc().setVal(align);
        CTRPr rpr = style.addNewRPr();
        rpr.addNewRFonts().set(fonts(font));
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(size));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
        return new XWPFStyle(style);
    }

    /**
     * The sample table: its table properties (borders, cell margins) are what every table of the report gets, so
     * that a table's look is edited in the template like the rest (POI's reduced schemas cannot write a table style).
     */
    private static void sampleTable(XWPFDocument doc) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(Style.CAPTION);
        caption.createRun().setText("样式表格：报告中每个表格的边框和单元格边距照此表");
        XWPFTable table = doc.createTable(2, 2);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {border(borders.getTop(), borders::addNewTop),
                border(borders.getLeft(), borders::addNewLeft), border(borders.getBottom(), borders::addNewBottom),
                border(borders.getRight(), borders::addNewRight), border(borders.getInsideH(), borders::addNewInsideH),
                border(borders.getInsideV(), borders::addNewInsideV)}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
        table.setCellMargins(40, 80, 40, 80);
        table.getRow(0).getCell(0).getParagraphs().get(0).setStyle(Style.TABLE_HEADER);
        table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("表头");
        table.getRow(1).getCell(0).getParagraphs().get(0).setStyle(Style.TABLE_TEXT);
        table.getRow(1).getCell(0).getParagraphs().get(0).createRun().setText("内容");
    }

    private static CTBorder border(CTBorder existing, java.util.function.Supplier<CTBorder> create) {
        return existing != null ? existing : create.get();
    }

    /** A4, margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; footer 15 mm above the edge. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(850));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "— 1 —" centred, 宋体 四号. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ");
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var fieldRun = field.addNewR();
        fieldRun.addNewRPr().addNewRFonts().set(fonts(SONGTI));
        fieldRun.getRPr().addNewSz().setVal(BigInteger.valueOf(SIHAO));
        fieldRun.addNewT().setStringValue("1");
        run(p, " —");
    }

    private static void run(XWPFParagraph p, String text) {
        var run = p.createRun();
        run.setText(text);
        run.setFontFamily(SONGTI);
        run.setFontSize(SIHAO / 2);
    }
}
