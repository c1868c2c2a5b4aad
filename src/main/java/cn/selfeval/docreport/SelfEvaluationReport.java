package cn.selfeval.docreport;

import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.model.BudgetExecution;
import cn.selfeval.model.BudgetLine;
import cn.selfeval.model.Submission;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit's 部门整体支出绩效自评报告 as a draft Word document, in the published reports' order and numbering:
 * 一、基本情况 (with 部门整体收支情况), 二、综合评价分析 (自评结论综述, 表2, 表3), 三、存在的主要问题,
 * 四、下一步改进措施. Every score, total and deduction is read from the score card the check built (no second
 * computation); amounts and completion rates are the submission's facts as the checks read them. What only the
 * unit can write is headed and marked “（请填写：…）”, never invented.
 *
 * <p>The entry point for every caller (the {@code report} command, the score card page, a review round's unit):
 * give it the score card and the submission it was computed from.
 */
public final class SelfEvaluationReport {

    /** Characters of a 扣分原因 cell in 表2 before the explanations are cut short. */
    private static final int REASON_CELL = 160;
    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private final ScoreCard card;
    private final Submission submission;
    private final Findings findings;
    private final ReviewColumns review;
    private final DocxDocument doc = new DocxDocument();

    private SelfEvaluationReport(ScoreCard card, Submission submission, ReviewColumns review) {
        this.card = card;
        this.submission = submission;
        this.findings = new Findings(card);
        this.review = review;
    }

    /** The .docx bytes of the draft report. */
    public static byte[] docx(ScoreCard card, Submission submission) {
        return docx(card, submission, null);
    }

    /**
     * The draft report of a unit in a review round: as {@link #docx(ScoreCard, Submission)}, with 复核分 and
     * 复核意见 beside 自评分 and 计算分 in 表2 and the 复核分 stated in the conclusion.
     *
     * @param review null for the report without a review
     */
    public static byte[] docx(ScoreCard card, Submission submission, ReviewColumns review) {
        SelfEvaluationReport report = new SelfEvaluationReport(card, submission, review);
        report.write();
        return report.doc.bytes();
    }

    /** "广州市增城区人民政府荔湖街道办事处2023年度部门整体支出绩效自评报告" */
    public static String title(ScoreCard card) {
        return card.unit().name() + card.year() + "年度部门整体支出绩效自评报告";
    }

    private void write() {
        doc.title(title(card));
        doc.subtitle("（初稿：评分、扣分和问题由 selfeval 根据填报数据和规则包生成" + (review == null ? ""
                : "，复核分和复核意见来自复核轮次（" + review.state() + "）") + "，标有“请填写”的部分由单位填写）");
        basics();
        evaluation();
        problems();
        improvements();
        provenance();
    }

    // ---- 一、基本情况 ----------------------------------------------------------------------------------------

    private void basics() {
        doc.heading(1, "一、基本情况");
        doc.heading(2, "（一）部门概况");
        doc.fillIn("部门主要职责、内设机构和人员编制情况");
        doc.heading(2, "（二）年度总体工作和重点工作任务");
        doc.fillIn("部门整体绩效目标和本年度的重点工作任务（可附年度重点工作任务表：名称、主要实施内容、期望达到的目标）");
        doc.heading(2, "（三）部门整体收支情况");
        budget();
        doc.heading(2, "（四）部门整体绩效管理情况");
        doc.fillIn("本年度绩效目标设定、绩效运行监控、绩效自评和评价结果应用的开展情况");
    }

    private void budget() {
        BudgetExecution budget = submission.budgetExecution();
        if (budget == null || budget.total() == null) {
            doc.fillIn("部门全年预算数、执行数和完成率（填报中没有部门预算执行情况 budgetExecution，补齐后重新生成本报告即可自动写出）");
            return;
        }
        StringBuilder text = new StringBuilder(card.year() + "年本部门" + line("全年", budget.total()) + "。");
        List<String> parts = new ArrayList<>();
        if (budget.basic() != null) {
            parts.add(line("全年基本支出", budget.basic()));
        }
        if (budget.project() != null) {
            parts.add(line("全年项目支出", budget.project()));
        }
        if (!parts.isEmpty()) {
            text.append("其中").append(String.join("；", parts)).append("。");
        }
        if (budget.carryOver() != null && budget.balance() != null) {
            text.append("年末结转资金").append(ReportFigures.amount(budget.carryOver())).append("，结余资金")
                    .append(ReportFigures.amount(budget.balance()));
            BigDecimal rate = budget.carryOverPercent();
            text.append(rate == null ? "" : "，结转结余率为" + ReportFigures.percent(rate)).append("。");
        }
        doc.body(text.toString());
    }

    /** "全年预算数为 32,341.81万元，全年执行数为 31,435.28万元，完成率为 97.20%" */
    private static String line(String what, BudgetLine line) {
        BigDecimal rate = line.executionPercent();
        return what + "预算数为" + ReportFigures.amount(line.budget()) + "，" + what + "执行数为"
                + ReportFigures.amount(line.executed()) + (rate == null ? "" : "，完成率为" + ReportFigures.percent(rate));
    }

    // ---- 二、综合评价分析 ------------------------------------------------------------------------------------

    private void evaluation() {
        doc.heading(1, "二、综合评价分析");
        doc.heading(2, "（一）自评结论综述");
        doc.body(conclusion());
        String selfScore = selfScoreSentence();
        if (!selfScore.isEmpty()) {
            doc.body(selfScore);
        }
        if (review != null) {
            doc.body(reviewSentence());
        }
        indicatorTable();
        doc.heading(2, "（二）各项工作任务绩效目标完成情况分析");
        doc.heading(3, "1.整体绩效目标完成情况");
        doc.fillIn("对照部门整体绩效目标，逐项说明本年度各项工作任务的完成情况和取得的进展");
        doc.heading(3, "2.部门年度关键指标");
        performanceTable();
        doc.heading(2, "（三）主要工作成效");
        doc.fillIn("本年度取得的主要工作成效（可列出具体成果、数据和获得的荣誉）");
    }

    private String conclusion() {
        ScoreCard.Summary s = card.summary();
        String unit = card.year() + "年" + card.unit().name();
        String deductions = s.deductionCount() == 0 ? "各项指标均未扣分"
                : "共扣分" + s.deductionCount() + "处，合计" + plain(s.deductedPoints()) + "分" + areasText();
        if (s.complete()) {
            return "按" + card.rulePack().name() + "的评分标准计算，" + unit + "部门整体支出绩效评价得分" + fixed(s.score())
                    + "分，评价等级为“" + (s.grade() == null ? "—" : s.grade()) + "”；" + deductions + "。";
        }
        return "按" + card.rulePack().name() + "的评分标准计算，" + unit + "已检查的指标（满分" + plain(s.checkedPoints())
                + "分）得分" + fixed(s.score()) + "分；另有" + plain(s.maxPoints().subtract(s.checkedPoints()))
                + "分的指标规则包尚无规则，需评审人员另行评分，评价等级暂不评定；" + deductions + "。";
    }

    /** "，其中采购管理2.5分、资产管理0.5分" */
    private String areasText() {
        if (findings.areas().isEmpty()) {
            return "";
        }
        List<String> parts = findings.areas().stream().map(a -> a.name() + plain(a.points()) + "分").toList();
        String missing = findings.missingData().isEmpty() ? ""
                : "，另有" + findings.missingData().size() + "处因未提供事实暂未得分";
        return "，其中" + String.join("、", parts) + missing;
    }

    private String selfScoreSentence() {
        ScoreCard.Summary s = card.summary();
        if (s.selfScore() == null) {
            return "";
        }
        BigDecimal gap = s.selfScore().subtract(s.score());
        if (gap.signum() == 0) {
            return "单位自评分" + plain(s.selfScore()) + "分，与计算得分一致。";
        }
        StringBuilder out = new StringBuilder("单位自评分" + plain(s.selfScore()) + "分，比计算得分"
                + (gap.signum() > 0 ? "高" : "低") + plain(gap.abs()) + "分");
        List<String> gaps = new ArrayList<>();
        card.selfScoreAudit().overstated().forEach(g -> gaps.add(g.code() + " " + g.name() + "自评" + plain(g.selfScore())
                + "分、计算" + fixed(g.computed()) + "分"));
        card.selfScoreAudit().understated().forEach(g -> gaps.add(g.code() + " " + g.name() + "自评" + plain(g.selfScore())
                + "分、计算" + fixed(g.computed()) + "分"));
        if (!gaps.isEmpty()) {
            out.append("（").append(String.join("；", gaps)).append("）");
        }
        return out.append("；表2的得分为计算得分，与自评分不一致的，请核实后按计算得分修改或在报告中说明理由。").toString();
    }

    /** "经复核（已发布），复核分95.20分，评价等级为“优”，比计算得分高0.5分；复核意见见表2。" */
    private String reviewSentence() {
        BigDecimal gap = review.total().subtract(card.summary().score());
        String grade = review.grade() == null ? "，评价等级暂不评定" : "，评价等级为“" + review.grade() + "”";
        String compared = gap.signum() == 0 ? "，与计算得分相同"
                : "，比计算得分" + (gap.signum() > 0 ? "高" : "低") + plain(gap.abs()) + "分";
        return "经复核（" + review.state() + "），复核分" + fixed(review.total()) + "分" + grade + compared
                + (review.opinions().isEmpty() ? "；复核未改变任何扣分。" : "；复核意见见表2。");
    }

    /**
     * 表2：one row per 三级 indicator with its points, computed score, self-score and the reasons for deductions; in a
     * review round also its 复核分 and 复核意见.
     */
    private void indicatorTable() {
        List<List<String>> rows = new ArrayList<>();
        String lastFirst = null;
        String lastSecond = null;
        for (IndicatorPath path : IndicatorPath.of(card)) {
            IndicatorScore first = path.first();
            IndicatorScore second = path.ancestors().size() >= 2 ? path.ancestors().get(1) : null;
            IndicatorScore leaf = path.leaf();
            String firstText = first == leaf ? "" : first.code().equals(lastFirst) ? DocxDocument.SAME_AS_ABOVE : named(first);
            String secondText = second == null ? "" : second.code().equals(lastSecond) ? DocxDocument.SAME_AS_ABOVE : named(second);
            lastFirst = first.code();
            lastSecond = second == null ? null : second.code();
            String selfScore = leaf.selfScore() == null ? "—" : plain(leaf.selfScore());
            rows.add(review == null
                    ? List.of(firstText, secondText, leaf.code() + " " + leaf.name(), plain(leaf.points()), score(leaf),
                            selfScore, reasons(leaf))
                    : List.of(firstText, secondText, leaf.code() + " " + leaf.name(), plain(leaf.points()), selfScore,
                            score(leaf), reviewed(leaf), reasons(leaf), review.opinions().getOrDefault(leaf.code(), "")));
        }
        ScoreCard.Summary s = card.summary();
        String selfTotal = s.selfScore() == null ? "—" : plain(s.selfScore());
        String grade = s.complete() ? "评价等级：" + (s.grade() == null ? "—" : s.grade()) : "等级暂不评定（有未检查的指标）";
        if (review == null) {
            rows.add(List.of("合计", "", "", plain(s.maxPoints()), fixed(s.score()), selfTotal, grade));
            doc.table("表2：部门整体绩效指标评分表", List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "自评分", "扣分原因"),
                    rows, 9, 9, 17, 7, 9, 9, 40);
            return;
        }
        rows.add(List.of("合计", "", "", plain(s.maxPoints()), selfTotal, fixed(s.score()), fixed(review.total()), grade,
                "复核等级：" + (review.grade() == null ? "暂不评定" : review.grade())));
        doc.table("表2：部门整体绩效指标评分表（含复核）", List.of("一级指标", "二级指标", "三级指标", "分值", "自评分", "计算分",
                "复核分", "扣分原因", "复核意见"), rows, 8, 8, 14, 6, 7, 7, 7, 25, 18);
    }

    private String reviewed(IndicatorScore leaf) {
        BigDecimal score = review.scores().get(leaf.code());
        return score == null ? "未检查" : fixed(score);
    }

    private static String named(IndicatorScore score) {
        return score.name() + "（" + plain(score.points()) + "分）";
    }

    private static String score(IndicatorScore leaf) {
        return leaf.coverage() == Coverage.NOT_CHECKED ? "未检查" : fixed(leaf.score());
    }

    private String reasons(IndicatorScore leaf) {
        if (leaf.coverage() == Coverage.NOT_CHECKED) {
            return "规则包尚无该指标的规则，由评审人员评分";
        }
        return Findings.reasons(leaf, REASON_CELL);
    }

    private void performanceTable() {
        PerformanceRows table = PerformanceRows.of(card, submission);
        if (table.rows().isEmpty()) {
            doc.fillIn("部门整体绩效指标及完成情况（填报中没有绩效指标 performanceIndicators，补齐后重新生成本报告即可自动写出表3）");
            return;
        }
        doc.body("根据年度绩效目标和任务，" + card.year() + "年部门整体设置了" + table.rows().size()
                + "个绩效指标，完成情况见表3。");
        doc.table("表3：部门整体支出绩效指标完成情况统计表", PerformanceRows.HEADERS, table.rows(), 9, 10, 22, 14, 16, 10, 9, 10);
    }

    // ---- 三、存在的主要问题 ----------------------------------------------------------------------------------

    private void problems() {
        doc.heading(1, "三、存在的主要问题");
        if (findings.areas().isEmpty()) {
            doc.body("经按规则包逐项检查，本年度" + (card.summary().complete() ? "各项指标" : "已检查的指标")
                    + "没有发现扣分的问题。");
        }
        int n = 0;
        for (Findings.Area area : findings.areas()) {
            doc.heading(2, "（" + number(n++) + "）" + area.name()
                    + (area.points().signum() == 0 ? "（提示事项，不扣分）" : "（扣" + plain(area.points()) + "分）"));
            int i = 1;
            for (Findings.Problem problem : area.problems()) {
                doc.body(i++ + "." + Findings.sentence(problem));
            }
        }
        if (!findings.missingData().isEmpty()) {
            doc.heading(2, "（" + number(n++) + "）待补充的数据");
            doc.body("以下指标因填报中没有相应的事实暂未得分。这不是检查发现的问题：补齐数据后重新检查，按实际情况评分。");
            int i = 1;
            for (Findings.Item item : findings.missingData()) {
                CheckOutcome o = item.outcome();
                doc.body(i++ + "." + item.indicator().code() + " " + item.indicator().name() + "（暂扣" + plain(o.points())
                        + "分）：" + o.explanation() + (o.limit() == null || o.limit().isBlank() ? "" : "（" + o.limit() + "）"));
            }
        }
        if (!findings.undetermined().isEmpty()) {
            doc.heading(2, "（" + number(n) + "）需人工核实的事项");
            int i = 1;
            for (Findings.Item item : findings.undetermined()) {
                doc.body(i++ + "." + item.indicator().code() + " " + item.indicator().name() + "：" + item.outcome().explanation());
            }
        }
    }

    // ---- 四、下一步改进措施 ----------------------------------------------------------------------------------

    private void improvements() {
        doc.heading(1, "四、下一步改进措施");
        if (findings.areas().isEmpty()) {
            doc.body("本年度检查未发现需要整改的扣分问题。");
            doc.fillIn("巩固和提升预算绩效管理水平的措施");
            return;
        }
        int n = 0;
        for (Findings.Area area : findings.areas()) {
            doc.heading(2, "（" + number(n++) + "）" + area.name());
            int i = 1;
            for (String improvement : area.improvements()) {
                doc.body(i++ + "." + improvement);
            }
            for (String rule : area.withoutImprovement()) {
                doc.fillIn("针对“" + rule + "”的整改措施（规则包没有为这项检查写整改建议）");
            }
        }
        doc.fillIn("除上述问题外，单位认为需要改进的其他方面");
    }

    private void provenance() {
        ScoreCard.PackInfo pack = card.rulePack();
        doc.note("本报告初稿由 selfeval 生成：填报文件 " + card.submissionFile()
                + (card.submissionSha256() == null ? "" : "（SHA-256 " + card.submissionSha256() + "）")
                + "；规则包 " + pack.name() + "（" + pack.id() + "，版本 " + pack.version() + "，内容哈希 "
                + pack.contentHash().substring(0, Math.min(12, pack.contentHash().length())) + "）。表2的得分和合计与 selfeval check 的评分表相同。");
    }

    private static String number(int index) {
        return index < NUMBERS.length ? NUMBERS[index] : String.valueOf(index + 1);
    }
}
