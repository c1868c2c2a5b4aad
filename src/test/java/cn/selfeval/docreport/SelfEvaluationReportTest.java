package cn.selfeval.docreport;

import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.docreport.DocxDocument.Style;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 自评报告 of report 000's fixture read back with POI, and the edge cases: no problems, data missing, odd names. */
class SelfEvaluationReportTest {

    private static ReportDocuments.Checked lihu;
    private static XWPFDocument doc;

    @BeforeAll
    static void write() {
        lihu = ReportDocuments.check(Path.of("fixtures/lihu-2023.json"));
        doc = lihu.document();
    }

    @Test
    void theSectionsComeInTheReportsOrderAndNumbering() {
        List<String> headings = doc.getParagraphs().stream()
                .filter(p -> Style.HEADING1.equals(p.getStyle()) || Style.HEADING2.equals(p.getStyle()))
                .map(XWPFParagraph::getText).filter(t -> !t.startsWith("（") || !t.contains("扣")).toList();
        assertEquals(List.of("一、基本情况", "（一）部门概况", "（二）年度总体工作和重点工作任务", "（三）部门整体收支情况",
                "（四）部门整体绩效管理情况", "二、综合评价分析", "（一）自评结论综述", "（二）各项工作任务绩效目标完成情况分析",
                "（三）主要工作成效", "三、存在的主要问题"), headings.subList(0, 10));
        assertTrue(headings.indexOf("四、下一步改进措施") > headings.indexOf("三、存在的主要问题"), headings.toString());
        assertEquals("广州市增城区人民政府荔湖街道办事处2023年度部门整体支出绩效自评报告", doc.getParagraphs().get(0).getText());
        assertEquals(Style.TITLE, doc.getParagraphs().get(0).getStyle());
    }

    @Test
    void theBudgetIsWrittenAsTheReportsWriteIt() {
        String basics = ReportDocuments.section(doc, "一、基本情况");
        assertTrue(basics.contains("2023年本部门全年预算数为32,341.81万元，全年执行数为31,435.28万元，完成率为97.20%。"), basics);
        assertTrue(basics.contains("全年基本支出预算数为3,929.15万元，全年基本支出执行数为3,882.09万元，完成率为98.80%"), basics);
        assertTrue(basics.contains("全年项目支出预算数为28,412.66万元，全年项目支出执行数为27,553.20万元，完成率为96.98%"), basics);
        assertTrue(basics.contains("（请填写：部门主要职责、内设机构和人员编制情况）"), basics);
    }

    @Test
    void theConclusionGivesTheComputedTotalAndGradeAndTheSelfScoreGap() {
        String evaluation = ReportDocuments.section(doc, "二、综合评价分析");
        assertTrue(evaluation.contains("部门整体支出绩效评价得分94.70分，评价等级为“优”；共扣分11处，合计5.3分"), evaluation);
        assertTrue(evaluation.contains("单位自评分94.9分，比计算得分高0.2分（A1.3 部门预算资金支出率自评9.91分、计算9.71分）"), evaluation);
    }

    @Test
    void table2HasOneRowPerIndicatorWithTheCardsScores() {
        ScoreCard card = lihu.result().card();
        List<IndicatorScore> leaves = card.indicators().stream().flatMap(i -> i.leaves().stream()).toList();
        XWPFTable table = doc.getTables().get(0);
        List<String> header = cells(table.getRow(0));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "自评分", "扣分原因"), header);
        assertTrue(table.getRow(0).isRepeatHeader(), "the header row repeats on every page");
        assertEquals(leaves.size() + 2, table.getRows().size(), "header, one row per indicator, total");
        for (int i = 0; i < leaves.size(); i++) {
            IndicatorScore leaf = leaves.get(i);
            List<String> row = cells(table.getRow(i + 1));
            assertEquals(leaf.code() + " " + leaf.name(), row.get(2));
            assertEquals(plain(leaf.points()), row.get(3), leaf.code());
            assertEquals(fixed(leaf.score()), row.get(4), leaf.code());
            assertEquals(leaf.selfScore() == null ? "—" : plain(leaf.selfScore()), row.get(5), leaf.code());
            for (CheckOutcome deduction : leaf.deductions()) {
                assertTrue(row.get(6).contains("扣" + plain(deduction.points()) + "分：" + deduction.explanation().substring(0, 12)),
                        row.get(6));
            }
        }
        List<String> b54 = cells(table.getRow(1 + indexOf(leaves, "B5.4")));
        assertEquals(List.of("3", "2.00", "2"), b54.subList(3, 6));
        assertTrue(b54.get(6).contains("项目ZC2023-004「荔湖街人居环境整治提升服务」"), b54.get(6));
        List<String> total = cells(table.getRow(table.getRows().size() - 1));
        assertEquals(List.of("合计", "100", "94.70", "94.9", "评价等级：优"),
                List.of(total.get(0), total.get(3), total.get(4), total.get(5), total.get(6)));
    }

    @Test
    void table3HasEachPerformanceIndicatorWithTargetActualCompletionAndScore() {
        XWPFTable table = doc.getTables().get(1);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "年度实现值", "完成率", "分值", "得分"),
                cells(table.getRow(0)));
        assertEquals(lihu.result().submission().performanceIndicators().size() + 1, table.getRows().size());
        List<String> cc07 = table.getRows().stream().map(SelfEvaluationReportTest::cells)
                .filter(r -> r.get(2).equals("数字城管案件按期（三天内）办结数")).findFirst().orElseThrow();
        assertEquals(List.of("产出指标", "时效指标", "数字城管案件按期（三天内）办结数", "≥1487宗",
                "1486宗（共办理案件1487宗，其中1宗超期）", "99.93%", "2.5", "2.49"), cc07);
        List<String> xy01 = table.getRows().stream().map(SelfEvaluationReportTest::cells)
                .filter(r -> r.get(2).equals("设备利用率")).findFirst().orElseThrow();
        assertEquals(List.of("90%", "10", "9"), xy01.subList(5, 8));
    }

    @Test
    void everyLateContractIsNamedInTheProblemsWithTheRuleAndThePoints() {
        String problems = ReportDocuments.section(doc, "三、存在的主要问题");
        List<CheckOutcome> late = lihu.result().card().flatten().flatMap(i -> i.outcomes().stream())
                .filter(o -> o.deducted() && o.ruleName().equals("采购合同逾期签订")).toList();
        assertFalse(late.isEmpty());
        for (CheckOutcome contract : late) {
            assertTrue(problems.contains("项目" + contract.factId() + "「" + contract.factName() + "」"), contract.factId() + "\n" + problems);
        }
        assertTrue(problems.contains("项目ZC2023-004「荔湖街人居环境整治提升服务」：中标（成交）通知书2023-09-04发出，合同2023-10-09才签订"), problems);
        assertTrue(problems.contains("采购合同逾期签订（B5.4 采购合同签订时效性，" + (late.size() > 1 ? late.size() + "处，" : "")
                + "扣" + plain(late.stream().map(CheckOutcome::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)) + "分）"), problems);
        assertTrue(problems.contains("依据：《政府采购法》第四十六条"), problems);
        List<String> areas = doc.getParagraphs().stream().filter(p -> Style.HEADING2.equals(p.getStyle()))
                .map(XWPFParagraph::getText).filter(t -> t.contains("扣") && t.contains("分）")).toList();
        assertTrue(areas.contains("（三）采购管理（扣2.5分）"), areas.toString());
        assertTrue(areas.contains("（四）资产管理（扣0.5分）"), areas.toString());
    }

    @Test
    void improvementsComeFromThePacksImprovementTextForEachAreaWithProblems() {
        String improvements = ReportDocuments.section(doc, "四、下一步改进措施");
        assertTrue(improvements.contains("中标、成交通知书发出后，按政府采购法第四十六条在30日内与供应商签订政府采购合同"), improvements);
        assertTrue(improvements.contains("对盘点发现的账实差异逐项查明原因并写出书面说明"), improvements);
        assertFalse(improvements.contains("请填写：针对"), "every deducting check of the shipped pack has an improvement\n" + improvements);
    }

    @Test
    void aSubmissionWithoutProblemsSaysSoPlainly() {
        XWPFDocument clean = ReportDocuments.check(Path.of("fixtures/clean-2023.json")).document();
        String problems = ReportDocuments.section(clean, "三、存在的主要问题");
        assertEquals("经按规则包逐项检查，本年度各项指标没有发现扣分的问题。\n", problems);
        String improvements = ReportDocuments.section(clean, "四、下一步改进措施");
        assertTrue(improvements.startsWith("本年度检查未发现需要整改的扣分问题。\n（请填写："), improvements);
        assertTrue(ReportDocuments.section(clean, "二、综合评价分析").contains("得分100.00分，评价等级为“优”；各项指标均未扣分。"));
    }

    @Test
    void missingFactsAreDataToCompleteNotProblems() {
        ReportDocuments.Checked yuangang = ReportDocuments.check(Path.of("fixtures/yuangang-2023.json"));
        XWPFDocument report = yuangang.document();
        String problems = ReportDocuments.section(report, "三、存在的主要问题");
        int missingAt = problems.indexOf("以下指标因填报中没有相应的事实暂未得分。这不是检查发现的问题");
        assertTrue(missingAt >= 0, problems);
        CheckOutcome missing = yuangang.result().card().flatten().flatMap(i -> i.outcomes().stream())
                .filter(cn.selfeval.web.MissingFacts::isMissingFacts).findFirst().orElseThrow();
        int at = problems.indexOf(missing.explanation());
        assertTrue(at > missingAt, "listed under 待补充的数据, not among the problems:\n" + problems);
        assertEquals(at, problems.lastIndexOf(missing.explanation()), "listed once");
        assertTrue(report.getParagraphs().stream().anyMatch(p -> p.getText().equals("（一）待补充的数据")
                || p.getText().endsWith("）待补充的数据")));
    }

    @Test
    void aUnitNameWithMarkupComesThroughAsText() throws Exception {
        ReportDocuments.Checked odd = ReportDocuments.check(Path.of("src/test/resources/web/script-name-2023.json"));
        String name = odd.result().card().unit().name();
        assertTrue(name.contains("<script>"));
        assertEquals(name + odd.result().card().year() + "年度部门整体支出绩效自评报告", odd.document().getParagraphs().get(0).getText());
        String xml = documentXml(odd.docx());
        assertTrue(xml.contains("&lt;script>alert(\"unit\")&lt;/script>&lt;img src=x onerror=alert(1)>某街道"), "escaped text");
        assertFalse(xml.contains("<script") || xml.contains("<img"), "no element of the name gets into the document");
    }

    @Test
    void charactersXmlForbidsAreReplacedSoWordOpensTheFile() {
        assertEquals("甲\uFFFD乙\t丙\uD83D\uDE00\uFFFD", XmlText.clean("甲\u0001乙\t丙\uD83D\uDE00\uD800"));
    }

    @Test
    void figuresAreWrittenAsTheReportsWriteThem() {
        assertEquals("32,341.81万元", ReportFigures.amount(new java.math.BigDecimal("32341.81")));
        assertEquals("850.00万元", ReportFigures.amount(new java.math.BigDecimal("850")));
        assertEquals("0.01万元", ReportFigures.amount(new java.math.BigDecimal("0.005")));
        assertEquals("97.20%", ReportFigures.percent(new java.math.BigDecimal("97.2")));
        assertEquals("99.998%", ReportFigures.percent(new java.math.BigDecimal("99.99833333333333333333333333333333")), "not written as 100.00%");
    }

    static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static int indexOf(List<IndicatorScore> leaves, String code) {
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
