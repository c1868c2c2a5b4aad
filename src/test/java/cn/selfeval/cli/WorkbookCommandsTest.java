package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.cli.CliRun.Run;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template, convert, and check / explain / rules diff on workbooks, end to end. */
class WorkbookCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    @Test
    void templateWritesTheFormWithTheFrameworksIndicators() throws IOException {
        Path file = dir.resolve("填报表.xlsx");
        Run run = selfeval("template", "-o", file.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().contains("guangzhou-2023"), run.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals("填表说明", book.getSheetName(0));
            Sheet projects = book.getSheet("采购项目");
            assertEquals("*项目编号", projects.getRow(2).getCell(0).getStringCellValue());
            assertTrue(projects.getRow(2).getCell(0).getCellComment().getString().getString().contains("单位内唯一的采购项目编号"));
            assertEquals(2, projects.getPaneInformation().getHorizontalSplitTopRow() - 1); // rows 1–3 frozen
            assertTrue(projects.getDataValidations().stream().anyMatch(v -> Arrays.asList(
                    v.getValidationConstraint().getExplicitListValues() == null ? new String[0]
                            : v.getValidationConstraint().getExplicitListValues()).contains("竞争性磋商")));
            Sheet scores = book.getSheet("自评得分");
            assertEquals("B5.4", findRow(scores, "B5.4").getCell(0).getStringCellValue());
            assertEquals("采购合同签订时效性", findRow(scores, "B5.4").getCell(1).getStringCellValue().strip());
            assertEquals(3.0, findRow(scores, "B5.4").getCell(2).getNumericCellValue());
        }
        Run again = selfeval("template", "-o", file.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, again.exit());
        assertTrue(again.err().contains("文件已存在，为免覆盖它，未写入（要覆盖请加 --force）"), again.err());
        assertEquals(ExitCode.OK, selfeval("template", "--force", "-o", file.toString()).exit());
    }

    private static org.apache.poi.ss.usermodel.Row findRow(Sheet sheet, String code) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void templateForAYearAndDistrictUsesThatPackAndSaysWhenThereIsNone() {
        Run run = selfeval("template", "--year", "2021", "--district", "增城区", "-o", dir.resolve("t.xlsx").toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().contains("zengcheng-2021"), run.err());
        Run none = selfeval("template", "--year", "2031", "--district", "增城区", "-o", dir.resolve("u.xlsx").toString());
        assertEquals(ExitCode.NO_PACK, none.exit(), none.err());
        assertFalse(Files.exists(dir.resolve("u.xlsx")));
        assertEquals(ExitCode.USAGE, selfeval("template", "-o", dir.resolve("t.json").toString()).exit());
    }

    @Test
    void checkingTheEmptyTemplateNamesWhatMustBeFilledByCell() {
        Path file = dir.resolve("填报表.xlsx");
        selfeval("template", "-o", file.toString());
        Run run = selfeval("check", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        assertTrue(run.err().startsWith(file + "：填报数据有误（5 处），未检查：\n  " + file + " 基本信息!B3（单位名称）：必填，不能为空\n"),
                run.err());
    }

    @Test
    void convertGoesBothWaysAndBackToTheSameDocument() throws IOException {
        Path xlsx = dir.resolve("荔湖.xlsx");
        Path json = dir.resolve("荔湖.json");
        assertEquals(ExitCode.OK, selfeval("convert", "fixtures/lihu-2023.json", "-o", xlsx.toString()).exit());
        Run back = selfeval("convert", xlsx.toString(), "-o", json.toString());
        assertEquals(ExitCode.OK, back.exit(), back.err());
        assertTrue(back.err().contains(xlsx + " → " + json), back.err());
        JsonNode original = JSON.readTree(Files.readAllBytes(Path.of("fixtures/lihu-2023.json")));
        JsonNode converted = JSON.readTree(Files.readAllBytes(json));
        Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue())
                : a.equals(b) ? 0 : 1;
        assertTrue(original.equals(byValue, converted), Files.readString(json));
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"method\" : \"competitiveConsultation\""));
    }

    @Test
    void convertRefusesWrongDataAWrongExtensionAndItsOwnInput() throws IOException {
        Run invalid = selfeval("convert", "fixtures/invalid-2023.json", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(ExitCode.INVALID_INPUT, invalid.exit());
        assertTrue(invalid.err().startsWith("fixtures/invalid-2023.json：填报数据有误（6 处），未转换："), invalid.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
        Run invalidWorkbook = selfeval("convert", "fixtures/invalid-2023.xlsx", "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.INVALID_INPUT, invalidWorkbook.exit());
        assertTrue(invalidWorkbook.err().contains("fixtures/invalid-2023.xlsx 采购项目!I4（合同签订日期）：日期“2023-02-30”不存在"));
        Run extension = selfeval("convert", "fixtures/lihu-2023.json", "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.USAGE, extension.exit());
        assertTrue(extension.err().contains("转换结果应是 .xlsx 文件"), extension.err());
        Path copy = dir.resolve("a.xlsx");
        Files.copy(Path.of("fixtures/lihu-2023.xlsx"), copy);
        Path renamed = dir.resolve("a.json");
        Files.copy(Path.of("fixtures/lihu-2023.xlsx"), renamed); // a workbook named .json is still a workbook
        Run self = selfeval("convert", renamed.toString(), "-o", renamed.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, self.exit());
        assertTrue(self.err().contains("是本命令读入的文件本身，不能覆盖它"), self.err());
    }

    @Test
    void checkOfAWorkbookNamesTheRowOfEachDeduction() throws IOException {
        Run run = selfeval("check", "fixtures/lihu-2023.xlsx");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        String text = run.out();
        int deduction = text.indexOf("【扣 0.5 分】项目ZC2023-004「荔湖街人居环境整治提升服务」：中标（成交）通知书");
        assertTrue(deduction > 0, text);
        assertTrue(text.substring(deduction).lines().skip(1).findFirst().orElse("").strip().equals("填报位置：采购项目第7行"), text);
        assertTrue(text.contains("合计：总分 94.70 / 100 分，等级「优」（扣分 11 处，共 5.3 分）"), text);
        Run json = selfeval("check", "fixtures/lihu-2023.json");
        String jsonText = json.out();
        int jsonDeduction = jsonText.indexOf("【扣 0.5 分】项目ZC2023-004「荔湖街人居环境整治提升服务」：中标（成交）通知书");
        assertEquals("填报位置：$.procurementProjects[3]",
                jsonText.substring(jsonDeduction).lines().skip(1).findFirst().orElse("").strip(), jsonText);
    }

    @Test
    void explainAndRulesDiffTakeWorkbooks() {
        Run explain = selfeval("explain", "fixtures/lihu-2023.xlsx", "--fact", "ZC2023-004");
        assertEquals(ExitCode.OK, explain.exit(), explain.err());
        assertTrue(explain.out().contains("填报位置：采购项目第7行"), explain.out());
        Run diff = selfeval("rules", "diff", "--from", "rules/guangzhou-2023", "--to", "rules/guangzhou-2023",
                "fixtures/lihu-2023.xlsx");
        assertEquals(ExitCode.OK, diff.exit(), diff.err());
        assertTrue(diff.out().contains("fixtures/lihu-2023.xlsx：已检查指标得分 94.70 → 94.70（无变化）"), diff.out());
    }

    @Test
    void brokenFilesGetExitCode3AndOneChineseLineNeverAStackTrace() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("fixtures/clean-2023.xlsx"));
        Path truncated = dir.resolve("截断.xlsx");
        Files.write(truncated, Arrays.copyOf(whole, 3000));
        Path xls = dir.resolve("旧版.xlsx");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook old = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            old.createSheet();
            old.write(xls.toFile());
        }
        for (Path file : List.of(truncated, xls)) {
            Run run = selfeval("check", file.toString());
            assertEquals(ExitCode.INVALID_INPUT, run.exit(), run.err());
            assertTrue(run.err().startsWith(file + "：填报数据有误（1 处），未检查：\n  " + file + " "), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void warningsAreShownBesideTheResult() throws IOException {
        Path file = dir.resolve("带备注.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx"))))) {
            book.getSheet("采购项目").getRow(2).createCell(13).setCellValue("备注");
            book.write(Files.newOutputStream(file));
        }
        Run run = selfeval("check", file.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().contains(file + "：提示：采购项目!N3：列“备注”不是本表的列，其内容未读入"), run.err());
    }
}
