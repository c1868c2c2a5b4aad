package cn.selfeval.checks.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.rulepack.RulePackLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One evaluation year per violation, through the kinds, with the shipped packs: the same project listed in two
 * consecutive years' submissions is deducted on exactly one card.
 */
class YearAttributionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Notice, late signing and filing all in 2022. */
    private static final String PROJECT_2022 = """
            { "id": "ZC2022-9", "name": "2022年物业服务", "category": "services", "budgetAmount": 80,
              "method": "competitiveConsultation", "intentPublishedOn": "2022-03-01", "procurementStartedOn": "2022-05-06",
              "awardNoticeOn": "2022-06-01", "contractSignedOn": "2022-07-20", "contractPublishedOn": "2022-07-21",
              "contractFiledOn": "2022-07-22" }""";

    /** Notice 2023-12-02: the 30 days end 2024-01-02 (2023-12-31 … 01-01 元旦); signed 2024-01-03. */
    private static final String PROJECT_ACROSS_YEARS = """
            { "id": "ZC2023-99", "name": "跨年项目", "category": "services", "budgetAmount": 80,
              "method": "competitiveConsultation", "intentPublishedOn": "2023-09-01", "procurementStartedOn": "2023-10-09",
              "awardNoticeOn": "2023-12-03", "contractSignedOn": "2024-01-03", "contractPublishedOn": "2024-01-04",
              "contractFiledOn": "2024-01-05" }""";

    private static List<CheckOutcome> outcomes(int year, String project) throws IOException {
        ObjectNode submission = (ObjectNode) JSON.readTree(Path.of("fixtures", "clean-2023.json").toFile());
        submission.put("year", year);
        submission.set("procurementProjects", JSON.createArrayNode().add(JSON.readTree(project)));
        String id = JSON.readTree(project).path("id").asText();
        String pack = year <= 2022 ? "rules/guangzhou-2021" : "rules/guangzhou-2023";
        return new Checker(RulePackLoader.load(Path.of(pack))).check("填报", JSON.writeValueAsString(submission))
                .flatten().flatMap(i -> i.outcomes().stream())
                .filter(o -> id.equals(o.factId()))
                .toList();
    }

    private static BigDecimal deducted(List<CheckOutcome> outcomes) {
        return outcomes.stream().filter(CheckOutcome::deducted).map(CheckOutcome::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aProjectWhollyIn2022IsDeductedOnThe2022CardAndNotApplicableOnThe2023Card() throws IOException {
        List<CheckOutcome> in2022 = outcomes(2022, PROJECT_2022);
        List<CheckOutcome> in2023 = outcomes(2023, PROJECT_2022);

        assertTrue(in2022.stream().anyMatch(o -> o.ruleName().equals("采购合同逾期签订")), in2022.toString());
        assertEquals(0, deducted(in2022.stream().filter(o -> o.indicatorCode().equals("B5.4")).toList())
                .compareTo(new BigDecimal("0.5")), "signed 49 days after the notice");
        assertEquals(0, deducted(in2023).signum(), () -> "the 2023 card loses nothing for a 2022 project: "
                + in2023.stream().filter(CheckOutcome::deducted).map(o -> o.ruleName() + " " + o.explanation()).toList());
        assertTrue(in2023.stream().allMatch(o -> o.status() == OutcomeStatus.NOT_APPLICABLE
                || o.status() == OutcomeStatus.EXEMPT), in2023.toString());
        CheckOutcome signing = in2023.stream().filter(o -> o.ruleName().equals("采购合同签订时效：不属于评价年度"))
                .findFirst().orElseThrow(() -> new AssertionError(in2023.toString()));
        assertEquals("采购项目ZC2022-9「2022年物业服务」：签订期限届满日2022-07-01，属于2022年度，在该年度评价，本年度（2023）不适用。",
                signing.explanation());
        CheckOutcome intent = in2023.stream().filter(o -> o.ruleName().equals("采购意向公开及时：不属于评价年度"))
                .findFirst().orElseThrow(() -> new AssertionError(in2023.toString()));
        assertTrue(intent.explanation().contains("采购活动日期2022-05-06，属于2022年度"), intent.explanation());
    }

    @Test
    void aDeadlineFallingIn2024IsNotApplicableOnThe2023CardAndDeductedOnThe2024Card() throws IOException {
        List<CheckOutcome> in2023 = outcomes(2023, PROJECT_ACROSS_YEARS);
        List<CheckOutcome> in2024 = outcomes(2024, PROJECT_ACROSS_YEARS);

        CheckOutcome signing2023 = in2023.stream().filter(o -> o.indicatorCode().equals("B5.4")).findFirst().orElseThrow();
        assertEquals("采购合同签订期限跨入下一年度", signing2023.ruleName());
        assertEquals(OutcomeStatus.NOT_APPLICABLE, signing2023.status());
        assertTrue(signing2023.explanation().contains("2024-01-02"), signing2023.explanation());
        CheckOutcome signing2024 = in2024.stream().filter(o -> o.indicatorCode().equals("B5.4")).findFirst().orElseThrow();
        assertEquals("采购合同逾期签订", signing2024.ruleName());
        assertEquals(0, signing2024.points().compareTo(new BigDecimal("0.5")));
        assertTrue(signing2024.explanation().contains("最迟2024-01-02"), signing2024.explanation());
        assertEquals(0, deducted(in2023.stream().filter(o -> o.indicatorCode().equals("B5.4")).toList()).signum());
    }
}
