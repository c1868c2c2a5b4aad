package cn.selfeval.input.workbook;

import static cn.selfeval.input.workbook.TestWorkbooks.cell;
import static cn.selfeval.input.workbook.TestWorkbooks.edit;
import static cn.selfeval.input.workbook.TestWorkbooks.fixture;
import static cn.selfeval.input.workbook.TestWorkbooks.problems;
import static cn.selfeval.input.workbook.TestWorkbooks.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook with one error of each kind, and the exact message (sheet!cell（column）) each gets. */
class WorkbookProblemsTest {

    private static byte[] clean() {
        return workbook(fixture("clean-2023.json"));
    }

    private static int rowOf(XSSFWorkbook book, String sheet, String code) {
        for (org.apache.poi.ss.usermodel.Row row : book.getSheet(sheet)) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError(code);
    }

    /** Writes fixtures/invalid-2023.xlsx: the clean fixture with the errors below. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("fixtures/invalid-2023.xlsx"), broken());
    }

    @Test
    void theShippedInvalidFixtureIsThisWorkbook() throws java.io.IOException {
        assertEquals(EXPECTED.stream().map(m -> m.replace("填报表.xlsx", "fixtures/invalid-2023.xlsx")).toList(),
                problems("fixtures/invalid-2023.xlsx", java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/invalid-2023.xlsx"))));
    }

    @Test
    void oneErrorOfEachKindIsReportedAtItsCellWithItsColumn() {
        assertEquals(EXPECTED, problems("填报表.xlsx", broken()));
    }

    static byte[] broken() {
        return edit(clean(), book -> {
            cell(book, "采购项目", "I4").setCellValue("2023-02-30");              // impossible date, typed as text
            cell(book, "采购项目", "D4").setBlank();
            cell(book, "采购项目", "D4").setCellFormula("900+60");              // formula saved without a value
            cell(book, "采购项目", "L4").setCellValue("涉密采购（政府采购法第85条）"); // exemption without its reason
            cell(book, "采购项目", "C5").setCellValue("货品");                   // not a category
            cell(book, "采购项目", "D5").setCellValue(-45);                     // negative amount
            cell(book, "采购项目", "F5").setCellValue("4/1/2023");              // ambiguous date
            cell(book, "采购项目", "A6").setCellValue("SL2023-01");             // duplicate id
            cell(book, "采购项目", "B6").setBlank();                            // required, empty
            cell(book, "采购项目", "I6").setCellValue(LocalDate.of(2023, 1, 3)); // signed before the award notice
            cell(book, "资产盘点", "C4").setCellValue(45275);                    // a number where a date belongs
            cell(book, "资产盘点", "C4").setCellStyle(book.createCellStyle());
            cell(book, "资产盘点", "G4").setCellValue("对");                     // not 是/否
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            cell(book, "绩效指标", "G4").setCellValue(0.95);                     // 95% is 0.95
            cell(book, "绩效指标", "G4").setCellStyle(percent);
            cell(book, "“三公”经费", "C5").setCellValue("12万元");               // a unit typed into an amount
            cell(book, "新增预算项目", "B1").setCellValue("本年度没有此类事项");   // but rows are filled in
            cell(book, "自评得分", "D" + rowOf(book, "自评得分", "B5.4")).setCellValue(5); // above the points
        });
    }

    private static final List<String> EXPECTED = List.of(
                "填报表.xlsx 采购项目!D4（采购预算金额）：公式 =900+60 没有保存计算结果（文件可能不是由 Excel 或 WPS 保存的）；"
                        + "请在 Excel 或 WPS 中打开并保存后再提交，或直接填写数字",
                "填报表.xlsx 采购项目!I4（合同签订日期）：日期“2023-02-30”不存在",
                "填报表.xlsx 采购项目!M4（豁免理由）：填了豁免情形，就要填豁免理由",
                "填报表.xlsx 采购项目!C5（采购类别）：“货品”不是可选的采购类别，可选：货物、工程、服务",
                "填报表.xlsx 采购项目!D5（采购预算金额）：金额不能为负数，实为 -45",
                "填报表.xlsx 采购项目!F5（采购意向公开日期）：无法识别日期“4/1/2023”：请写成 2023-04-01、2023/4/1 或 2023年4月1日，"
                        + "或填写日期格式的单元格",
                "填报表.xlsx 采购项目!A6（项目编号）：项目编号“SL2023-01”重复，与采购项目第4行的相同",
                "填报表.xlsx 采购项目!B6（项目名称）：必填，不能为空",
                "填报表.xlsx 采购项目!I6（合同签订日期）：合同签订日期（2023-01-03）早于中标（成交）通知书日期（2023-12-20）",
                "填报表.xlsx “三公”经费!C5（公务用车运行维护费·决算数）：应为数字，实为文本“12万元”",
                "填报表.xlsx 资产盘点!C4（盘点日期）：“45275”是数字，不是日期；请填写日期（如 2023-04-01）并把单元格格式设为日期",
                "填报表.xlsx 资产盘点!G4（差异已说明原因）：应填“是”或“否”，实为“对”",
                "填报表.xlsx 绩效指标!G4（目标值）：单元格是百分比格式（显示为 95%，实际值是 0.95）；请直接填写数字（如 95），"
                        + "并把单元格格式设为“常规”或“数值”",
                "填报表.xlsx 新增预算项目!B1（本表情况）：选择了“本年度没有此类事项”，但表中填写了 1 项（第4行起）；有事项的请选择“有以下事项”");
}
