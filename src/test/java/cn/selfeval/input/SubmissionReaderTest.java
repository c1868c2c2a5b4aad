package cn.selfeval.input;

import static cn.selfeval.decimal.DecimalAssertions.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.model.ExemptionType;
import cn.selfeval.model.ProcurementCategory;
import cn.selfeval.model.ProcurementMethod;
import cn.selfeval.model.ProcurementProject;
import cn.selfeval.model.Submission;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

    /** A valid document with one project and one inventory, one field per line so that tests can find lines. */
    private static final String VALID = """
            {
              "unit": {"name": "广州市增城区人民政府荔湖街道办事处", "district": "增城区"},
              "year": 2023,
              "procurementProjects": [
                {
                  "id": "ZC2023-001",
                  "name": "环卫保洁服务",
                  "category": "services",
                  "budgetAmount": 120.5,
                  "method": "publicTender",
                  "intentPublishedOn": "2023-01-10",
                  "procurementStartedOn": "2023-02-20",
                  "awardNoticeOn": "2023-03-15",
                  "contractSignedOn": "2023-04-01",
                  "contractPublishedOn": "2023-04-03",
                  "contractFiledOn": "2023-04-07",
                  "exemption": {"type": "unforeseeableUrgent", "reason": "台风灾后紧急抢修"}
                }
              ],
              "threePublicCosts": {
                "overseasTravel": {"budget": 0, "actual": 0, "priorYearActual": 0},
                "vehiclePurchase": {"budget": 0, "actual": 0},
                "vehicleOperation": {"budget": 12.0, "actual": 11.2},
                "officialReception": {"budget": 3.0, "actual": 2.1}
              },
              "publicFunds": {"budget": 300, "actual": 290},
              "assetInventories": [
                {
                  "id": "PD2023-01",
                  "name": "2023年度固定资产全面盘点",
                  "countedOn": "2023-12-15",
                  "scope": "full",
                  "bookCount": 1520,
                  "physicalCount": 1518,
                  "discrepancyExplained": true,
                  "discrepancyApproved": false
                }
              ],
              "selfScores": {"B5.1.2": 0.5, "B6.3": 1}
            }
            """;

    private static final Map<String, BigDecimal> POINTS = points();

    @TempDir
    Path dir;

    private static Map<String, BigDecimal> points() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("B5.1.1", new BigDecimal("1.0"));
        points.put("B5.1.2", new BigDecimal("1.5"));
        points.put("B5.2", new BigDecimal("2.0"));
        points.put("B6.3", new BigDecimal("1.0"));
        return points;
    }

    // ---------------------------------------------------------------- valid input

    @Test
    void readsAMinimalDocument() throws IOException {
        Path file = write("""
                {
                  "unit": {"name": "测试街道办事处", "district": "增城区"},
                  "year": 2023,
                  "procurementProjects": [],
                  "threePublicCosts": {
                    "overseasTravel": {"budget": 0, "actual": 0},
                    "vehiclePurchase": {"budget": 0, "actual": 0},
                    "vehicleOperation": {"budget": 10, "actual": 9},
                    "officialReception": {"budget": 2, "actual": 1.5}
                  },
                  "publicFunds": {"budget": 100, "actual": 95},
                  "assetInventories": []
                }
                """);

        Submission submission = SubmissionReader.read(file, POINTS);

        assertEquals("测试街道办事处", submission.unit().name());
        assertEquals(2023, submission.year());
        assertTrue(submission.procurementProjects().isEmpty());
        assertDecimal("1.5", submission.threePublicCosts().officialReception().actual());
        assertNull(submission.threePublicCosts().overseasTravel().priorYearActual());
        assertDecimal("95", submission.publicFunds().actual());
        assertTrue(submission.selfScores().isEmpty());
    }

    @Test
    void bindsDatesEnumsAndExemption() throws IOException {
        String text = VALID.replace("\"contractFiledOn\": \"2023-04-07\"", "\"contractFiledOn\": null");

        Submission submission = SubmissionReader.read(write(text), POINTS);

        ProcurementProject project = submission.procurementProjects().get(0);
        assertEquals(ProcurementCategory.SERVICES, project.category());
        assertEquals(ProcurementMethod.PUBLIC_TENDER, project.method());
        assertEquals(LocalDate.of(2023, 3, 15), project.awardNoticeOn());
        assertNull(project.contractFiledOn());
        assertEquals(ExemptionType.UNFORESEEABLE_URGENT, project.exemption().type());
        assertEquals(1518, submission.assetInventories().get(0).physicalCount());
        assertDecimal("0.5", submission.selfScores().get("B5.1.2"));
    }

    @Test
    void chineseLabelsAreAcceptedWhereverTheCodeIs() throws IOException {
        String text = VALID.replace("\"method\": \"publicTender\"", "\"method\": \"竞争性磋商\"")
                .replace("\"category\": \"services\"", "\"category\": \" 服务 \"")
                .replace("\"type\": \"unforeseeableUrgent\"", "\"type\": \"因不可预见的原因急需开展的采购\"")
                .replace("\"scope\": \"full\"", "\"scope\": \"全面盘点\"");

        Submission submission = SubmissionReader.read(write(text), POINTS);

        ProcurementProject project = submission.procurementProjects().get(0);
        assertEquals(ProcurementMethod.COMPETITIVE_CONSULTATION, project.method());
        assertEquals(ProcurementCategory.SERVICES, project.category());
        assertEquals(ExemptionType.UNFORESEEABLE_URGENT, project.exemption().type());
        assertEquals(cn.selfeval.model.InventoryScope.FULL, submission.assetInventories().get(0).scope());
    }

    @Test
    void aLabelOfAnotherEnumerationIsStillRefused() throws IOException {
        InputProblem problem = onlyProblem(write(VALID.replace("\"method\": \"publicTender\"", "\"method\": \"货物\"")));

        assertEquals("$.procurementProjects[0].method", problem.jsonPath());
        assertTrue(problem.message().startsWith("“货物”不是可选的采购方式，可选：publicTender（公开招标）"), problem.message());
    }

    @Test
    void intentPublishedAfterProcurementStartIsNotAnInputError() throws IOException {
        String text = VALID.replace("\"intentPublishedOn\": \"2023-01-10\"", "\"intentPublishedOn\": \"2023-03-01\"");

        Submission submission = SubmissionReader.read(write(text), POINTS);

        assertEquals(LocalDate.of(2023, 3, 1), submission.procurementProjects().get(0).intentPublishedOn());
    }

    @Test
    void selfScoresAreNotCheckedWithoutIndicators() throws IOException {
        String text = VALID.replace("\"B6.3\": 1", "\"X9\": 7");

        Submission submission = SubmissionReader.read(write(text), Map.of());

        assertDecimal("7", submission.selfScores().get("X9"));
    }

    // ---------------------------------------------------------------- the file itself

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.json");

        InputProblem problem = onlyProblem(file);

        assertNull(problem.jsonPath());
        assertNull(problem.line());
        assertEquals("文件不存在", problem.message());
        assertEquals(file + " 文件不存在", problem.format());
    }

    @Test
    void emptyFile() throws IOException {
        InputProblem problem = onlyProblem(write("  \n"));

        assertEquals("文件是空的，没有任何内容", problem.message());
    }

    @Test
    void malformedJsonIsLocated() throws IOException {
        Path file = write("""
                {
                  "unit": {"name": "测试街道办事处", "district": "增城区"}
                  "year": 2023
                }
                """);

        InputProblem problem = onlyProblem(file);

        assertNull(problem.jsonPath());
        assertEquals(3, problem.line());
        assertEquals(3, problem.column());
        assertEquals("JSON 格式错误：第3行第3列附近缺少逗号或右花括号“}”", problem.message());
        assertEquals(file + ":3:3 JSON 格式错误：第3行第3列附近缺少逗号或右花括号“}”", problem.format());
    }

    @Test
    void fullWidthPunctuationIsNamed() throws IOException {
        InputProblem problem = onlyProblem(write("{\n  \"year\"：2023\n}\n"));

        assertEquals(2, problem.line());
        assertEquals(9, problem.column());
        assertEquals("JSON 格式错误：第2行第9列附近使用了中文标点“：”，JSON 里要用英文半角的“:”", problem.message());
    }

    @Test
    void trailingCommaIsNamed() throws IOException {
        InputProblem problem = onlyProblem(write("{\n  \"year\": 2023,\n}\n"));

        assertEquals(3, problem.line());
        assertEquals("JSON 格式错误：第3行第1列附近“}”前面多了一个逗号", problem.message());
    }

    // ---------------------------------------------------------------- schema violations

    @Test
    void impossibleDate() throws IOException {
        String text = VALID.replace("\"awardNoticeOn\": \"2023-03-15\"", "\"awardNoticeOn\": \"2023-02-30\"");
        Path file = write(text);

        InputProblem problem = onlyProblem(file);

        assertProblem(problem, "$.procurementProjects[0].awardNoticeOn", lineOf(text, "awardNoticeOn"),
                "日期“2023-02-30”不存在");
        assertEquals(file + ":" + problem.line() + ":" + problem.column()
                        + " $.procurementProjects[0].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在",
                problem.format());
    }

    @Test
    void dateInTheWrongShape() throws IOException {
        String text = VALID.replace("\"countedOn\": \"2023-12-15\"", "\"countedOn\": \"2023/12/15\"");

        assertProblem(onlyProblem(write(text)), "$.assetInventories[0].countedOn", lineOf(text, "countedOn"),
                "日期“2023/12/15”不存在或格式不是 YYYY-MM-DD（如 2023-04-01）");
    }

    @Test
    void negativeAmount() throws IOException {
        String text = VALID.replace("\"budgetAmount\": 120.5", "\"budgetAmount\": -120.5");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[0].budgetAmount", lineOf(text, "budgetAmount"),
                "金额不能为负数，实为 -120.5");
    }

    @Test
    void negativeCount() throws IOException {
        String text = VALID.replace("\"physicalCount\": 1518", "\"physicalCount\": -3");

        assertProblem(onlyProblem(write(text)), "$.assetInventories[0].physicalCount", lineOf(text, "physicalCount"),
                "数量不能为负数，实为 -3");
    }

    @Test
    void unknownEnumCodeListsCodesWithLabels() throws IOException {
        String text = VALID.replace("\"category\": \"services\"", "\"category\": \"goodz\"");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[0].category", lineOf(text, "category"),
                "“goodz”不是可选的采购类别，可选：goods（货物）、works（工程）、services（服务）");
    }

    @Test
    void wrongTypeIsReportedOncePerPlace() throws IOException {
        String text = VALID.replace("\"category\": \"services\"", "\"category\": 3")
                .replace("\"budgetAmount\": 120.5", "\"budgetAmount\": \"120.5\"");

        List<InputProblem> problems = problems(write(text));

        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), "$.procurementProjects[0].category", lineOf(text, "category"),
                "应为文本，实为整数 3");
        assertProblem(problems.get(1), "$.procurementProjects[0].budgetAmount", lineOf(text, "budgetAmount"),
                "应为数字，实为文本“120.5”");
    }

    @Test
    void yearOutOfRange() throws IOException {
        String text = VALID.replace("\"year\": 2023", "\"year\": 1999");

        assertProblem(onlyProblem(write(text)), "$.year", lineOf(text, "\"year\""), "应在 2000 至 2100 之间，实为 1999");
    }

    @Test
    void missingRequiredField() throws IOException {
        String text = VALID.replace("      \"method\": \"publicTender\",\n", "");

        InputProblem problem = onlyProblem(write(text));

        assertProblem(problem, "$.procurementProjects[0]", lineOf(text, "\"procurementProjects\"") + 1,
                "缺少必填字段 method（采购方式）");
        assertTrue(problem.format().contains("$.procurementProjects[0]（采购项目）：缺少必填字段 method（采购方式）"),
                problem.format());
    }

    @Test
    void misspelledFieldNamesTheAcceptedOnes() throws IOException {
        String text = VALID.replace("\"contractSignedOn\"", "\"contractSignOn\"");

        InputProblem problem = onlyProblem(write(text));

        assertProblem(problem, "$.procurementProjects[0].contractSignOn", lineOf(text, "contractSignOn"),
                "不认识的字段 contractSignOn（是不是 contractSignedOn？），可用字段：id、name、category、budgetAmount、"
                        + "method、intentPublishedOn、procurementStartedOn、awardNoticeOn、contractSignedOn、"
                        + "contractPublishedOn、contractFiledOn、exemption、methodChangeApprovedOn、evaluatedOn、"
                        + "evaluationReportOn、winnerConfirmedOn、resultPublishedOn、energySavingItems、energySavingCertified、"
                        + "environmentalLabelItems、environmentalLabelCertified、plannedProcurementStartOn");
    }

    @Test
    void blankExemptionReason() throws IOException {
        String text = VALID.replace("\"reason\": \"台风灾后紧急抢修\"", "\"reason\": \"  \"");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[0].exemption.reason", lineOf(text, "reason"),
                "不能为空白");
    }

    // ---------------------------------------------------------------- consistency

    @Test
    void duplicateProjectId() throws IOException {
        String second = """
                    {"id": "ZC2023-001", "name": "绿化养护", "category": "services", "budgetAmount": 80, "method": "singleSource"}
                """;
        String text = VALID.replace("    }\n  ],\n  \"threePublicCosts\"", "    },\n" + second + "  ],\n  \"threePublicCosts\"");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[1].id", lineOf(text, "绿化养护"),
                "项目编号“ZC2023-001”重复，与 $.procurementProjects[0] 的相同");
    }

    @Test
    void duplicateInventoryId() throws IOException {
        String second = """
                    {"id": "PD2023-01", "name": "车辆盘点", "countedOn": "2023-06-30", "scope": "partial",
                     "bookCount": 3, "physicalCount": 3, "discrepancyExplained": false, "discrepancyApproved": false}
                """;
        String text = VALID.replace("    }\n  ],\n  \"selfScores\"", "    },\n" + second + "  ],\n  \"selfScores\"");

        assertProblem(onlyProblem(write(text)), "$.assetInventories[1].id", lineOf(text, "车辆盘点"),
                "盘点编号“PD2023-01”重复，与 $.assetInventories[0] 的相同");
    }

    @Test
    void duplicatePerformanceIndicatorId() throws IOException {
        String indicators = """
                  "performanceIndicators": [
                    {"id": "CC-1", "name": "保洁面积", "section": "output", "direction": "atLeast", "target": 10, "actual": 10},
                    {"id": "CC-1", "name": "垃圾清运", "section": "output", "direction": "qualitative", "met": true}
                  ],
                """;
        String text = VALID.replace("  \"selfScores\"", indicators + "  \"selfScores\"");

        assertProblem(onlyProblem(write(text)), "$.performanceIndicators[1].id", lineOf(text, "垃圾清运"),
                "指标编号“CC-1”重复，与 $.performanceIndicators[0] 的相同");
    }

    @Test
    void duplicateIdInsideANestedList() throws IOException {
        String assets = """
                  "assetManagement": {
                    "assetTransactions": [
                      {"id": "CZ-1", "name": "旧车报废", "type": "disposal", "occurredOn": "2023-05-10", "approvedOn": "2023-05-01", "approvedBy": "区财政局"},
                      {"id": "CZ-1", "name": "门面出租", "type": "lease", "occurredOn": "2023-07-01", "approvedOn": "2023-06-20", "approvedBy": "区财政局"}
                    ]
                  },
                """;
        String text = VALID.replace("  \"selfScores\"", assets + "  \"selfScores\"");

        InputProblem problem = onlyProblem(write(text));
        assertEquals("$.assetManagement.assetTransactions[1].id", problem.jsonPath());
        assertTrue(problem.message().contains("“CZ-1”重复，与 $.assetManagement.assetTransactions[0] 的相同"), problem.message());
    }

    @Test
    void contractSignedBeforeAwardNotice() throws IOException {
        String text = VALID.replace("\"contractSignedOn\": \"2023-04-01\"", "\"contractSignedOn\": \"2023-03-10\"");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[0].contractSignedOn",
                lineOf(text, "contractSignedOn"), "合同签订日期（2023-03-10）早于中标（成交）通知书日期（2023-03-15）");
    }

    @Test
    void awardNoticeBeforeProcurementStarted() throws IOException {
        String text = VALID.replace("\"awardNoticeOn\": \"2023-03-15\"", "\"awardNoticeOn\": \"2023-02-01\"");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[0].awardNoticeOn",
                lineOf(text, "awardNoticeOn"), "中标（成交）通知书日期（2023-02-01）早于采购活动开始日期（2023-02-20）");
    }

    @Test
    void contractSignedWithoutAwardNotice() throws IOException {
        String text = VALID.replace("      \"awardNoticeOn\": \"2023-03-15\",\n", "");

        assertProblem(onlyProblem(write(text)), "$.procurementProjects[0].contractSignedOn",
                lineOf(text, "contractSignedOn"), "填了合同签订日期，却没有中标（成交）通知书日期（awardNoticeOn）");
    }

    @Test
    void classifiedPurchaseMayHaveAContractWithoutAwardNotice() throws IOException {
        String text = VALID.replace("      \"awardNoticeOn\": \"2023-03-15\",\n", "")
                .replace("\"type\": \"unforeseeableUrgent\"", "\"type\": \"classified\"");

        Submission submission = SubmissionReader.read(write(text), POINTS);

        assertEquals(ExemptionType.CLASSIFIED, submission.procurementProjects().get(0).exemption().type());
    }

    @Test
    void contractPublishedBeforeSigningAndFiledWithoutSigning() throws IOException {
        String published = VALID.replace("\"contractPublishedOn\": \"2023-04-03\"", "\"contractPublishedOn\": \"2023-03-31\"");
        assertProblem(onlyProblem(write(published)), "$.procurementProjects[0].contractPublishedOn",
                lineOf(published, "contractPublishedOn"), "合同公告日期（2023-03-31）早于合同签订日期（2023-04-01）");

        String unsigned = VALID.replace("\"contractSignedOn\": \"2023-04-01\"", "\"contractSignedOn\": null");
        List<InputProblem> problems = problems(write(unsigned));
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), "$.procurementProjects[0].contractPublishedOn",
                lineOf(unsigned, "contractPublishedOn"), "填了合同公告日期，却没有合同签订日期（contractSignedOn）");
        assertProblem(problems.get(1), "$.procurementProjects[0].contractFiledOn",
                lineOf(unsigned, "contractFiledOn"), "填了合同备案日期，却没有合同签订日期（contractSignedOn）");
    }

    @Test
    void unknownSelfScoreCodeListsSimilarCodes() throws IOException {
        String text = VALID.replace("\"B5.1.2\": 0.5", "\"B5.1.9\": 0.5");

        assertProblem(onlyProblem(write(text)), "$.selfScores['B5.1.9']", lineOf(text, "B5.1.9"),
                "不认识的指标编号“B5.1.9”，可用的编号如：B5.1.1、B5.1.2（共 4 个）");
    }

    @Test
    void selfScoreAboveIndicatorPointsIsAWarningNamingItsPathAndTheSubmissionIsRead() throws IOException {
        String text = VALID.replace("\"B6.3\": 1", "\"B6.3\": 1.5");

        SubmissionReader.Read read = SubmissionReader.readSource("自评.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                POINTS);

        assertEquals(0, new java.math.BigDecimal("1.5").compareTo(read.submission().selfScores().get("B6.3")));
        assertEquals(List.of("$.selfScores['B6.3']（第" + lineOf(text, "B6.3") + "行）：自评得分 1.5 超过该指标的分值 1，"
                + "请改正；评分表照常计算，自评分核对中列出差额"), read.warnings());
    }

    @Test
    void selfScoreWithMoreThanTwoDecimals() throws IOException {
        String text = VALID.replace("\"B6.3\": 1", "\"B6.3\": 0.955");

        assertProblem(onlyProblem(write(text)), "$.selfScores['B6.3']", lineOf(text, "B6.3"),
                "最多两位小数（分值精确到0.01分），实为 0.955");
    }

    @Test
    void decimalsAreReadExactly() throws IOException {
        String text = VALID.replace("\"B6.3\": 1", "\"B6.3\": 0.07");

        Submission submission = SubmissionReader.read(write(text), POINTS);
        assertEquals("0.07", submission.selfScores().get("B6.3").toPlainString());
    }

    // ---------------------------------------------------------------- several at once

    @Test
    void invalidFixtureReportsEveryError() {
        Path fixture = Path.of("fixtures", "invalid-2023.json");

        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                () -> SubmissionReader.read(fixture, POINTS));
        List<InputProblem> problems = e.problems();

        assertEquals(6, problems.size(), e::getMessage);
        assertProblem(problems.get(0), "$.procurementProjects[0].awardNoticeOn", 13, "日期“2023-02-30”不存在");
        assertProblem(problems.get(1), "$.procurementProjects[1].category", 21,
                "“goodz”不是可选的采购类别，可选：goods（货物）、works（工程）、services（服务）");
        assertProblem(problems.get(2), "$.procurementProjects[1].budgetAmount", 22, "金额不能为负数，实为 -45");
        assertProblem(problems.get(3), "$.procurementProjects[2].id", 32,
                "项目编号“ZC2023-001”重复，与 $.procurementProjects[0] 的相同");
        assertProblem(problems.get(4), "$.procurementProjects[2].contractSignedOn", 40,
                "合同签订日期（2023-07-03）早于中标（成交）通知书日期（2023-07-10）");
        assertEquals("$.procurementProjects[2].contractSignOn", problems.get(5).jsonPath());
        assertEquals(41, problems.get(5).line());
        assertTrue(problems.get(5).message().startsWith("不认识的字段 contractSignOn（是不是 contractSignedOn？），可用字段："),
                problems.get(5).message());

        String[] lines = e.getMessage().split("\n");
        assertEquals(6, lines.length);
        assertEquals(fixture + ":13:24 $.procurementProjects[0].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在",
                lines[0]);
    }

    // ---------------------------------------------------------------- helpers

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "submission-", ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<InputProblem> problems(Path file) {
        return assertThrows(InvalidSubmissionException.class, () -> SubmissionReader.read(file, POINTS)).problems();
    }

    private static InputProblem onlyProblem(Path file) {
        List<InputProblem> problems = problems(file);
        assertEquals(1, problems.size(), problems::toString);
        InputProblem problem = problems.get(0);
        assertEquals(file.toString(), problem.file());
        return problem;
    }

    private static void assertProblem(InputProblem problem, String jsonPath, int line, String message) {
        assertEquals(jsonPath, problem.jsonPath(), problem::format);
        assertEquals(line, problem.line(), problem::format);
        assertEquals(message, problem.message(), problem::format);
    }

    /** The 1-based line on which {@code needle} first occurs. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "test text lacks " + needle);
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }
}
