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

/** kind: rate, on its own: exact comparison, the three ways to count points, scales, and no silent fact. */
class RateCheckTest {

    @TempDir
    Path temp;

    private static final String PARAMS = """
            t.max:
              label: 上限
              unit: "%"
              values: { 2021-01-01: { value: 100, source: { kind: default, note: 测试 } } }
            t.per_point:
              label: 每个百分点扣分
              unit: 分/百分点
              values: { 2021-01-01: { value: 0.5, source: { kind: default, note: 测试 } } }
            """;

    private static String publicFunds(String rounding, String extraOutcomes) {
        return """
                checks:
                  - name: 公用经费控制率
                    kind: rate
                    indicator: C1
                    facts: publicFunds
                    basis: [共性指标框架 公用经费控制率]
                    rate: controlPercent
                    max: t.max
                    perPoint: t.per_point
                """ + (rounding == null ? "" : "    rounding: " + rounding + "\n") + """
                    cases:
                      - rule: 无预算无支出
                        when: { budget: 0, actual: 0 }
                        status: notApplicable
                        message: 无预算无支出。
                    outcomes:
                      exceeds:
                        rule: 超预算
                        message: 控制率{rate}%，超出{excess}个百分点，计{startedPoints}个，扣{deducted}分。
                      within:
                        rule: 未超预算
                        message: 控制率{rate}%。
                """ + extraOutcomes;
    }

    private static final String TOLERATED = """
                  tolerated:
                    rule: 超出不足一个百分点
                    message: 控制率{rate}%，超出{excess}个百分点，不足一个，不扣分。
            """;

    private CheckOutcome funds(String rounding, String budget, String actual) {
        KindPack pack = KindPack.with(temp, publicFunds(rounding, "floor".equals(rounding) ? TOLERATED : ""), PARAMS);
        return only(pack.check("{\"publicFunds\": {\"budget\": " + budget + ", \"actual\": " + actual + "}}"));
    }

    @Test
    void anAmountJustAboveTheBudgetIsAboveItAndTheMessageShowsByHowMuch() {
        CheckOutcome outcome = funds(null, "300", "300.01");
        assertEquals("超预算", outcome.ruleName());
        assertEquals(OutcomeStatus.DEDUCTED, outcome.status());
        assertEquals(0, new BigDecimal("0.5").compareTo(outcome.points()));
        assertEquals("控制率100.003%，超出0.003个百分点，计1个，扣0.5分。", outcome.explanation());
    }

    @Test
    void theBudgetItselfIsWithinTheLimit() {
        CheckOutcome outcome = funds(null, "300", "300");
        assertEquals("未超预算", outcome.ruleName());
        assertEquals("控制率100%。", outcome.explanation());
    }

    @Test
    void startedCountsAStartedPointAsAWholeOne() {
        CheckOutcome outcome = funds("started", "100", "102.1");
        assertEquals("控制率102.1%，超出2.1个百分点，计3个，扣1.5分。", outcome.explanation());
    }

    @Test
    void floorCountsOnlyWholePointsAndToleratesLessThanOne() {
        assertEquals("控制率102.1%，超出2.1个百分点，计2个，扣1分。", funds("floor", "100", "102.1").explanation());
        CheckOutcome tolerated = funds("floor", "100", "100.5");
        assertEquals("超出不足一个百分点", tolerated.ruleName());
        assertEquals(OutcomeStatus.PASSED, tolerated.status());
        assertEquals("控制率100.5%，超出0.5个百分点，不足一个，不扣分。", tolerated.explanation());
    }

    @Test
    void linearDeductsInProportionRoundedUpToAHundredth() {
        CheckOutcome outcome = funds("linear", "100", "102.1");
        assertEquals(0, new BigDecimal("1.05").compareTo(outcome.points()), "0.5 × 2.1 = 1.05");
        CheckOutcome tiny = funds("linear", "300", "300.01");
        assertEquals(0, new BigDecimal("0.01").compareTo(tiny.points()), "0.5 × 0.00333… = 0.0017, rounded up to 0.01");
    }

    @Test
    void aRateThatCannotBeComputedIsUndeterminedNeverSilent() {
        CheckOutcome outcome = funds(null, "0", "5");
        assertEquals("公用经费控制率：比率无法计算", outcome.ruleName());
        assertEquals(OutcomeStatus.UNDETERMINED, outcome.status());
        assertEquals("公用经费：公用经费控制率（%）无法计算（分母为0或缺少数据），无法判定，请核实填报数据。",
                outcome.explanation());
    }

    @Test
    void validateReportsARateCheckWithNoPolicyForAnUncomputableRate() {
        String checks = publicFunds(null, "").replace("""
                    cases:
                      - rule: 无预算无支出
                        when: { budget: 0, actual: 0 }
                        status: notApplicable
                        message: 无预算无支出。
                """, "");
        String findings = KindPack.with(temp, checks, PARAMS).validate();
        assertTrue(findings.contains("kind.checks.yaml:11：rate 检查「公用经费控制率」没有写比率无法计算时怎么办"), findings);
    }

    @Test
    void validateNamesAWrongRoundingWithDidYouMean() {
        String findings = KindPack.with(temp, publicFunds("flor", ""), PARAMS).validate();
        assertTrue(findings.contains("kind.checks.yaml:10：rounding 应为 started（不足1个百分点按1个计，默认）、floor（只计整数个百分点）"
                + "或 linear（按超出的百分点精确计）（是不是 floor？）"), findings);
    }

    @Test
    void floorWithoutATextForAToleratedExcessIsAProblem() {
        String findings = KindPack.with(temp, publicFunds("floor", ""), PARAMS).validate();
        assertTrue(findings.contains("rounding: floor：超出不足一个百分点时不扣分，须写 outcomes.tolerated"), findings);
    }
}
