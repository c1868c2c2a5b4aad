package cn.selfeval.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.selfeval.model.EnergySavingItems;
import cn.selfeval.model.ProcurementProject;
import cn.selfeval.model.SmeReservation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optional procurement facts of issue 21 item 7: the method-change approval, the steps of 实施条例 第四十三条 (in
 * order, or the submission is refused at the field out of order), green purchasing and the SME price deduction.
 */
class ProcurementStepFieldsTest {

    private static final String PROJECT_2 = "\"procurementStartedOn\": \"2023-03-20\", \"methodChangeApprovedOn\": \"2023-03-10\",";

    private static final String ZC2023_001_RESERVATION = "\"reservedAmount\": 740, \"smallMicroAmount\": 444 }";

    private static String lihu() throws IOException {
        return Files.readString(Path.of("fixtures/lihu-2023.json"), StandardCharsets.UTF_8);
    }

    private static String withSteps(String steps) throws IOException {
        String text = lihu();
        assertEquals(1, text.split(java.util.regex.Pattern.quote(PROJECT_2), -1).length - 1);
        return text.replace(PROJECT_2, PROJECT_2 + " " + steps);
    }

    private static List<InputProblem> problems(String text) {
        return assertThrows(InvalidSubmissionException.class, () -> SubmissionReader.read("填报.json",
                text.getBytes(StandardCharsets.UTF_8), Map.of())).problems();
    }

    @Test
    void theNewFactsAreReadAndAbsentOnesAreNull() throws IOException {
        String text = withSteps("\"evaluatedOn\": \"2023-04-03\", \"evaluationReportOn\": \"2023-04-04\", "
                + "\"winnerConfirmedOn\": \"2023-04-10\", \"resultPublishedOn\": \"2023-04-12\", "
                + "\"energySavingItems\": \"mandatory\", "
                + "\"energySavingCertified\": true, \"environmentalLabelItems\": false,")
                .replace(ZC2023_001_RESERVATION, "\"reservedAmount\": 740, \"smallMicroAmount\": 444, \"priceDeductionPercent\": 12.5 }");
        var submission = SubmissionReader.read("填报.json", text.getBytes(StandardCharsets.UTF_8), Map.of());
        ProcurementProject project = submission.procurementProjects().get(1);
        assertEquals(LocalDate.of(2023, 3, 10), project.methodChangeApprovedOn());
        assertEquals(LocalDate.of(2023, 4, 3), project.evaluatedOn());
        assertEquals(LocalDate.of(2023, 4, 4), project.evaluationReportOn());
        assertEquals(LocalDate.of(2023, 4, 10), project.winnerConfirmedOn());
        assertEquals(LocalDate.of(2023, 4, 12), project.resultPublishedOn());
        assertEquals(EnergySavingItems.MANDATORY, project.energySavingItems());
        assertEquals(Boolean.TRUE, project.energySavingCertified());
        assertEquals(Boolean.FALSE, project.environmentalLabelItems());
        assertNull(project.environmentalLabelCertified());
        ProcurementProject first = submission.procurementProjects().get(0);
        assertNull(first.methodChangeApprovedOn());
        assertNull(first.energySavingItems());
        SmeReservation reservation = submission.assetManagement().smeReservations().get(0);
        assertEquals(0, new BigDecimal("12.5").compareTo(reservation.priceDeductionPercent()));
        assertNull(submission.assetManagement().smeReservations().get(1).priceDeductionPercent());
    }

    @Test
    void anEvaluationReportBeforeTheEvaluationEndedIsRefusedAtItsField() throws IOException {
        List<InputProblem> problems = problems(withSteps("\"evaluatedOn\": \"2023-04-03\", \"evaluationReportOn\": \"2023-04-02\","));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.procurementProjects[1].evaluationReportOn", problems.get(0).jsonPath());
        assertEquals("评审报告送交日期（2023-04-02）早于评审结束日期（2023-04-03）", problems.get(0).message());
    }

    @Test
    void theWinnerConfirmedAfterTheAwardNoticeIsRefused() throws IOException {
        List<InputProblem> problems = problems(withSteps("\"winnerConfirmedOn\": \"2023-04-13\","));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.procurementProjects[1].awardNoticeOn", problems.get(0).jsonPath());
        assertEquals("中标（成交）通知书日期（2023-04-12）早于确定中标（成交）供应商日期（2023-04-13）", problems.get(0).message());
    }

    @Test
    void theEvaluationBeforeTheProcurementStartedAndTheResultBeforeTheWinnerAreRefused() throws IOException {
        List<InputProblem> problems = problems(withSteps("\"evaluatedOn\": \"2023-03-19\", \"winnerConfirmedOn\": \"2023-04-10\", "
                + "\"resultPublishedOn\": \"2023-04-09\","));
        assertEquals(List.of("$.procurementProjects[1].evaluatedOn", "$.procurementProjects[1].resultPublishedOn"),
                problems.stream().map(InputProblem::jsonPath).toList());
        assertEquals("评审结束日期（2023-03-19）早于采购活动开始日期（2023-03-20）", problems.get(0).message());
        assertEquals("中标（成交）结果公告日期（2023-04-09）早于确定中标（成交）供应商日期（2023-04-10）", problems.get(1).message());
    }

    @Test
    void anUnknownEnergySavingCodeNamesTheChoices() throws IOException {
        List<InputProblem> problems = problems(withSteps("\"energySavingItems\": \"yes\","));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.procurementProjects[1].energySavingItems", problems.get(0).jsonPath());
        assertEquals("“yes”不是可选的节能产品品目，可选：mandatory（含强制采购的节能产品品目）、preferred（只含优先采购的节能产品品目）、"
                + "notListed（不含节能产品品目清单中的品目）", problems.get(0).message());
    }

    @Test
    void aPriceDeductionAbove100IsRefused() throws IOException {
        String text = lihu().replace(ZC2023_001_RESERVATION, "\"reservedAmount\": 740, \"smallMicroAmount\": 444, \"priceDeductionPercent\": 120 }");
        List<InputProblem> problems = problems(text);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.assetManagement.smeReservations[0].priceDeductionPercent", problems.get(0).jsonPath());
    }
}
