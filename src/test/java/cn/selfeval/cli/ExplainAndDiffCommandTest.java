package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainAndDiffCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SelfevalCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void explainAFactShowsEveryCheckIncludingThoseThatPassed() {
        assertEquals(ExitCode.OK, run("explain", "fixtures/lihu-2023.json", "--fact", "ZC2023-004"));
        String text = out.toString();
        assertTrue(text.startsWith("采购项目 ZC2023-004「荔湖街人居环境整治提升服务」"), text);
        assertTrue(text.contains("【符合】项目ZC2023-004「荔湖街人居环境整治提升服务」：采购意向2023-05-04公开，采购活动2023-06-12开始，间隔39日。"), text);
        assertTrue(text.contains("【扣 0.5 分】项目ZC2023-004"), text);
        assertTrue(text.contains("规则：procurement/contract-filing.checks.yaml「采购合同按期备案」"), text);
    }

    @Test
    void explainAnIndicatorGroupsOutcomesByFact() {
        assertEquals(ExitCode.OK, run("explain", "fixtures/lihu-2023.json", "--indicator", "B5.1"));
        String text = out.toString();
        assertTrue(text.contains("B5.1.1 采购意向公开覆盖情况    满分 0.5，计算得分 0.5"), text);
        assertTrue(text.contains("【豁免】项目ZC2023-006「防汛抢险应急物资采购」申报免于公开采购意向"), text);
    }

    @Test
    void explainNamesTheKnownFactsWhenTheIdIsUnknown() {
        assertEquals(ExitCode.USAGE, run("explain", "fixtures/lihu-2023.json", "--fact", "ZC2099-001"));
        assertTrue(err.toString().contains("没有检查涉及事实 ZC2099-001；被检查过的事实："), err.toString());
        assertTrue(err.toString().contains("ZC2023-001"), err.toString());
        assertTrue(err.toString().contains("、公务接待费、") && err.toString().contains("、绩效目标随预算编报、"), err.toString());
        assertFalse(err.toString().contains("officialReception") || err.toString().contains("targetSetting"), err.toString());
    }

    @Test
    void explainTakesAFactWithoutIdByItsName() {
        assertEquals(ExitCode.OK, run("explain", "fixtures/lihu-2023.json", "--fact", "公务接待费"));
        assertTrue(out.toString().startsWith("“三公”经费「公务接待费」\n"), out.toString());
        assertTrue(out.toString().contains("填报位置：$.threePublicCosts.officialReception"), out.toString());
    }

    @Test
    void explainListsFactsByLabelNotByInternalKey() {
        assertEquals(ExitCode.OK, run("explain", "fixtures/lihu-2023.xlsx", "--indicator", "B7.2"));
        assertTrue(out.toString().contains("\n  “三公”经费「公务接待费」\n"), out.toString());
        assertTrue(out.toString().contains("填报位置：“三公”经费第6行"), out.toString());
        assertFalse(out.toString().contains("officialReception"), out.toString());
    }

    @Test
    void aWorkbookUsersMissingFactsAreAskedForByTheirSheetAndTheStatusChoice() {
        assertEquals(ExitCode.OK, run("explain", "fixtures/licheng-2021.xlsx", "--indicator", "B2.2"));
        String text = out.toString();
        assertTrue(text.contains("2021年度未填报 工作表“财务管理问题”（在第1行“本表情况”选择“有以下事项”并逐行填写；"
                + "本年度没有的选择“本年度没有此类事项”），无法核实财务管理是否合规，本指标不得分。"), text);
        assertTrue(text.contains("要求：填报本年度审计、检查发现的财务管理问题（没有则在“本表情况”中选择“本年度没有此类事项”）"), text);
        assertFalse(text.contains("management.financialFindings") || text.contains("[]"), text);

        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("explain", "fixtures/licheng-2021.json", "--indicator", "B2.2"));
        assertTrue(out.toString().contains("2021年度未填报 management.financialFindings（财务管理问题），无法核实财务管理是否合规"), out.toString());
        assertTrue(out.toString().contains("（没有则填 []）"), out.toString());
    }

    @Test
    void diffShowsTheEffectOfLoweringTheIntentThresholdTo20Days(@TempDir Path tmp) throws IOException {
        Path edited = tmp.resolve("guangzhou-2023-20d");
        TestFiles.copyTree(Path.of("rules/guangzhou-2023"), edited);
        TestFiles.copyTree(Path.of("rules/calendar"), tmp.resolve("calendar"));
        Path params = edited.resolve("procurement/intent-timeliness.params.yaml");
        Files.writeString(params, Files.readString(params).replaceFirst("value: 30", "value: 20"));

        assertEquals(ExitCode.OK, run("rules", "diff", "--from", "rules/guangzhou-2023", "--to", edited.toString(),
                "fixtures/lihu-2023.json", "fixtures/clean-2023.json"));
        String text = out.toString();
        assertTrue(text.contains("fixtures/lihu-2023.json：已检查指标得分 94.70 → 95.20"), text);
        assertTrue(text.contains("B5.1.2 采购意向公开及时性：0.50 → 1.00"), text);
        assertTrue(text.contains("－ 取消扣分 0.5 分（B5.1.2，procurement/intent-timeliness.checks.yaml「采购意向公开晚于规定时间」）：项目ZC2023-003"), text);
        assertTrue(text.contains("fixtures/clean-2023.json：已检查指标得分 100.00 → 100.00（无变化）"), text);
        assertTrue(text.contains("合计：2 份填报中 1 份有变化；新增扣分 0 处，取消扣分 1 处；得分变化合计 +0.5 分"), text);
    }
}
