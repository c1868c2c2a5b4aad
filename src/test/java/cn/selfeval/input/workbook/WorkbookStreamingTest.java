package cn.selfeval.input.workbook;

import static cn.selfeval.input.workbook.TestWorkbooks.cell;
import static cn.selfeval.input.workbook.TestWorkbooks.edit;
import static cn.selfeval.input.workbook.TestWorkbooks.fixture;
import static cn.selfeval.input.workbook.TestWorkbooks.problems;
import static cn.selfeval.input.workbook.TestWorkbooks.read;
import static cn.selfeval.input.workbook.TestWorkbooks.sameDocument;
import static cn.selfeval.input.workbook.TestWorkbooks.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.input.InputProblem;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.testing.WorkbookParts;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader on XML that spreadsheet libraries do not write but files in the wild hold: formulas saved
 * without a result, numbers without a style in a date column, merged-away cells without an element, a sheet filled
 * to Excel's last row, a stray cell there, more cells than a form can need, full-width digits, DOCTYPEs.
 */
class WorkbookStreamingTest {

    private static final JsonNode LIHU = fixture("lihu-2023.json");

    private static WorkbookParts lihu() {
        try {
            return WorkbookParts.of(Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What {@code convert} reports for the file (it reads the tree without binding). */
    private static List<String> convertProblems(byte[] bytes) {
        try {
            tree(bytes);
            return List.of();
        } catch (InvalidSubmissionException e) {
            return e.problems().stream().map(InputProblem::format).toList();
        }
    }

    @Test
    void aFormulaWithAnEmptyOrMissingCachedValueIsACellErrorNeverZero() {
        byte[] bytes = lihu()
                .replaceCell("公用经费", "B4", "<c r=\"B4\"><f>B3*0.9</f><v/></c>")
                .replaceCell("采购项目", "D4", "<c r=\"D4\"><f>100+50</f></c>")
                .replaceCell("采购项目", "D5", "<c r=\"D5\" t=\"n\"><f>100+60</f><v></v></c>")
                .bytes();
        List<String> expected = List.of(
                "t.xlsx 采购项目!D4（采购预算金额）：公式 =100+50 没有保存计算结果（文件可能不是由 Excel 或 WPS 保存的）；"
                        + "请在 Excel 或 WPS 中打开并保存后再提交，或直接填写数字",
                "t.xlsx 采购项目!D5（采购预算金额）：公式 =100+60 没有保存计算结果（文件可能不是由 Excel 或 WPS 保存的）；"
                        + "请在 Excel 或 WPS 中打开并保存后再提交，或直接填写数字",
                "t.xlsx 公用经费!B4（公用经费决算数）：公式 =B3*0.9 没有保存计算结果（文件可能不是由 Excel 或 WPS 保存的）；"
                        + "请在 Excel 或 WPS 中打开并保存后再提交，或直接填写数字");
        assertEquals(expected, problems("t.xlsx", bytes));
        assertEquals(expected, convertProblems(bytes));
    }

    @Test
    void aFormulaWhoseTextResultIsEmptyIsAnEmptyCellAndAnErrorValueIsNamed() {
        byte[] bytes = lihu()
                .replaceCell("采购项目", "D4", "<c r=\"D4\" t=\"e\"><f>VLOOKUP(A4,X!A:B,2,0)</f><v>#N/A</v></c>")
                .replaceCell("采购项目", "D5", "<c r=\"D5\" t=\"e\"><v>#REF!</v></c>")
                .bytes();
        assertEquals(List.of(
                "t.xlsx 采购项目!D4（采购预算金额）：公式 =VLOOKUP(A4,X!A:B,2,0) 的结果是错误值 #N/A；请改正公式，或直接填写数字",
                "t.xlsx 采购项目!D5（采购预算金额）：单元格的值是错误值 #REF!；请改正公式，或直接填写数字"),
                problems("t.xlsx", bytes));
        byte[] emptyText = lihu().replaceCell("采购项目", "B4", "<c r=\"B4\" t=\"str\"><f>IF(1,\"\",\"x\")</f><v></v></c>").bytes();
        assertEquals(List.of("t.xlsx 采购项目!B4（项目名称）：必填，不能为空"), problems("t.xlsx", emptyText));
    }

    @Test
    void aNumberWithoutADateFormatInADateColumnIsRefusedThoughTheColumnIsFormattedAsDates() {
        // A program wrote 45366 without a style; the template's date format on column I does not apply to it, and
        // Excel shows 45366 there.
        byte[] bytes = lihu().replaceCell("采购项目", "I4", "<c r=\"I4\"><v>45366</v></c>").bytes();
        assertEquals(List.of("t.xlsx 采购项目!I4（合同签订日期）：“45366”是数字，不是日期；请填写日期（如 2023-04-01）并把单元格格式设为日期"),
                problems("t.xlsx", bytes));
        byte[] dated = lihu().replaceCell("采购项目", "I4", "<c r=\"I4\" s=\"6\"><v>45013</v></c>").bytes();
        assertTrue(sameDocument(LIHU, tree(dated)), "the cell's own date format makes it a date");
    }

    @Test
    void aMergedDataCellWithoutAnElementGetsTheMergeMessage() {
        String title = "<mergeCell ref=\"A2:" + TestWorkbooks.columnFromLast("采购项目", 0) + "2\"/>";
        byte[] bytes = lihu().removeCell("采购项目", "C5")
                .edit(lihu().sheetPart("采购项目"), xml -> {
                    assertTrue(xml.contains(title), "the title row is merged across the sheet's columns");
                    return xml.replace(title, title + "<mergeCell ref=\"C4:C5\"/>");
                })
                .bytes();
        assertEquals(List.of("t.xlsx 采购项目!C5（采购类别）：单元格与 C4 合并，合并单元格只在第一格有值；请取消合并，每行分别填写"),
                problems("t.xlsx", bytes));
    }

    @Test
    void fullWidthDigitsAreReadAsTheNumbersAndDatesTheyAre() {
        byte[] bytes = edit(TestWorkbooks.workbook(LIHU), book -> {
            cell(book, "采购项目", "D4").setCellValue("１，８５０");
            cell(book, "预算执行", "B3").setCellValue("３２３４１．８１");
            cell(book, "采购项目", "F4").setCellValue("２０２３年１月５日");
            cell(book, "采购项目", "F4").setCellStyle(book.createCellStyle());
            cell(book, "采购项目", "G4").setCellValue("２０２３／２／１０");
            cell(book, "采购项目", "G4").setCellStyle(book.createCellStyle());
        });
        JsonNode read = tree(bytes);
        assertTrue(sameDocument(LIHU, read), read.toPrettyString());
        byte[] words = edit(TestWorkbooks.workbook(LIHU), book -> cell(book, "采购项目", "D4").setCellValue("１８５０万元"));
        assertEquals(List.of("t.xlsx 采购项目!D4（采购预算金额）：应为数字，实为文本“１８５０万元”"), problems("t.xlsx", words));
    }

    @Test
    void aSheetFilledToExcelsLastRowIsRefusedWhileReadingWithOneMessage() {
        byte[] bytes = lihu().withRows("采购项目", WorkbookParts.numberedRows(1_048_576));
        assertEquals(List.of("t.xlsx 采购项目：本表填写的行超过 20,000 行的上限（读到第 20,001 行时），未读入"),
                problems("t.xlsx", bytes));
    }

    @Test
    void oneStrayCellAtTheLastRowDoesNotRejectTheSheet() {
        WorkbookParts parts = lihu();
        String stray = TestWorkbooks.columnFromLast("采购项目", 3);
        byte[] bytes = parts.edit(parts.sheetPart("采购项目"), xml -> xml.replace("</sheetData>",
                "<row r=\"1048576\"><c r=\"" + stray + "1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")).bytes();
        assertTrue(sameDocument(LIHU, tree(bytes)));
        assertEquals(List.of("采购项目：" + stray + "列没有列标题，其内容未读入"), read("t.xlsx", bytes).warnings());
    }

    @Test
    void moreFilledCellsThanTheWorkbookLimitAreRefusedWhileReading() {
        byte[] bytes = lihu().withRows("采购项目", out -> {
            for (int r = 4; r < 4 + 16_000; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 40; c++) {
                    out.write("<c r=\"" + org.apache.poi.ss.util.CellReference.convertNumToColString(c) + r + "\"><v>1</v></c>");
                }
                out.write("</row>");
            }
        });
        assertEquals(List.of("t.xlsx 工作簿中填写的单元格超过 600,000 个的上限，未读取"), problems("t.xlsx", bytes));
    }

    @Test
    void aDoctypeInAnyPackagePartIsRefusedInOneSentence() {
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>";
        for (String part : List.of("[Content_Types].xml", "docProps/core.xml", "_rels/.rels", "xl/worksheets/sheet3.xml")) {
            byte[] bytes = lihu().edit(part, xml -> doctype + xml.substring(xml.indexOf("?>") + 2)).bytes();
            assertEquals(List.of("t.xlsx 文件中的 " + part + " 含有 DOCTYPE 声明（Excel 和 WPS 保存的工作簿不会有），为安全起见未读取；"
                    + "请在 Excel 或 WPS 中打开后另存为 .xlsx 再提交"), problems("t.xlsx", bytes), part);
        }
    }

    @Test
    void aSheetThatIsNotXmlSaysWhichSheetAndWhere() {
        byte[] bytes = lihu().edit("xl/worksheets/sheet3.xml", xml -> xml.replace("</sheetData>", "<row></sheetData>")).bytes();
        List<String> problems = problems("t.xlsx", bytes);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("t\\.xlsx 工作表“采购项目”的内容不是有效的 XML（xl/worksheets/sheet3\\.xml 第 \\d+ 行第 \\d+ 列），"
                + "文件已损坏；请在 Excel 或 WPS 中打开后另存为 \\.xlsx 再提交"), problems.get(0));
    }
}
