package cn.selfeval.input.workbook;

import static cn.selfeval.input.workbook.TestWorkbooks.fixture;
import static cn.selfeval.input.workbook.TestWorkbooks.problems;
import static cn.selfeval.input.workbook.TestWorkbooks.sameDocument;
import static cn.selfeval.input.workbook.TestWorkbooks.tree;
import static cn.selfeval.input.workbook.TestWorkbooks.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** JSON → workbook → JSON gives the same document; the shipped .xlsx fixtures are the .json ones; same results. */
class WorkbookRoundTripTest {

    private static final Checker CHECKER = new Checker(TestWorkbooks.PACK);

    @ParameterizedTest
    @ValueSource(strings = {"lihu-2023", "yuangang-2023", "licheng-2021", "clean-2023"})
    void everyFixtureConvertsToTheWorkbookAndBackToTheIdenticalDocument(String name) {
        JsonNode json = fixture(name + ".json");
        JsonNode back = tree(workbook(json));
        assertTrue(sameDocument(json, back), name + ":\n" + json.toPrettyString() + "\n≠\n" + back.toPrettyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lihu-2023", "yuangang-2023", "licheng-2021", "clean-2023"})
    void theShippedXlsxFixtureIsTheJsonOne(String name) throws IOException {
        JsonNode json = fixture(name + ".json");
        JsonNode shipped = tree(Files.readAllBytes(Path.of("fixtures", name + ".xlsx")));
        assertTrue(sameDocument(json, shipped), "fixtures/" + name + ".xlsx 与 .json 不一致；用 ./selfeval convert fixtures/"
                + name + ".json -o fixtures/" + name + ".xlsx --force 重新生成");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lihu-2023", "yuangang-2023", "clean-2023"})
    void everyFixtureGetsTheSameCheckResultFromJsonAndFromXlsx(String name) throws IOException {
        String fromJson = JsonReport.render(CHECKER.check(Path.of("fixtures", name + ".json")));
        String fromXlsx = JsonReport.render(CHECKER.check(Path.of("fixtures", name + ".xlsx")));
        assertEquals(mask(fromJson), mask(fromXlsx));
        String textJson = TextReport.render(CHECKER.check(Path.of("fixtures", name + ".json")), true);
        String textXlsx = TextReport.render(CHECKER.check(Path.of("fixtures", name + ".xlsx")), true);
        assertEquals(textJson.lines().skip(3).toList(), textXlsx.lines().skip(3).toList());
    }

    @Test
    void licheng2021GetsTheSameResultUnderItsPack() throws IOException {
        Checker checker = new Checker(cn.selfeval.rulepack.RulePackLoader.load(Path.of("rules/guangzhou-2021")));
        assertEquals(mask(JsonReport.render(checker.check(Path.of("fixtures/licheng-2021.json")))),
                mask(JsonReport.render(checker.check(Path.of("fixtures/licheng-2021.xlsx")))));
    }

    private static String mask(String report) {
        return report.replaceAll("\"submissionFile\" *: *\"[^\"]*\"", "\"submissionFile\":\"…\"")
                .replaceAll("\"submissionSha256\" *: *\"[0-9a-f]{64}\"", "\"submissionSha256\":\"…\"");
    }

    @Test
    void theEmptyTemplateReadsBackAsAnEmptySubmissionNamingWhatMustBeFilled() {
        byte[] template = WorkbookWriter.write(null, TestWorkbooks.indicators(), "测试");
        assertEquals(List.of(
                "填报表.xlsx 基本信息!B3（单位名称）：必填，不能为空",
                "填报表.xlsx 基本信息!B4（所属区）：必填，不能为空",
                "填报表.xlsx 基本信息!B5（评价年度）：必填，不能为空",
                "填报表.xlsx 采购项目!B1（本表情况）：本表必须填报：有此类事项的逐行填写；本年度没有的，在 B1 选择“本年度没有此类事项”",
                "填报表.xlsx 资产盘点!B1（本表情况）：本表必须填报：有此类事项的逐行填写；本年度没有的，在 B1 选择“本年度没有此类事项”"),
                problems("填报表.xlsx", template));
    }

    @Test
    void aFilledTemplateReadsAsTheFactsTypedIn() {
        byte[] template = WorkbookWriter.write(null, TestWorkbooks.indicators(), "测试");
        byte[] filled = TestWorkbooks.edit(template, book -> {
            TestWorkbooks.cell(book, "基本信息", "B3").setCellValue("测试街道办事处");
            TestWorkbooks.cell(book, "基本信息", "B4").setCellValue("增城区");
            TestWorkbooks.cell(book, "基本信息", "B5").setCellValue(2023);
            TestWorkbooks.cell(book, "采购项目", "B1").setCellValue("本年度没有此类事项");
            TestWorkbooks.cell(book, "资产盘点", "A4").setCellValue("PD2023-01");
            TestWorkbooks.cell(book, "资产盘点", "B4").setCellValue("全面盘点");
            TestWorkbooks.cell(book, "资产盘点", "C4").setCellValue(java.time.LocalDate.of(2023, 12, 15));
            TestWorkbooks.cell(book, "资产盘点", "C4").setCellStyle(book.getSheet("资产盘点").getColumnStyle(2));
            TestWorkbooks.cell(book, "资产盘点", "D4").setCellValue("全面盘点");
            TestWorkbooks.cell(book, "资产盘点", "E4").setCellValue(10);
            TestWorkbooks.cell(book, "资产盘点", "F4").setCellValue(10);
            TestWorkbooks.cell(book, "资产盘点", "G4").setCellValue("是");
            TestWorkbooks.cell(book, "资产盘点", "H4").setCellValue("否");
            TestWorkbooks.cell(book, "自评得分", "D24").setCellValue(0.5);
            assertEquals("B5.1.2", TestWorkbooks.cell(book, "自评得分", "A24").getStringCellValue());
        });
        JsonNode tree = tree(filled);
        assertEquals("{\"unit\":{\"name\":\"测试街道办事处\",\"district\":\"增城区\"},\"year\":2023,\"procurementProjects\":[],"
                + "\"assetInventories\":[{\"id\":\"PD2023-01\",\"name\":\"全面盘点\",\"countedOn\":\"2023-12-15\",\"scope\":\"full\","
                + "\"bookCount\":10,\"physicalCount\":10,\"discrepancyExplained\":true,\"discrepancyApproved\":false}],"
                + "\"selfScores\":{\"B5.1.2\":0.5}}", tree.toString());
    }
}
