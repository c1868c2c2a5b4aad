package cn.selfeval.input.workbook;

import static cn.selfeval.input.workbook.TestWorkbooks.cell;
import static cn.selfeval.input.workbook.TestWorkbooks.edit;
import static cn.selfeval.input.workbook.TestWorkbooks.fixture;
import static cn.selfeval.input.workbook.TestWorkbooks.problems;
import static cn.selfeval.input.workbook.TestWorkbooks.read;
import static cn.selfeval.input.workbook.TestWorkbooks.sameDocument;
import static cn.selfeval.input.workbook.TestWorkbooks.tree;
import static cn.selfeval.input.workbook.TestWorkbooks.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.input.SubmissionReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks as they come back from finance offices: formulas, text numbers and dates, blank rows, merges, WPS. */
class WorkbookRealLifeTest {

    private static final JsonNode LIHU = fixture("lihu-2023.json");

    private static void assertReadsAsLihu(byte[] bytes) {
        JsonNode read = tree(bytes);
        assertTrue(sameDocument(LIHU, read), read.toPrettyString());
    }

    @Test
    void formulasAreReadByTheirCachedValue() {
        assertReadsAsLihu(edit(workbook(LIHU), book -> {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            cell(book, "采购项目", "D4").setBlank();
            cell(book, "采购项目", "D4").setCellFormula("1800+50");
            evaluator.evaluateFormulaCell(cell(book, "采购项目", "D4"));
            cell(book, "公用经费", "B3").setBlank();
            cell(book, "公用经费", "B3").setCellFormula("400+26.3");
            evaluator.evaluateFormulaCell(cell(book, "公用经费", "B3"));
        }));
    }

    @Test
    void aFormulaWhoseResultIsAnErrorIsNamed() {
        byte[] bytes = edit(workbook(LIHU), book -> {
            cell(book, "采购项目", "D4").setBlank();
            cell(book, "采购项目", "D4").setCellFormula("1/0");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell(book, "采购项目", "D4"));
        });
        assertEquals(List.of("a.xlsx 采购项目!D4（采购预算金额）：公式 =1/0 的结果是错误值 #DIV/0!；请改正公式，或直接填写数字"),
                problems("a.xlsx", bytes));
    }

    @Test
    void numbersAndDatesTypedAsTextAreRead() {
        CellStyle[] general = new CellStyle[1];
        assertReadsAsLihu(edit(workbook(LIHU), book -> {
            general[0] = book.createCellStyle();
            cell(book, "采购项目", "D4").setCellValue("1,850");
            cell(book, "预算执行", "B3").setCellValue(" 32,341.81 ");
            cell(book, "采购项目", "F4").setCellValue("2023/1/5");
            cell(book, "采购项目", "F4").setCellStyle(general[0]);
            cell(book, "采购项目", "G4").setCellValue("2023年2月10日");
            cell(book, "采购项目", "G4").setCellStyle(general[0]);
            cell(book, "采购项目", "H4").setCellValue("2023-03-10");
            cell(book, "采购项目", "H4").setCellStyle(general[0]);
            cell(book, "采购项目", "E4").setCellValue("publicTender"); // the code is accepted as well as the label
        }));
    }

    @Test
    void datesInTheBuiltInChineseFormatsAreDates() {
        assertReadsAsLihu(edit(workbook(LIHU), book -> {
            CellStyle longDate = book.createCellStyle();
            longDate.setDataFormat((short) 31); // yyyy"年"m"月"d"日" in Chinese Excel and WPS, named by number only
            cell(book, "采购项目", "F4").setCellStyle(longDate);
            CellStyle wpsDate = book.createCellStyle();
            wpsDate.setDataFormat(book.createDataFormat().getFormat("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\""));
            cell(book, "采购项目", "G4").setCellStyle(wpsDate);
        }));
    }

    @Test
    void badlyGroupedThousandsAreRefusedNotGuessed() {
        byte[] bytes = edit(workbook(LIHU), book -> cell(book, "采购项目", "D4").setCellValue("1,85"));
        assertEquals(List.of("a.xlsx 采购项目!D4（采购预算金额）：应为数字，实为文本“1,85”"), problems("a.xlsx", bytes));
    }

    @Test
    void aDateTypedAsTextThatDoesNotExistIsRefused() {
        byte[] bytes = edit(workbook(LIHU), book -> cell(book, "采购项目", "F4").setCellValue("2023年2月29日"));
        assertEquals(List.of("a.xlsx 采购项目!F4（采购意向公开日期）：日期“2023年2月29日”不存在"), problems("a.xlsx", bytes));
    }

    @Test
    void emptyRowsInTheMiddleAreSkippedAndRowsKeepTheirNumbers() {
        byte[] bytes = edit(workbook(LIHU), book -> {
            Sheet sheet = book.getSheet("采购项目");
            sheet.shiftRows(5, sheet.getLastRowNum(), 2); // two empty rows after the second project
        });
        assertReadsAsLihu(bytes);
        SubmissionReader.Read read = read("a.xlsx", bytes);
        assertEquals("采购项目第5行", read.locations().of("采购项目", "ZC2023-002"));
        assertEquals("采购项目第8行", read.locations().of("采购项目", "ZC2023-003"));
        assertEquals("“三公”经费第5行", read.locations().of("“三公”经费", "vehicleOperation"));
        assertEquals("工作表“预算执行”", read.locations().of("部门预算", "budget"));
    }

    @Test
    void anExtraColumnIsAWarningAndItsContentIsNotRead() {
        String extra = TestWorkbooks.columnFromLast("采购项目", 1);
        String untitled = TestWorkbooks.columnFromLast("采购项目", 3);
        byte[] bytes = edit(workbook(LIHU), book -> {
            cell(book, "采购项目", extra + "3").setCellValue("备注");
            cell(book, "采购项目", extra + "4").setCellValue("已验收");
            cell(book, "采购项目", untitled + "5").setCellValue("无标题的内容");
        });
        assertReadsAsLihu(bytes);
        assertEquals(List.of("采购项目!" + extra + "3：列“备注”不是本表的列，其内容未读入",
                "采购项目：" + untitled + "列没有列标题，其内容未读入"), read("a.xlsx", bytes).warnings());
    }

    @Test
    void mergedHeaderCellsAndAGroupTitleAboveTheHeaderAreRead() {
        byte[] bytes = edit(workbook(LIHU), book -> {
            Sheet sheet = book.getSheet("采购项目");
            sheet.shiftRows(2, sheet.getLastRowNum(), 1); // a new row 3 above the header, now in row 4
            Row group = sheet.createRow(2);
            group.createCell(0).setCellValue("项目编号");
            sheet.getRow(3).getCell(0).setBlank();
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0)); // 项目编号 merged over rows 3–4
            group.createCell(5).setCellValue("采购环节日期");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 10)); // a group title over F3:K3
        });
        assertReadsAsLihu(bytes);
        assertEquals("采购项目第6行", read("a.xlsx", bytes).locations().of("采购项目", "ZC2023-002"));
    }

    @Test
    void aMergedDataCellIsNamedRatherThanReadAsEmpty() {
        byte[] bytes = edit(workbook(LIHU), book -> {
            cell(book, "采购项目", "C5").setBlank();
            book.getSheet("采购项目").addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
        });
        assertEquals(List.of("a.xlsx 采购项目!C5（采购类别）：单元格与 C4 合并，合并单元格只在第一格有值；请取消合并，每行分别填写"),
                problems("a.xlsx", bytes));
    }

    @Test
    void hiddenSheetsAreReadAndSaidSoAndUnknownSheetsAreNamed() {
        byte[] bytes = edit(workbook(LIHU), book -> {
            book.setSheetHidden(book.getSheetIndex("绩效指标"), true);
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("草稿");
            book.setSheetHidden(book.getSheetIndex(Form.GUIDE_SHEET), true);
        });
        assertReadsAsLihu(bytes);
        assertEquals(List.of("工作表“Sheet1”不是填报表的工作表，其内容未读入", "工作表“绩效指标”是隐藏的，其内容照常读入"),
                read("a.xlsx", bytes).warnings());
    }

    @Test
    void anEmptyListSheetWithoutAStatusIsNotReportedAndSaysSo() {
        com.fasterxml.jackson.databind.node.ObjectNode doc = LIHU.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("management")).remove("financialFindings");
        byte[] bytes = edit(workbook(LIHU), book -> cell(book, "财务管理问题", "B1").setBlank());
        JsonNode read = tree(bytes);
        assertTrue(sameDocument(doc, read), "an empty sheet is never read as []");
        assertEquals(List.of("财务管理问题：没有填写任何事项，也没有在B1选择本表情况，按“未填报”处理（本年度没有此类事项的，请选择“本年度没有此类事项”）"),
                read("a.xlsx", bytes).warnings());
    }

    @Test
    void aMissingRequiredColumnIsNamedOnce() {
        byte[] bytes = edit(workbook(LIHU), book -> {
            Sheet sheet = book.getSheet("资产盘点");
            for (Row row : sheet) {
                if (row.getCell(3) != null) {
                    row.removeCell(row.getCell(3));
                }
            }
        });
        assertEquals(List.of("a.xlsx 资产盘点第3行：缺少“盘点范围”列（第3行是表头）"), problems("a.xlsx", bytes));
    }

    /**
     * A workbook as WPS and streaming writers save it: inline strings instead of the shared-string table, dates in a
     * Chinese number format, no 填表说明 and no data validation.
     */
    @Test
    void aWpsLikeWorkbookWithInlineStringsAndChineseDateFormatsIsRead() throws IOException {
        byte[] bytes;
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            CellStyle chineseDate = book.createCellStyle();
            chineseDate.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Sheet basic = book.createSheet("基本信息");
            String[][] rows = {{"项目", "填写内容"}, {"单位名称", "测试街道办事处"}, {"所属区", "增城区"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = basic.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            Row year = basic.createRow(3);
            year.createCell(0).setCellValue("评价年度");
            year.createCell(1).setCellValue(2023);
            Sheet projects = book.createSheet("采购项目");
            projects.createRow(0).createCell(0).setCellValue("本表情况");
            projects.getRow(0).createCell(1).setCellValue("本年度没有此类事项");
            Sheet inventories = book.createSheet("资产盘点");
            Row head = inventories.createRow(0);
            String[] titles = {"盘点编号", "盘点名称", "盘点日期", "盘点范围", "账面数量", "实盘数量", "差异已说明原因", "差异已报批"};
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
            }
            Row item = inventories.createRow(1);
            item.createCell(0).setCellValue("PD2023-01");
            item.createCell(1).setCellValue("年度盘点");
            item.createCell(2).setCellValue(java.time.LocalDate.of(2023, 12, 15));
            item.getCell(2).setCellStyle(chineseDate);
            item.createCell(3).setCellValue("全面盘点");
            item.createCell(4).setCellValue(3);
            item.createCell(5).setCellValue(3);
            item.createCell(6).setCellValue(true);
            item.createCell(7).setCellValue(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }
        assertTrue(sheetXml(bytes, "xl/worksheets/sheet3.xml").contains("t=\"inlineStr\""), "the sheet has inline strings");
        assertEquals("{\"unit\":{\"name\":\"测试街道办事处\",\"district\":\"增城区\"},\"year\":2023,\"procurementProjects\":[],"
                + "\"assetInventories\":[{\"id\":\"PD2023-01\",\"name\":\"年度盘点\",\"countedOn\":\"2023-12-15\",\"scope\":\"full\","
                + "\"bookCount\":3,\"physicalCount\":3,\"discrepancyExplained\":true,\"discrepancyApproved\":false}]}",
                tree(bytes).toString());
        assertTrue(read("wps.xlsx", bytes).warnings().contains("没有工作表“绩效指标”，按未填报处理"));
    }

    private static String sheetXml(byte[] bytes, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("wps", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                return entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
