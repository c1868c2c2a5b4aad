package cn.selfeval.checks.kinds;

import static cn.selfeval.checks.kinds.KindPack.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kind: proportional, on its own: the exact rate scores, and a rate that cannot be computed is never silent. */
class ProportionalCheckTest {

    @TempDir
    Path temp;

    private static final String PARAMS = """
            t.full:
              label: 满分线
              unit: "%"
              values: { 2021-01-01: { value: 100, source: { kind: default, note: 测试 } } }
            """;

    private static String check(String uncomputable) {
        return """
                checks:
                  - name: 预算执行率
                    kind: proportional
                    indicator: C2
                    facts: budgetExecution
                    basis: [共性指标框架 预算执行率]
                    rate: executionPercent
                    fullAt: t.full
                    outcomes:
                      below:
                        rule: 执行率不足
                        message: 执行率{rate}%，得{score}分。
                      full:
                        rule: 执行率达到满分线
                        message: 执行率{rate}%。
                """ + uncomputable;
    }

    private static final String UNCOMPUTABLE = """
                  uncomputable:
                    rule: 执行率无法计算
                    deduct: all
                    message: 预算为0，不得分。
            """;

    private static String execution(String budget, String executed) {
        return "{\"budgetExecution\": {\"total\": {\"budget\": " + budget + ", \"executed\": " + executed + "}}}";
    }

    @Test
    void ninetyNinePointNineNineNineIsNotFullMarks() {
        KindPack pack = KindPack.with(temp, check(UNCOMPUTABLE), PARAMS);
        CheckOutcome outcome = only(pack.check(execution("100000", "99999")));
        assertEquals("执行率不足", outcome.ruleName());
        assertEquals("执行率99.999%，得3.99分。", outcome.explanation(), "4 × 99.999% = 3.99996, cut to 3.99");
        assertEquals(0, new BigDecimal("0.01").compareTo(outcome.points()));
    }

    @Test
    void aZeroBudgetGetsThePacksStatedPolicy() {
        KindPack pack = KindPack.with(temp, check(UNCOMPUTABLE), PARAMS);
        CheckOutcome outcome = only(pack.check(execution("0", "5")));
        assertEquals("执行率无法计算", outcome.ruleName());
        assertEquals(OutcomeStatus.DEDUCTED, outcome.status());
        assertEquals(0, new BigDecimal("4").compareTo(outcome.points()));
    }

    @Test
    void withoutAPolicyValidateSaysSo() {
        String findings = KindPack.with(temp, check(""), PARAMS).validate();
        assertTrue(findings.contains("proportional 检查「预算执行率」没有写比率无法计算时怎么办"), findings);
    }
}
