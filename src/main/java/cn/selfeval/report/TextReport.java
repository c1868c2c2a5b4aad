package cn.selfeval.report;

import java.math.BigDecimal;

import cn.selfeval.decimal.Numbers;
import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.scoring.SelfScoreAudit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The score card in plain Chinese for finance staff and reviewers: every indicator with points, score and
 * self-score, and under each the deductions with the fact, the values compared, the limit, the legal
 * basis and the rule. With {@code details}, every other outcome (passed, exempt, not applicable) too.
 */
public final class TextReport {

    /** The first line of every text report; what tells a selfeval result from any other file. */
    public static final String TITLE = "部门整体支出绩效自评检查结果";

    private final boolean details;
    private final Function<CheckOutcome, String> where;
    private final StringBuilder out = new StringBuilder();

    private TextReport(boolean details, Function<CheckOutcome, String> where) {
        this.details = details;
        this.where = where;
    }

    /** Each outcome printed with where its fact was filled in, when the outcome knows it. */
    public static String render(ScoreCard card, boolean details) {
        return render(card, details, OutcomeText::where);
    }

    /**
     * @param where where an outcome's fact was filled in (for a workbook: 采购项目第7行), printed with the outcome;
     *              null when not known
     */
    public static String render(ScoreCard card, boolean details, Function<CheckOutcome, String> where) {
        TextReport report = new TextReport(details, where);
        report.header(card);
        card.indicators().forEach(i -> report.indicator(i, 0));
        report.footer(card);
        // The report's own text has no control characters; any there came from the submission (a unit's name).
        return TerminalText.escape(report.out.toString());
    }

    private void header(ScoreCard card) {
        line(TITLE);
        line("单位：%s（%s）    年度：%d", card.unit().name(), card.unit().district(), card.year());
        line(card.submissionSha256() == null ? "填报文件：%s" : "填报文件：%s（SHA-256 %s）", card.submissionFile(),
                card.submissionSha256());
        ScoreCard.PackInfo pack = card.rulePack();
        line("规则包：%s（%s，版本 %s，内容哈希 %s）", pack.name(), pack.id(), pack.version(),
                pack.contentHash().substring(0, 12));
        pack.notices().forEach(notice -> line("【注意】%s", notice));
        line("");
        line("指标（满分 / 计算得分 / 自评分）");
    }

    private void indicator(IndicatorScore score, int depth) {
        String indent = "  ".repeat(depth);
        line("%s%s %s    满分 %s / %s / 自评 %s%s", indent, score.code(), score.name(), plain(score.points()),
                scoreText(score), score.selfScore() == null ? "—" : plain(score.selfScore()), gapText(score));
        String detailIndent = indent + "    ";
        if (score.capped()) {
            line("%s（各项扣分合计 %s 分，超过本项分值，扣完为止）", detailIndent, plain(score.claimed()));
        }
        for (CheckOutcome outcome : score.outcomes()) {
            if (outcome.status().needsAttention() || details) {
                outcome(outcome, detailIndent);
            }
        }
        if (!details && !score.outcomes().isEmpty()) {
            String counts = countsOtherThanDeductions(score.outcomes());
            if (!counts.isEmpty()) {
                line("%s（%s）", detailIndent, counts);
            }
        }
        score.children().forEach(child -> indicator(child, depth + 1));
    }

    private void outcome(CheckOutcome o, String indent) {
        OutcomeText.lines(o, indent, where.apply(o)).forEach(l -> out.append(l).append('\n'));
    }

    private void footer(ScoreCard card) {
        ScoreCard.Summary s = card.summary();
        line("");
        if (s.complete()) {
            line("合计：总分 %s / %s 分，等级「%s」（扣分 %d 处，共 %s 分）", fixed(s.score()), plain(s.maxPoints()),
                    s.grade() == null ? "—" : s.grade(), s.deductionCount(), plain(s.deductedPoints()));
        } else {
            line("合计：已检查指标满分 %s 分，计算得分 %s 分（扣分 %d 处，共 %s 分）", plain(s.checkedPoints()),
                    fixed(s.score()), s.deductionCount(), plain(s.deductedPoints()));
            line("      未检查指标 %s 分（规则包尚无对应规则，不计满分，由评审人员另行核实），等级暂不评定",
                    plain(s.maxPoints().subtract(s.checkedPoints())));
        }
        if (s.selfScore() != null) {
            BigDecimal gap = s.selfScore().subtract(s.score());
            line("      %s自评分 %s 分，%s", s.complete() ? "" : "同口径", plain(s.selfScore()),
                    gap.signum() == 0 ? "与计算得分一致"
                            : gap.signum() > 0 ? "比计算得分高 " + plain(gap) + " 分（自评偏高）"
                            : "比计算得分低 " + plain(gap.negate()) + " 分（自评偏低）");
        }
        if (s.undeterminedCount() > 0) {
            line("      无法判定 %d 处（见上文【无法判定】，需人工核实）", s.undeterminedCount());
        }
        if (s.notedCount() > 0) {
            line("      提示 %d 处（见上文【提示】：本评分表不计分的问题，不扣分）", s.notedCount());
        }
        audit(card.selfScoreAudit());
    }

    /** The differences between self-scores and computed scores, overstated first with their reasons. */
    private void audit(SelfScoreAudit audit) {
        line("");
        if (audit.compared() == 0) {
            line("自评分核对：填报中没有已检查指标的自评分（selfScores），无法核对");
            return;
        }
        if (audit.overstated().isEmpty() && audit.understated().isEmpty()) {
            line("自评分核对（已检查指标）：已填自评分的 %d 项指标，自评分与计算得分一致", audit.compared());
        } else {
            line("自评分核对（已检查指标）：自评偏高 %s 分，自评偏低 %s 分，合计%s %s 分", plain(audit.overstatedPoints()),
                    plain(audit.understatedPoints()), audit.net().signum() >= 0 ? "偏高" : "偏低", plain(audit.net().abs()));
        }
        for (SelfScoreAudit.Gap gap : audit.overstated()) {
            line("  %s %s：自评 %s，计算 %s，自评高 %s 分%s", gap.code(), gap.name(), plain(gap.selfScore()),
                    fixed(gap.computed()), plain(gap.gap()),
                    gap.aboveFullMarks() ? "（自评分超过该指标的分值 " + plain(gap.points()) + "）" : "");
            gap.deductions().forEach(o -> line("      【扣 %s 分】%s", plain(o.points()), o.explanation()));
        }
        for (SelfScoreAudit.Gap gap : audit.understated()) {
            line("  %s %s：自评 %s，计算 %s，自评低 %s 分（规则未发现相应扣分理由）", gap.code(), gap.name(),
                    plain(gap.selfScore()), fixed(gap.computed()), plain(gap.gap().negate()));
        }
        if (!audit.notSelfScored().isEmpty()) {
            line("  未填自评分：%s", String.join("、", audit.notSelfScored()));
        }
    }

    private static String scoreText(IndicatorScore score) {
        return switch (score.coverage()) {
            case NOT_CHECKED -> "未检查";
            case PARTIAL -> fixed(score.score()) + "（已检查 " + plain(score.checkedPoints()) + " 分部分）";
            case CHECKED -> fixed(score.score());
        };
    }

    private static String gapText(IndicatorScore score) {
        BigDecimal gap = score.selfScoreGap();
        if (gap == null || gap.signum() == 0) {
            return "";
        }
        return gap.signum() > 0 ? "    ⚠ 自评高出 " + plain(gap) + " 分" : "    自评低于计算 " + plain(gap.negate()) + " 分";
    }

    private static String countsOtherThanDeductions(List<CheckOutcome> outcomes) {
        Map<OutcomeStatus, Long> counts = outcomes.stream().collect(Collectors.groupingBy(CheckOutcome::status,
                () -> new EnumMap<>(OutcomeStatus.class), Collectors.counting()));
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().needsAttention())
                .map(e -> e.getKey().label() + " " + e.getValue() + " 项")
                .collect(Collectors.joining("，"));
    }

    private void line(String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(format, args)).append('\n');
    }
}
