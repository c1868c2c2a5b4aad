package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules test --since: the cases whose evaluation year reads another value of a dated parameter, named before the run. */
class RulesTestSinceTest {

    private static final String PARAMS = "procurement/intent-timeliness.params.yaml";

    @TempDir
    Path temp;

    @Test
    void aValueAddedWithinACasesYearNamesTheCasesItAffectsBeforeTheyRun() throws IOException {
        Path before = FileTrees.shippedPack(temp.resolve("before"));
        Path after = FileTrees.shippedPack(temp.resolve("after"));
        addValue(after.resolve(PARAMS), "2023-07-01", "20");

        CliRun.Run run = selfeval("rules", "test", after.toString(), "--since", before.toString());

        String out = run.out();
        assertEquals(ExitCode.FINDINGS, run.exit(), out); // the 29-day case now passes the 20-day rule
        assertTrue(out.startsWith("与 " + before + " 相比，参数取值有变化（按用例的评价年度 "), out);
        assertTrue(out.contains("  procurement.intent_timeliness.min_lead_days（采购意向公开日期至采购活动开始日期的最少间隔） 2023年度："
                + "30日（自然日） → 30日（自然日），自2023-07-01起20日（自然日）\n"), out);
        assertTrue(out.contains("受影响的用例（评价年度读到的取值已变，期望的扣分和说明可能需要随之修改）：\n"), out);
        assertTrue(out.contains("  " + after.resolve("procurement/intent-timeliness.tests.yaml")
                + "「采购公告2023-01-30发布，间隔29日，扣0.5分」（2023年度：procurement.intent_timeliness.min_lead_days）\n"), out);
        assertTrue(out.contains("共 16 个用例受影响；下面运行全部用例。\n"), out); // 6 year-end cases and 10 预警 cases
        // The list comes before the run, and the run still shows the failure it explains.
        assertTrue(out.indexOf("受影响的用例") < out.indexOf("规则包 guangzhou-2023"), out);
        assertTrue(out.contains("失败：" + after.resolve("procurement/intent-timeliness.tests.yaml")
                + "「采购公告2023-01-30发布，间隔29日，扣0.5分」"), out);
        assertTrue(!out.contains("contract-signing.tests.yaml「"), "cases of other checks are not listed: " + out);
    }

    @Test
    void aValueForAYearNoCaseChecksSaysNoCaseIsAffected() throws IOException {
        Path before = FileTrees.shippedPack(temp.resolve("before"));
        Path after = FileTrees.shippedPack(temp.resolve("after"));
        // Intent coverage: its cases are all of 2023 (the intent timeliness has a 2026 预警 case, so it cannot serve here).
        Path params = after.resolve("procurement/intent-coverage.params.yaml");
        String anchor = "        note: 表2该项0.5分；按评分表“每出现一例扣0.5分，扣完为止”的惯例取值\n";
        String text = Files.readString(params);
        assertTrue(text.contains(anchor));
        Files.writeString(params, text.replace(anchor, anchor + "    2024-01-01:\n      value: 0.25\n      source:\n"
                + "        kind: default\n        note: 测试用的新取值\n"));

        CliRun.Run run = selfeval("rules", "test", after.toString(), "--since", before.toString());

        assertEquals(ExitCode.OK, run.exit(), run.out());
        assertTrue(run.out().contains("2024年度：0.5分/项目 → 0.25分/项目"), run.out());
        assertTrue(run.out().contains("没有用例用到这些年度的这些参数；它们的改动不会改变任何用例的结果（可以考虑为新取值加一个用例）"), run.out());
    }

    @Test
    void theSamePackHasNoChangeAndSinceNeedsAPack() {
        Path pack = FileTrees.shippedPack(temp.resolve("same"));

        CliRun.Run same = selfeval("rules", "test", pack.toString(), "--since", "rules/guangzhou-2023");
        assertTrue(same.out().startsWith("与 rules/guangzhou-2023 相比：用例的评价年度（2022、2023、2024、2026）读到的参数取值都没有变化\n"),
                same.out());

        CliRun.Run alone = selfeval("rules", "test", "--since", "rules/guangzhou-2023");
        assertEquals(ExitCode.USAGE, alone.exit());
        assertTrue(alone.err().contains("--since 要与一个规则包目录一起用"), alone.err());
    }

    private static void addValue(Path params, String from, String value) throws IOException {
        String text = Files.readString(params);
        String anchor = "        note: 广州市自2021年1月1日起全面实施（2020年11月1日起公开意向）\n";
        assertTrue(text.contains(anchor));
        Files.writeString(params, text.replace(anchor, anchor + "    " + from + ":\n      value: " + value
                + "\n      source:\n        kind: default\n        note: 测试用的新取值\n"));
    }
}
