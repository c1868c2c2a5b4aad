package cn.selfeval.checks.kinds;

import static cn.selfeval.checks.kinds.KindPack.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.RuleTestRunner;
import cn.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status noted (提示): a finding the framework gives no points. It is reported beside the deductions with its
 * improvement, counted in the summary, and never changes a score; a noted outcome that names a deduction is refused.
 */
class NotedStatusTest {

    @TempDir
    Path temp;

    private static final String PARAMS = """
            t.late:
              label: 每个逾期整改的问题扣分
              unit: 分/问题
              values: { 2021-01-01: { value: 1, source: { kind: default, note: 测试 } } }
            """;

    private static String checks(String notedOutcome) {
        return """
                checks:
                  - name: 问题整改
                    kind: condition
                    indicator: C2
                    facts: management.financialFindings
                    basis: [共性指标框架 资金使用合规性]
                    improvement: 问题{id}今后在发现的年度内整改。
                    findings:
                      - rule: 问题年末未整改
                        when: { rectifiedOn: { missing: true } }
                        deduct: t.late
                        message: 问题{id}年末未整改。
                """ + notedOutcome + """
                    otherwise:
                      rule: 问题已按时整改
                      message: 问题{id}于{rectifiedOn}整改。
                """;
    }

    private static final String NOTED = """
                  - rule: 问题在评价年度后才整改
                    when: { rectifiedOn: { afterYear: true } }
                    status: noted
                    message: 问题{id}于{foundOn}发现，{rectifiedOn}才整改，已过评价年度（本评分表不计分）。
            """;

    private static String finding(String rectifiedOn) {
        return "{\"management\": {\"financialFindings\": [{\"id\": \"A\", \"name\": \"问题A\", \"source\": \"区审计局\","
                + " \"foundOn\": \"2023-01-10\", \"rectifiedOn\": \"" + rectifiedOn + "\"}]}}";
    }

    @Test
    void aNotedFindingIsReportedWithItsImprovementAndCostsNothing() {
        KindPack pack = KindPack.with(temp, checks(NOTED), PARAMS);
        assertEquals("", pack.validate());
        CheckOutcome outcome = only(pack.check(finding("2024-02-01")));
        assertEquals(OutcomeStatus.NOTED, outcome.status());
        assertEquals("问题A于2023-01-10发现，2024-02-01才整改，已过评价年度（本评分表不计分）。", outcome.explanation());
        assertEquals(0, BigDecimal.ZERO.compareTo(outcome.points()));
        assertEquals("问题A今后在发现的年度内整改。", outcome.improvement());
        assertEquals(0, new BigDecimal("4").compareTo(pack.score(finding("2024-02-01"), "C2")));

        ScoreCard card = pack.card(finding("2024-02-01"));
        assertEquals(1, card.summary().notedCount());
        assertEquals(0, card.summary().deductionCount());
        String text = TextReport.render(card, false);
        assertTrue(text.contains("【提示】问题A于2023-01-10发现，2024-02-01才整改，已过评价年度（本评分表不计分）。"), text);
        assertTrue(text.contains("提示 1 处（见上文【提示】：本评分表不计分的问题，不扣分）"), text);
    }

    @Test
    void withinTheLimitTheOtherwiseOutcomeHolds() {
        KindPack pack = KindPack.with(temp, checks(NOTED), PARAMS);
        CheckOutcome outcome = only(pack.check(finding("2023-03-01")));
        assertEquals(OutcomeStatus.PASSED, outcome.status());
        assertEquals(0, pack.card(finding("2023-03-01")).summary().notedCount());
    }

    @Test
    void aNotedOutcomeThatNamesADeductionIsRefusedWithItsLine() {
        KindPack pack = KindPack.with(temp, checks(NOTED.replace("status: noted", "status: noted\n        deduct: t.late")),
                PARAMS);
        String problems = pack.validate();
        assertTrue(problems.contains("kind.checks.yaml:"), problems);
        assertTrue(problems.contains("结果「问题在评价年度后才整改」是 noted（提示，不扣分），不写 deduct；要扣分的写 status: deducted"),
                problems);
    }

    @Test
    void ruleTestsExpectNotedAndNameAStatusTheyDoNotKnow() throws IOException {
        KindPack pack = KindPack.with(temp, checks(NOTED), PARAMS);
        Files.writeString(pack.dir().resolve("kind.tests.yaml"), """
                cases:
                  - name: 次年整改，提示不扣分
                    given:
                      management:
                        financialFindings:
                          - { id: A, name: 问题A, source: 区审计局, foundOn: 2023-01-10, rectifiedOn: 2024-02-01 }
                    expect:
                      - { rule: 问题在评价年度后才整改, fact: A, status: noted, points: 0, contains: [已过评价年度] }
                    scores: { C2: 4 }
                  - name: 写错的状态
                    given:
                      management:
                        financialFindings:
                          - { id: A, name: 问题A, source: 区审计局, foundOn: 2023-01-10, rectifiedOn: 2024-02-01 }
                    expect:
                      - { rule: 问题在评价年度后才整改, fact: A, status: notice }
                """);
        RulePack loaded = RulePackLoader.load(pack.dir());
        List<CaseResult> results = new RuleTestRunner(loaded, new Checker(loaded)).runAll();
        assertEquals(List.of(), results.get(0).failures());
        assertEquals(List.of("status: notice 不是结果状态；可用：deducted、noted、passed、exempt、notApplicable、undetermined"),
                results.get(1).failures());
    }
}
