package cn.selfeval.checks.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.RuleTestFile;
import cn.selfeval.ruletest.RuleTestRunner;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kind: smeReservation, which replaced the hand-written sme-policy.drl: on every rule-test case of the pack's SME
 * checks it decides what the DRL decided (same rules, facts, statuses, points and messages), and the choice of a
 * dated minimum share for a project without any date is made by the parameter, not by the category.
 */
class SmeReservationCheckTest {

    private static final String SME_TESTS = "procurement/sme-policy.tests.yaml";

    @TempDir
    Path temp;

    @Test
    void decidesEveryCaseAsTheHandWrittenRulesDid() {
        RulePack kind = RulePackLoader.load(Path.of("rules", "guangzhou-2023"));
        RulePack drl = RulePackLoader.load(FileTrees.packWithHandWrittenRules(temp));
        RuleTestRunner withKind = new RuleTestRunner(kind, new Checker(kind));
        RuleTestRunner withDrl = new RuleTestRunner(drl, new Checker(drl));
        RuleTestFile file = withKind.testFiles().stream().filter(f -> f.path().equals(SME_TESTS)).findFirst().orElseThrow();
        assertTrue(file.cases().size() >= 18, "中小企业预留的用例：" + file.cases().size());
        for (var testCase : file.cases()) {
            assertEquals(decisions(withDrl.run(file, testCase).outcomes()), decisions(withKind.run(file, testCase).outcomes()),
                    testCase.name());
        }
    }

    @Test
    void aProjectWithoutDatesIsUndeterminedOnlyWhenTheShareParameterChangedOverTime() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        String goodsWithoutDates = """
                { "procurementProjects": [ { "id": "G1", "name": "办公设备", "category": "goods", "budgetAmount": 500,
                    "method": "publicTender" } ],
                  "assetManagement": { "smeReservations": [ { "projectId": "G1", "reservedWholly": false,
                    "reservedAmount": 150, "smallMicroAmount": 90 } ] } }""";

        CheckOutcome single = outcome(RulePackLoader.load(pack), goodsWithoutDates);
        assertEquals("中小企业预留份额符合要求", single.ruleName());
        assertEquals(OutcomeStatus.PASSED, single.status());

        Path params = pack.resolve("procurement/sme-policy.params.yaml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8).replace("""
                procurement.sme.min_reserved_percent:
                  label: 超过200万元的货物、服务项目预留给中小企业的最低比例（占项目预算总额）
                  unit: "%"
                  values:
                """, """
                procurement.sme.min_reserved_percent:
                  label: 超过200万元的货物、服务项目预留给中小企业的最低比例（占项目预算总额）
                  unit: "%"
                  values:
                    2023-07-01:
                      value: 35
                      source: { kind: default, note: 测试：年中改变的比例 }
                """), StandardCharsets.UTF_8);
        CheckOutcome dated = outcome(RulePackLoader.load(pack), goodsWithoutDates);
        assertEquals("工程项目缺少日期无法确定预留比例", dated.ruleName());
        assertEquals(OutcomeStatus.UNDETERMINED, dated.status());
        assertTrue(dated.explanation().contains("项目G1「办公设备」（货物，预算500万元）没有采购活动开始、中标通知书或合同签订日期"),
                dated.explanation());
    }

    @Test
    void aShareBelowTheMinimumAndTooLittleForSmallFirmsAreTwoDeductions() {
        RulePack pack = RulePackLoader.load(Path.of("rules", "guangzhou-2023"));
        String submission = """
                { "procurementProjects": [ { "id": "S1", "name": "物业管理", "category": "services", "budgetAmount": 300,
                    "method": "publicTender", "intentPublishedOn": "2023-03-01", "procurementStartedOn": "2023-04-10" } ],
                  "assetManagement": { "smeReservations": [ { "projectId": "S1", "reservedWholly": false,
                    "reservedAmount": 60, "smallMicroAmount": 30 } ] } }""";
        List<CheckOutcome> outcomes = outcomes(pack, submission);
        assertEquals(List.of("中小企业预留份额不足", "小微企业预留比例不足"), outcomes.stream().map(CheckOutcome::ruleName).sorted().toList());
        assertTrue(outcomes.stream().allMatch(o -> o.points().compareTo(new java.math.BigDecimal("0.5")) == 0), outcomes.toString());
        assertFalse(outcomes.stream().anyMatch(o -> o.ruleName().equals("中小企业预留份额符合要求")));
    }

    /**
     * The SME-reservation decisions among a card's outcomes: B5.6 from the sme-policy file, without the price
     * deduction the kind judges since (the hand-written rules never did; see sme-price-deduction.tests.yaml).
     */
    private static boolean reservationDecision(CheckOutcome o) {
        return o.indicatorCode().equals("B5.6") && o.ruleFile().contains("sme-policy")
                && !PRICE_DEDUCTION_RULES.contains(o.ruleName());
    }

    private static final java.util.Set<String> PRICE_DEDUCTION_RULES = java.util.Set.of("未整体预留的项目未填报小微企业价格扣除比例",
            "未整体预留的项目未给予小微企业价格扣除", "小微企业价格扣除比例不在规定范围内", "小微企业价格扣除比例符合规定",
            "项目缺少日期无法确定价格扣除范围");

    private static List<String> decisions(List<CheckOutcome> outcomes) {
        List<String> decisions = new ArrayList<>();
        for (CheckOutcome o : outcomes) {
            if (reservationDecision(o)) {
                decisions.add(o.ruleName() + " | " + o.factId() + " | " + o.status() + " | " + o.points().stripTrailingZeros()
                        + " | " + o.explanation() + " | " + o.limit());
            }
        }
        decisions.sort(null);
        return decisions;
    }

    private static CheckOutcome outcome(RulePack pack, String given) {
        List<CheckOutcome> outcomes = outcomes(pack, given);
        assertEquals(1, outcomes.size(), outcomes.toString());
        return outcomes.get(0);
    }

    /** The B5.6 outcomes for the project facts of a submission (the pack's base submission with these lists). */
    private static List<CheckOutcome> outcomes(RulePack pack, String given) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var base = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(pack.file(RuleTestRunner.BASE_SUBMISSION).toFile());
            var more = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(given);
            base.setAll(more);
            return new Checker(pack).check("测试", json.writeValueAsString(base)).flatten()
                    .flatMap(i -> i.outcomes().stream())
                    .filter(o -> reservationDecision(o) && o.factKind().equals("采购项目")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
