package cn.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.PackCatalogue;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.RuleTestRunner;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The property a reviewer relies on, over every bundled fixture and every rule test case of the shipped packs:
 * every number shown has at most two decimals (text, JSON, catalogue), each leaf's score is its points less its
 * displayed deductions (floored at zero), each parent's score is the sum of its children's, the totals add up,
 * and the 扣完为止 note appears exactly on the capped leaves.
 */
class DisplayedScoresAddUpTest {

    private static final List<String> PACKS = List.of("rules/guangzhou-2023", "rules/guangzhou-2021");
    /**
     * A number with more than two decimals — except a rate shown beside its limit (100.003%, 超出0.003个百分点):
     * rates are compared exactly and shown with the decimals it takes not to look equal to the limit.
     */
    private static final Pattern MORE_THAN_TWO_DECIMALS = Pattern.compile(
            "(?<![0-9a-f])(?<!（%） )\\d+\\.\\d{3,}(?![0-9]*(?:%|个百分点))");
    // rates are shown with the decimals it takes to tell them from their limit (29.997 beside 30): after %, 个百分点 or a （%） label
    private static final String CAPPED_NOTE = "超过本项分值，扣完为止";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TestFactory
    Stream<DynamicTest> everyFixtureAndEveryRuleTestCase() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Checker> checkers = Map.of(
                "2023", new Checker(RulePackLoader.load(Path.of(PACKS.get(0)))),
                "2021", new Checker(RulePackLoader.load(Path.of(PACKS.get(1)))));
        for (String fixture : List.of("lihu-2023", "yuangang-2023", "clean-2023", "licheng-2021")) {
            Checker checker = checkers.get(fixture.endsWith("2021") ? "2021" : "2023");
            tests.add(DynamicTest.dynamicTest(fixture,
                    () -> assertAddsUp(checker.check(Path.of("fixtures", fixture + ".json")))));
        }
        for (Checker checker : checkers.values()) {
            RuleTestRunner runner = new RuleTestRunner(checker.compiled().pack(), checker);
            runner.testFiles().forEach(file -> file.cases().forEach(testCase -> {
                CaseResult result = runner.run(file, testCase);
                if (result.card() != null) {
                    tests.add(DynamicTest.dynamicTest(checker.compiled().pack().manifest().id() + " " + file.path()
                            + "「" + testCase.name() + "」", () -> assertAddsUp(result.card())));
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueShowsAtMostTwoDecimals() {
        return PACKS.stream().map(dir -> DynamicTest.dynamicTest(dir, () -> {
            RulePack pack = RulePackLoader.load(Path.of(dir));
            var compiled = RuleCompiler.compile(pack);
            assertNoLongDecimals(PackCatalogue.markdown(compiled), dir + " catalogue.md");
            assertNoLongDecimals(PackCatalogue.html(compiled), dir + " catalogue.html");
        }));
    }

    /** The properties above say nothing unless some case is capped and some parent sums a capped child. */
    @org.junit.jupiter.api.Test
    void someRuleTestCaseIsCapped() {
        Checker checker = new Checker(RulePackLoader.load(Path.of(PACKS.get(0))));
        RuleTestRunner runner = new RuleTestRunner(checker.compiled().pack(), checker);
        long capped = runner.runAll().stream().map(CaseResult::card).filter(Objects::nonNull)
                .filter(card -> card.flatten().anyMatch(IndicatorScore::capped)).count();
        assertTrue(capped > 0, "应至少有一个扣完为止的用例");
    }

    private static void assertAddsUp(ScoreCard card) {
        for (IndicatorScore root : card.indicators()) {
            assertIndicatorAddsUp(root);
        }
        List<IndicatorScore> leaves = card.indicators().stream().flatMap(r -> r.leaves().stream()).toList();
        List<IndicatorScore> checkedLeaves = leaves.stream().filter(l -> l.coverage() == Coverage.CHECKED).toList();
        assertSame(sum(checkedLeaves.stream().map(IndicatorScore::score).toList()), card.summary().score(), "总分 = 各末级指标得分之和");
        assertSame(sum(leaves.stream().map(IndicatorScore::deducted).toList()), card.summary().deductedPoints(), "扣分合计");
        if (card.summary().complete()) {
            assertSame(sum(card.indicators().stream().map(IndicatorScore::score).toList()), card.summary().score(), "总分 = 一级指标之和");
        }
        SelfScoreAudit audit = card.selfScoreAudit();
        assertSame(sum(audit.overstated().stream().map(SelfScoreAudit.Gap::gap).toList()), audit.overstatedPoints(), "自评偏高合计");
        audit.overstated().forEach(g -> assertSame(g.selfScore().subtract(g.computed()), g.gap(), g.code()));

        String text = TextReport.render(card, true);
        // The file line names a rule test case, whose name may quote the raw input ("相差0.004万元").
        assertNoLongDecimals(text.lines().filter(l -> !l.startsWith("填报文件：")).reduce("", (a, l) -> a + l + "\n"),
                "文本报告");
        long notes = text.lines().filter(l -> l.contains(CAPPED_NOTE)).count();
        assertEquals(leaves.stream().filter(IndicatorScore::capped).count(), notes, "扣完为止的说明只出现在被扣完的末级指标下：\n" + text);
        assertJsonNumbersHaveTwoDecimalsAtMost(JsonReport.render(card));
    }

    private static void assertIndicatorAddsUp(IndicatorScore indicator) {
        assertTwoDecimalsAtMost(indicator.points(), indicator.code() + " 分值");
        assertTwoDecimalsAtMost(indicator.score(), indicator.code() + " 得分");
        assertTwoDecimalsAtMost(indicator.selfScore(), indicator.code() + " 自评分");
        if (indicator.leaf()) {
            indicator.outcomes().stream().map(CheckOutcome::points)
                    .forEach(p -> assertTwoDecimalsAtMost(p, indicator.code() + " 扣分"));
            if (indicator.coverage() == Coverage.CHECKED) {
                BigDecimal displayedDeductions = sum(indicator.deductions().stream().map(CheckOutcome::points).toList());
                BigDecimal expected = indicator.points().subtract(displayedDeductions).max(BigDecimal.ZERO);
                assertSame(expected, indicator.score(), indicator.code() + " 得分 = 分值 − 扣分（不低于0）");
            }
            return;
        }
        indicator.children().forEach(DisplayedScoresAddUpTest::assertIndicatorAddsUp);
        if (indicator.score() != null) {
            assertSame(sum(indicator.children().stream().map(IndicatorScore::score).filter(Objects::nonNull).toList()),
                    indicator.score(), indicator.code() + " 得分 = 下级指标得分之和");
        }
        assertSame(sum(indicator.children().stream().map(IndicatorScore::deducted).toList()), indicator.deducted(),
                indicator.code() + " 扣分 = 下级指标扣分之和");
    }

    private static void assertJsonNumbersHaveTwoDecimalsAtMost(String json) {
        try {
            walk(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(JsonNode node) {
        if (node.isNumber()) {
            assertTwoDecimalsAtMost(node.decimalValue(), "JSON 数值 " + node);
        }
        node.forEach(DisplayedScoresAddUpTest::walk);
    }

    private static void assertNoLongDecimals(String text, String what) {
        Matcher m = MORE_THAN_TWO_DECIMALS.matcher(text);
        assertFalse(m.find(), () -> what + " 中有超过两位小数的数：" + m.group() + " 于 …"
                + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)) + "…");
    }

    private static void assertTwoDecimalsAtMost(BigDecimal value, String what) {
        if (value != null) {
            assertTrue(value.stripTrailingZeros().scale() <= 2, what + " 超过两位小数：" + value.toPlainString());
        }
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertTrue(expected.compareTo(actual) == 0, what + "：应为 " + expected.toPlainString() + "，实为 " + actual.toPlainString());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
