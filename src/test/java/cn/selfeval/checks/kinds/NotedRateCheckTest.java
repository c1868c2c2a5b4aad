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

/**
 * kind: rate as a finding the framework gives no points (预算调整率 in the Guangzhou packs): without perPoint,
 * {@code exceeds} is {@code noted} — compared exactly with the limit, never changing the score — and the pack must say
 * so: a rate check with neither perPoint nor a noted exceeds, or a noted one that also counts points, is refused.
 */
class NotedRateCheckTest {

    @TempDir
    Path temp;

    private static final String PARAMS = """
            t.notice:
              label: 提示线
              unit: "%"
              values: { 2021-01-01: { value: 5, source: { kind: default, note: 测试 } } }
            """;

    private static final String PER_POINT = """
            t.per_point:
              label: 每个百分点扣分
              unit: 分/百分点
              values: { 2021-01-01: { value: 0.5, source: { kind: default, note: 测试 } } }
            """;

    private static String adjustment(String exceedsStatus, String extraKeys) {
        return """
                checks:
                  - name: 预算调整率
                    kind: rate
                    indicator: C2
                    facts: budgetExecution
                    basis: [共性指标框架 预算调整率]
                    values:
                      adjustment: { difference: [total.budget, initialBudget] }
                      adjustmentAmount: { absolute: adjustment }
                      adjustmentPercent: { percent: adjustmentAmount, of: initialBudget }
                    rate: adjustmentPercent
                    max: t.notice
                """ + extraKeys + """
                    outcomes:
                      exceeds:
                        rule: 预算调整率超过提示线
                """ + exceedsStatus + """
                        message: 调整{adjustment}万元，预算调整率{rate}%，超出{excess}个百分点。
                      within:
                        rule: 预算调整率未超过提示线
                        message: 预算调整率{rate}%。
                      uncomputable:
                        rule: 无法计算预算调整率
                        status: undetermined
                        message: 年初预算数为0或未填报。
                """;
    }

    private static final String NOTED = "        status: noted\n";

    private static String budget(String total, String initial) {
        return "{\"budgetExecution\": {\"total\": {\"budget\": " + total + ", \"executed\": " + total + "}, \"initialBudget\": "
                + initial + "}}";
    }

    @Test
    void justAboveTheLimitIsNotedWithoutPointsAndTheScoreStays() {
        KindPack pack = KindPack.with(temp, adjustment(NOTED, ""), PARAMS);
        assertEquals("", pack.validate());
        CheckOutcome outcome = only(pack.check(budget("1050.01", "1000")));
        assertEquals("预算调整率超过提示线", outcome.ruleName());
        assertEquals(OutcomeStatus.NOTED, outcome.status());
        assertEquals(0, BigDecimal.ZERO.compareTo(outcome.points()));
        assertEquals("调整50.01万元，预算调整率5.001%，超出0.001个百分点。", outcome.explanation());
        assertEquals(0, new BigDecimal("4").compareTo(pack.score(budget("1050.01", "1000"), "C2")));
    }

    @Test
    void exactlyAtTheLimitAndACutOfTheSameSizeAreWithinIt() {
        KindPack pack = KindPack.with(temp, adjustment(NOTED, ""), PARAMS);
        assertEquals("预算调整率5%。", only(pack.check(budget("1050", "1000"))).explanation());
        assertEquals("预算调整率5%。", only(pack.check(budget("950", "1000"))).explanation());
        assertEquals(OutcomeStatus.NOTED, only(pack.check(budget("949.99", "1000"))).status(), "a cut counts like an increase");
    }

    @Test
    void aZeroOrMissingInitialBudgetIsUndetermined() {
        KindPack pack = KindPack.with(temp, adjustment(NOTED, ""), PARAMS);
        assertEquals(OutcomeStatus.UNDETERMINED, only(pack.check(budget("500", "0"))).status());
        assertEquals(OutcomeStatus.UNDETERMINED, only(pack.check(budget("500", "null"))).status());
    }

    @Test
    void withoutPerPointAnExceedsThatDeductsIsRefused() {
        String findings = KindPack.with(temp, adjustment("", ""), PARAMS).validate();
        assertTrue(findings.contains("kind.checks.yaml:2：rate 检查「预算调整率」缺少 perPoint（每超出一个百分点扣几分的参数）；"
                + "框架不计分的提示不写 perPoint，outcomes.exceeds 写 status: noted"), findings);
    }

    @Test
    void aNotedExceedsWithPointsPerPercentIsRefused() {
        String findings = KindPack.with(temp, adjustment(NOTED, "    perPoint: t.per_point\n"), PARAMS + PER_POINT).validate();
        assertTrue(findings.contains("kind.checks.yaml:13：rate 检查「预算调整率」的 exceeds 是 noted（提示，不扣分），不写 perPoint"),
                findings);
    }

    @Test
    void theAbsoluteValueTakesOneOperand() {
        String findings = KindPack.with(temp, adjustment(NOTED, "").replace("{ absolute: adjustment }",
                "{ absolute: adjustment, of: initialBudget }"), PARAMS).validate();
        assertTrue(findings.contains("计算值 adjustmentAmount：of 只与 percent 一起写"), findings);
    }
}
