package cn.selfeval.checks.kinds;

import static cn.selfeval.checks.kinds.KindPack.assertOutcome;
import static cn.selfeval.checks.kinds.KindPack.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kind: completion, on its own (the output indicators on a 6-point indicator): positive and reverse indicators,
 * a result above the target capped at 100%, below the floor, a zero target or a missing result (never silent),
 * qualitative indicators, shares by weight or equal, incomplete or mismatched weights, no indicators, and scores
 * cut to the decimals the pack states.
 */
class CompletionCheckTest {

    @TempDir
    Path temp;

    private static final String PARAMS = """
            t.floor:
              label: 得分下限
              unit: "%"
              values: { 2021-01-01: { value: 60, source: { kind: default, note: 测试 } } }
            """;

    private static final String DECIMALS = """
            t.decimals:
              label: 得分保留小数位数
              unit: 位
              values: { 2021-01-01: { value: 1, source: { kind: default, note: 测试 } } }
            """;

    private static final String UNDETERMINED_OUTCOMES = """
                  zeroTarget:
                    rule: 目标值为零
                    message: 指标{id}「{name}」目标值为0，无法计算完成率。
                  weightsIncomplete:
                    rule: 权重未全部填写
                    message: "{indicatorCount}个指标中{weightedCount}个填了权重，按平均分配。"
                  weightsMismatch:
                    rule: 权重之和与分值不符
                    message: 权重之和{weightSum}分，不等于{sectionPoints}分，按比例折算。
            """;

    private static String check(String decimals, String moreOutcomes) {
        return """
                checks:
                  - name: 产出指标完成情况
                    kind: completion
                    indicator: C1
                    section: output
                    basis: [共性指标框架 产出指标]
                    improvement: 逐项分析未完成的原因。
                    floor: t.floor
                """ + (decimals == null ? "" : "    scoreDecimals: " + decimals + "\n") + """
                    outcomes:
                      met:
                        rule: 完成目标
                        message: 指标{id}「{name}」：{result}，得满分{weight}分。
                      belowTarget:
                        rule: 未完成目标
                        message: 指标{id}「{name}」：{result}，完成率{rate}%，得{score}分（分值{weight}分）{belowFloorNote}。
                      noResult:
                        rule: 缺少完成情况
                        message: 指标{id}「{name}」没有填报{missingResult}，{weight}分不得分。
                      noIndicators:
                        rule: 没有产出指标
                        message: 没有填报任何产出指标（{indicatorCount}个）。
                """ + moreOutcomes;
    }

    private static String indicators(String... items) {
        return "{\"performanceIndicators\": [" + String.join(", ", items)
                + ", {\"id\": \"XY-1\", \"name\": \"满意度\", \"section\": \"outcome\", \"direction\": \"atLeast\", \"target\": 95, \"actual\": 96}]}";
    }

    private static String quantitative(String id, String direction, String target, String actual, String weight) {
        return "{\"id\": \"" + id + "\", \"name\": \"指标" + id + "\", \"section\": \"output\", \"unit\": \"件\", \"direction\": \""
                + direction + "\", \"target\": " + target + ", \"actual\": " + actual
                + (weight == null ? "" : ", \"weight\": " + weight) + "}";
    }

    private static String qualitative(String id, String met) {
        return "{\"id\": \"" + id + "\", \"name\": \"指标" + id + "\", \"section\": \"output\", \"direction\": \"qualitative\", \"met\": "
                + met + "}";
    }

    private CheckOutcome one(String given) {
        return only(KindPack.with(temp, check(null, UNDETERMINED_OUTCOMES), PARAMS).check(given));
    }

    private List<String> all(String checks, String params, String given) {
        return KindPack.with(temp, checks, params).check(given).stream()
                .map(o -> o.factId() + "：" + o.ruleName() + "：" + o.status().name() + "：" + o.points().stripTrailingZeros().toPlainString()
                        + "：" + o.explanation())
                .sorted().toList();
    }

    @Test
    void theCheckIsValid() {
        assertEquals("", KindPack.with(temp, check(null, UNDETERMINED_OUTCOMES), PARAMS).validate());
    }

    @Test
    void aPositiveIndicatorScoresItsCompletionRate() {
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "1.2", "指标CC-1「指标CC-1」：目标10件，实际8件，完成率80%，得4.8分（分值6分）。",
                one(indicators(quantitative("CC-1", "atLeast", "10", "8", null))));
    }

    @Test
    void aResultAboveTheTargetIsCappedAtFullMarks() {
        assertOutcome("完成目标", OutcomeStatus.PASSED, "0", "指标CC-1「指标CC-1」：目标10件，实际15件，得满分6分。",
                one(indicators(quantitative("CC-1", "atLeast", "10", "15", null))));
    }

    @Test
    void aReverseIndicatorIsMetWithinItsTargetAndScoresTargetOverActualBeyondIt() {
        assertOutcome("完成目标", OutcomeStatus.PASSED, "0", "指标CC-1「指标CC-1」：目标2件，实际1件，得满分6分。",
                one(indicators(quantitative("CC-1", "atMost", "2", "1", null))));
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "1.2", "指标CC-1「指标CC-1」：目标4件，实际5件，完成率80%，得4.8分（分值6分）。",
                one(indicators(quantitative("CC-1", "atMost", "4", "5", null))));
    }

    @Test
    void anEqualIndicatorScoresTheSmallerOverTheLarger() {
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "1.2", "指标CC-1「指标CC-1」：目标10件，实际12.5件，完成率80%，得4.8分（分值6分）。",
                one(indicators(quantitative("CC-1", "equal", "10", "12.5", null))));
    }

    @Test
    void belowTheFloorScoresNothingAndSaysSo() {
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "6",
                "指标CC-1「指标CC-1」：目标10件，实际5.9件，完成率59%，得0分（分值6分），完成率低于60%不得分。",
                one(indicators(quantitative("CC-1", "atLeast", "10", "5.9", null))));
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "2.4", "指标CC-1「指标CC-1」：目标10件，实际6件，完成率60%，得3.6分（分值6分）。",
                one(indicators(quantitative("CC-1", "atLeast", "10", "6", null))), "the floor itself still scores");
    }


    @Test
    void aZeroPositiveTargetIsUndeterminedAndAMissingActualCostsTheShare() {
        assertOutcome("目标值为零", OutcomeStatus.UNDETERMINED, "0", "指标CC-1「指标CC-1」目标值为0，无法计算完成率。",
                one(indicators(quantitative("CC-1", "atLeast", "0", "3", null))));
        assertOutcome("缺少完成情况", OutcomeStatus.DEDUCTED, "6", "指标CC-1「指标CC-1」没有填报目标值（target）或实际值（actual），6分不得分。",
                one(indicators(quantitative("CC-1", "atLeast", "10", "null", null))));
    }

    @Test
    void aQualitativeIndicatorIsAllOrNothingAndNeedsItsAnswer() {
        assertOutcome("完成目标", OutcomeStatus.PASSED, "0", "指标CC-2「指标CC-2」：已达成，得满分6分。", one(indicators(qualitative("CC-2", "true"))));
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "6", "指标CC-2「指标CC-2」：未达成，完成率0%，得0分（分值6分），完成率低于60%不得分。",
                one(indicators(qualitative("CC-2", "false"))));
        assertOutcome("缺少完成情况", OutcomeStatus.DEDUCTED, "6", "指标CC-2「指标CC-2」没有填报是否达成（met），6分不得分。",
                one(indicators(qualitative("CC-2", "null"))));
    }

    @Test
    void sharesFollowTheDeclaredWeightsOrAreEqualAddingUpExactly() {
        assertEquals(List.of("CC-1：未完成目标：DEDUCTED：0.8：指标CC-1「指标CC-1」：目标10件，实际8件，完成率80%，得3.2分（分值4分）。",
                        "CC-2：完成目标：PASSED：0：指标CC-2「指标CC-2」：已达成，得满分2分。"),
                all(check(null, UNDETERMINED_OUTCOMES), PARAMS,
                        indicators(quantitative("CC-1", "atLeast", "10", "8", "4"), qualitative("CC-2", "true").replace("}", ", \"weight\": 2}"))));
        String check = check(null, UNDETERMINED_OUTCOMES).replace("indicator: C1", "indicator: C2");
        assertEquals(List.of("A：完成目标：PASSED：0：指标A「指标A」：已达成，得满分1.34分。",
                        "B：完成目标：PASSED：0：指标B「指标B」：已达成，得满分1.33分。",
                        "C：完成目标：PASSED：0：指标C「指标C」：已达成，得满分1.33分。"),
                all(check, PARAMS, indicators(qualitative("A", "true"), qualitative("B", "true"), qualitative("C", "true"))),
                "4 points in three shares by largest remainder");
    }

    @Test
    void incompleteWeightsShareEquallyAndSaySoOnTheSection() {
        assertEquals(List.of("CC-1：完成目标：PASSED：0：指标CC-1「指标CC-1」：目标10件，实际10件，得满分3分。",
                        "CC-2：完成目标：PASSED：0：指标CC-2「指标CC-2」：已达成，得满分3分。",
                        "output：权重未全部填写：UNDETERMINED：0：2个指标中1个填了权重，按平均分配。"),
                all(check(null, UNDETERMINED_OUTCOMES), PARAMS,
                        indicators(quantitative("CC-1", "atLeast", "10", "10", "5"), qualitative("CC-2", "true"))));
    }

    @Test
    void weightsNotAddingUpToTheSectionAreScaledAndSaySoOnTheSection() {
        assertEquals(List.of("CC-1：未完成目标：DEDUCTED：2.25：指标CC-1「指标CC-1」：目标10件，实际5件，完成率50%，得0分（分值2.25分），完成率低于60%不得分。",
                        "CC-2：完成目标：PASSED：0：指标CC-2「指标CC-2」：已达成，得满分3.75分。",
                        "output：权重之和与分值不符：UNDETERMINED：0：权重之和8分，不等于6分，按比例折算。"),
                all(check(null, UNDETERMINED_OUTCOMES), PARAMS,
                        indicators(quantitative("CC-1", "atLeast", "10", "5", "3"), qualitative("CC-2", "true").replace("}", ", \"weight\": 5}"))));
    }

    @Test
    void noIndicatorsOfTheSectionCostTheWholeIndicator() {
        String onlyOutcome = "{\"performanceIndicators\": [{\"id\": \"XY-1\", \"name\": \"满意度\", \"section\": \"outcome\", "
                + "\"direction\": \"atLeast\", \"target\": 95, \"actual\": 96}]}";
        assertOutcome("没有产出指标", OutcomeStatus.DEDUCTED, "6", "没有填报任何产出指标（0个）。", one(onlyOutcome));
        assertOutcome("没有产出指标", OutcomeStatus.DEDUCTED, "6", "没有填报任何产出指标（0个）。", one("{\"performanceIndicators\": []}"));
    }

    @Test
    void scoresAreCutToTheDecimalsThePackStates() {
        KindPack pack = KindPack.with(temp, check("t.decimals", UNDETERMINED_OUTCOMES), PARAMS + DECIMALS);
        assertEquals("", pack.validate());
        CheckOutcome outcome = only(pack.check(indicators(quantitative("CC-1", "atLeast", "500", "493.3", "4"),
                qualitative("CC-2", "true").replace("}", ", \"weight\": 2}"))).stream()
                .filter(o -> o.factId().equals("CC-1")).toList());
        assertOutcome("未完成目标", OutcomeStatus.DEDUCTED, "0.1", "指标CC-1「指标CC-1」：目标500件，实际493.3件，完成率98.66%，得3.9分（分值4分）。",
                outcome, "4 × 98.66% = 3.9464, cut to one decimal");
    }

    @Test
    void withoutItsOwnTextsTheKindStillSaysWhyForAZeroTargetOrMismatchedWeights() {
        KindPack pack = KindPack.with(temp, check(null, ""), PARAMS);
        assertEquals(List.of("CC-1：产出指标完成情况：正向指标目标值为零：UNDETERMINED：0：产出指标CC-1「指标CC-1」是正向指标，目标值为0，"
                        + "无法计算完成率，无法判定，请评审人员核定得分。",
                        "output：产出指标完成情况：权重之和与分值不符：UNDETERMINED：0：产出指标的权重之和为3分，不等于该类指标的分值6分，"
                        + "已按权重比例折算各指标分值（权重都为0时平均分配），请评审人员核实。"),
                pack.check(indicators(quantitative("CC-1", "atLeast", "0", "3", "3"))).stream()
                        .map(o -> o.factId() + "：" + o.ruleName() + "：" + o.status().name() + "：" + o.points().stripTrailingZeros().toPlainString()
                                + "：" + o.explanation()).sorted().toList());
        List<CheckOutcome> incomplete = pack.check(indicators(quantitative("CC-1", "atLeast", "10", "10", "3"),
                qualitative("CC-2", "true")));
        assertTrue(incomplete.stream().anyMatch(o -> o.ruleName().equals("产出指标完成情况：权重未全部填写")
                && o.explanation().equals("2个产出指标中只有1个填了权重，已按平均分配计算各指标分值，请评审人员核实。")),
                incomplete.stream().map(CheckOutcome::explanation).toList().toString());
    }

    @Test
    void validateRequiresEveryOutcomeThatDecidesPoints() {
        String checks = check(null, "").replace("""
                      noResult:
                        rule: 缺少完成情况
                        message: 指标{id}「{name}」没有填报{missingResult}，{weight}分不得分。
                """, "");
        String findings = KindPack.with(temp, checks, PARAMS).validate();
        assertTrue(findings.contains("completion 检查「产出指标完成情况」缺少 outcomes.noResult（每个事实都要有结果）"), findings);
    }
}
