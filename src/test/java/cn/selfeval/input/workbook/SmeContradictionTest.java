package cn.selfeval.input.workbook;

import static cn.selfeval.input.workbook.TestWorkbooks.cell;
import static cn.selfeval.input.workbook.TestWorkbooks.edit;
import static cn.selfeval.input.workbook.TestWorkbooks.fixture;
import static cn.selfeval.input.workbook.TestWorkbooks.problems;
import static cn.selfeval.input.workbook.TestWorkbooks.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SME sheet's figures that contradict each other or the project are data errors naming both cells (or JSON
 * paths) and both values, never silently replaced: 整体专门面向中小企业=是 with 预留金额 1 on a 180万元 project was
 * scored as 180万元 reserved.
 */
class SmeContradictionTest {

    // clean-2023: SL2023-02 (采购项目 row 5, budget 180) is wholly reserved (中小企业预留份额 row 5);
    // SL2023-01 (row 4, budget 960) reserves 300, of which 200 for small and micro firms.

    @Test
    void whollyReservedWithAnotherAmountNamesBothCellsInTheWorkbook() {
        byte[] book = edit(workbook(fixture("clean-2023.json")), b -> cell(b, "中小企业预留份额", "C5").setCellValue(1));

        assertEquals(List.of("填报表.xlsx 中小企业预留份额!C5（预留金额）：整体专门面向中小企业（中小企业预留份额!B5）为“是”，"
                + "预留金额却是1万元，与项目SL2023-02的采购预算金额180万元（采购项目!D5）不符：整体专门面向中小企业的项目，"
                + "预留金额填项目的采购预算金额；只预留了一部分的，整体专门面向中小企业填“否”"), problems("填报表.xlsx", book));
    }

    @Test
    void whollyReservedWithAnotherAmountNamesBothJsonPaths() throws IOException {
        String text = Files.readString(Path.of("fixtures/clean-2023.json")).replace(
                "\"projectId\": \"SL2023-02\", \"reservedWholly\": true, \"reservedAmount\": 180",
                "\"projectId\": \"SL2023-02\", \"reservedWholly\": true, \"reservedAmount\": 1");

        List<String> problems = problems("填报.json", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("$.assetManagement.smeReservations[1].reservedAmount（预留金额）：整体专门面向中小企业"
                + "（$.assetManagement.smeReservations[1].reservedWholly）为 true，预留金额却是1万元，与项目SL2023-02的采购预算金额"
                + "180万元（$.procurementProjects[1].budgetAmount）不符：整体专门面向中小企业的项目，预留金额填项目的采购预算金额；"
                + "只预留了一部分的，整体专门面向中小企业填 false"), problems.get(0));
    }

    @Test
    void moreReservedThanTheProjectCostsAndMoreForSmallFirmsThanReservedAreErrors() {
        byte[] book = edit(workbook(fixture("clean-2023.json")), b -> {
            cell(b, "中小企业预留份额", "C4").setCellValue(1000);
            cell(b, "中小企业预留份额", "D6").setCellValue(151);
        });

        assertEquals(List.of(
                "填报表.xlsx 中小企业预留份额!C4（预留金额）：预留金额1000万元超过项目SL2023-01的采购预算金额960万元（采购项目!D4）",
                "填报表.xlsx 中小企业预留份额!D6（其中预留给小微企业的金额）：其中预留给小微企业的金额151万元超过预留金额（中小企业预留份额!C6）"
                        + "150万元：小微企业的份额是预留金额的一部分"), problems("填报表.xlsx", book));
    }

    @Test
    void theFixturesHaveNoContradiction() throws IOException {
        for (String name : List.of("clean-2023.json", "lihu-2023.json", "yuangang-2023.json", "licheng-2021.json")) {
            assertEquals(List.of(), problems(name, Files.readAllBytes(Path.of("fixtures", name))), name);
        }
    }
}
