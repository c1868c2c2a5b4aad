package cn.selfeval.checks.kinds;

import static cn.selfeval.checks.kinds.KindPack.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kinds missingFacts, required and condition, on their own over one list (financial findings on a 4-point
 * indicator): a missing list, an empty one and each kind of finding get exactly the outcome the check states, one
 * per fact, and the indicator's score follows.
 */
class FindingKindsTest {

    @TempDir
    Path temp;

    private KindPack pack;

    private static final String PARAMS = """
            t.missing:
              label: 未填报时扣分
              unit: 分
              values: { 2021-01-01: { value: 4, source: { kind: default, note: 测试 } } }
            t.unrectified:
              label: 每个未整改的问题扣分
              unit: 分/问题
              values: { 2021-01-01: { value: 1.5, source: { kind: default, note: 测试 } } }
            t.rectified:
              label: 每个已整改的问题扣分
              unit: 分/问题
              values: { 2021-01-01: { value: 0.5, source: { kind: default, note: 测试 } } }
            """;

    private static final String CHECKS = """
            checks:
              - name: 问题填报情况
                kind: missingFacts
                indicator: C2
                facts: management.financialFindings
                basis: [共性指标框架 资金使用合规性]
                deduct: t.missing
                outcomes:
                  missing:
                    rule: 问题未提供事实
                    limit: 填报发现的问题（没有则{none}）
                    message: "{evaluationYear}年度未填报{list}，本指标不得分。"
              - name: 年内发现的问题
                kind: required
                indicator: C2
                facts: management.financialFindings
                basis: [共性指标框架 资金使用合规性]
                satisfiedBy: { foundOn: { inYear: true } }
                outcomes:
                  none:
                    rule: 年内未发现问题
                    status: passed
                    compare: [count]
                    message: "{evaluationYear}年度未发现问题。"
              - name: 问题整改
                kind: condition
                indicator: C2
                facts: management.financialFindings
                basis: [共性指标框架 资金使用合规性]
                improvement: 在评价年度内整改问题{id}。
                compare: [foundOn, rectifiedOn]
                limit: 年内整改完成
                cases:
                  - rule: 问题不在评价年度内发现
                    when: { foundOn: { inYear: false } }
                    status: notApplicable
                    compare: [foundOn]
                    limit: ""
                    message: 问题{id}于{foundOn}发现，不在{evaluationYear}年度内。
                findings:
                  - rule: 问题年末未整改
                    when: { rectifiedOn: { missing: true } }
                    deduct: t.unrectified
                    message: 问题{id}于{foundOn}发现，年末未整改。
                otherwise:
                  rule: 问题已整改
                  deduct: t.rectified
                  message: 问题{id}于{foundOn}发现，{rectifiedOn}已整改。
            """;

    @BeforeEach
    void writePack() {
        pack = KindPack.with(temp, CHECKS, PARAMS);
    }

    private static String findings(String items) {
        return "{\"management\": {\"financialFindings\": " + items + "}}";
    }

    private static String finding(String id, String foundOn, String rectifiedOn) {
        return "{\"id\": \"" + id + "\", \"name\": \"问题" + id + "\", \"source\": \"区审计局\", \"foundOn\": \"" + foundOn + "\""
                + (rectifiedOn == null ? "" : ", \"rectifiedOn\": \"" + rectifiedOn + "\"") + "}";
    }

    @Test
    void theChecksAreValid() {
        assertEquals("", pack.validate());
    }

    @Test
    void aListNotGivenCostsTheWholeIndicatorWithTheMissingMessage() {
        CheckOutcome outcome = only(pack.check(findings("null")));
        assertEquals("问题未提供事实", outcome.ruleName());
        assertEquals(OutcomeStatus.DEDUCTED, outcome.status());
        assertEquals(0, new BigDecimal("4").compareTo(outcome.points()));
        assertEquals(0, BigDecimal.ZERO.compareTo(pack.score(findings("null"), "C2")));
    }

    @Test
    void anEmptyListPassesOnceAndKeepsFullMarks() {
        CheckOutcome outcome = only(pack.check(findings("[]")));
        assertEquals("年内未发现问题", outcome.ruleName());
        assertEquals(OutcomeStatus.PASSED, outcome.status());
        assertEquals("2023年度未发现问题。", outcome.explanation());
        assertEquals(0, new BigDecimal("4").compareTo(pack.score(findings("[]"), "C2")));
    }

    @Test
    void eachFindingGetsExactlyOneOutcomeByItsCase() {
        String given = findings("[" + finding("A", "2023-03-01", null) + ", " + finding("B", "2023-05-10", "2023-08-01")
                + ", " + finding("C", "2022-11-20", null) + "]");
        List<CheckOutcome> outcomes = pack.check(given);
        assertEquals(List.of("A：问题年末未整改：问题A于2023-03-01发现，年末未整改。",
                        "B：问题已整改：问题B于2023-05-10发现，2023-08-01已整改。",
                        "C：问题不在评价年度内发现：问题C于2022-11-20发现，不在2023年度内。"),
                outcomes.stream().map(o -> o.factId() + "：" + o.ruleName() + "：" + o.explanation()).sorted().toList());
        assertEquals(0, new BigDecimal("2").compareTo(pack.score(given, "C2")), "4 − 1.5 − 0.5; C is another year's");
    }

    @Test
    void deductionsStopAtTheIndicatorsPoints() {
        String given = findings("[" + finding("A", "2023-03-01", null) + ", " + finding("B", "2023-04-01", null)
                + ", " + finding("D", "2023-06-01", null) + "]");
        assertEquals(0, BigDecimal.ZERO.compareTo(pack.score(given, "C2")), "3 × 1.5 = 4.5 > 4: 扣完为止");
    }
}
