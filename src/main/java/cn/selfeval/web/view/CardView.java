package cn.selfeval.web.view;

import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.scoring.SelfScoreAudit;
import cn.selfeval.web.CardFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A score card as its page shows it (and its printout and self-contained download): the header naming unit,
 * year, pack and hash and the time it was made; the total beside the self-score; the self-score audit; the
 * data still to fill in; the indicators with every deduction.
 *
 * @param links where the downloads are; null in the self-contained download, which links nowhere
 * @param packNotices what the card must say about its pack before any figure (草稿, a stand-in framework)
 */
public record CardView(String unitName, String district, int year, String file, String sha256, String packName,
        String packId, String packVersion, String packHash, String generatedAt, String score, String maxPoints,
        boolean complete, String checkedPoints, String grade, String selfScore, String gap, String gapClass,
        int deductionCount, String deductedPoints, long realDeductions, int undeterminedCount, int notedCount,
        List<Gap> overstated,
        List<Gap> understated, List<String> notSelfScored, String auditHeadline, List<Missing> missing,
        String missingPoints, List<IndicatorRow> rows, Links links, List<String> packNotices) {

    /** Where a card's page and downloads are, e.g. /cards/ab12… or /summary/…/units/3. */
    public record Links(String page, String back, String backLabel) {

        public String html() {
            return page + "/download.html";
        }

        public String xlsx() {
            return page + "/download.xlsx";
        }

        public String json() {
            return page + "/download.json";
        }

        /** The draft 自评报告 (Word). */
        public String docx() {
            return page + "/download.docx";
        }
    }

    /** One indicator whose self-score differs, with the deductions that explain the difference. */
    public record Gap(String code, String name, String selfScore, String computed, String gap,
            List<OutcomeView> deductions) {
    }

    /** Data still to fill in: the indicator, what is missing, what to fill in and the points it costs now. */
    public record Missing(String code, String name, String explanation, String fillIn, String points) {
    }

    public static CardView of(ScoreCard card, Instant generatedAt, Links links) {
        ScoreCard.Summary s = card.summary();
        BigDecimal gap = CardFigures.gap(card);
        SelfScoreAudit audit = card.selfScoreAudit();
        return new CardView(card.unit().name(), card.unit().district(), card.year(), card.submissionFile(),
                card.submissionSha256() == null ? "" : card.submissionSha256(), card.rulePack().name(),
                card.rulePack().id(), card.rulePack().version(), card.rulePack().contentHash(), Times.format(generatedAt),
                fixed(s.score()), plain(s.maxPoints()), s.complete(), plain(s.checkedPoints()),
                s.grade() == null ? "暂不评定" : s.grade(),
                s.selfScore() == null ? null : plain(s.selfScore()),
                gap == null ? "" : gap.signum() == 0 ? "与计算得分一致" : gap.signum() > 0
                        ? "自评偏高 " + plain(gap) + " 分" : "自评偏低 " + plain(gap.negate()) + " 分",
                gap == null || gap.signum() == 0 ? "" : gap.signum() > 0 ? "over" : "under",
                s.deductionCount(), plain(s.deductedPoints()), CardFigures.realDeductions(card), s.undeterminedCount(),
                s.notedCount(),
                audit.overstated().stream().map(CardView::gap).toList(),
                audit.understated().stream().map(CardView::gap).toList(), audit.notSelfScored(), headline(audit),
                CardFigures.missingFacts(card).stream().map(m -> new Missing(m.indicator().code(), m.indicator().name(),
                        m.outcome().explanation(), m.outcome().limit(), plain(m.outcome().points()))).toList(),
                plain(CardFigures.missingFactsPoints(card)), IndicatorRow.of(card.indicators()), links,
                card.rulePack().notices());
    }

    private static Gap gap(SelfScoreAudit.Gap g) {
        return new Gap(g.code(), g.name(), plain(g.selfScore()), fixed(g.computed()),
                (g.gap().signum() > 0 ? "高 " : "低 ") + plain(g.gap().abs()) + " 分"
                        + (g.aboveFullMarks() ? "（自评分超过该指标的分值 " + plain(g.points()) + "）" : ""),
                g.deductions().stream().map(OutcomeView::of).toList());
    }

    /** As the text report heads its audit. */
    private static String headline(SelfScoreAudit audit) {
        if (audit.compared() == 0) {
            return "填报中没有已检查指标的自评分（selfScores），无法核对";
        }
        if (audit.overstated().isEmpty() && audit.understated().isEmpty()) {
            return "已填自评分的 " + audit.compared() + " 项指标，自评分与计算得分一致";
        }
        return "自评偏高 " + plain(audit.overstatedPoints()) + " 分，自评偏低 " + plain(audit.understatedPoints()) + " 分，合计"
                + (audit.net().signum() >= 0 ? "偏高 " : "偏低 ") + plain(audit.net().abs()) + " 分";
    }

    public String shortHash() {
        return packHash.length() > 12 ? packHash.substring(0, 12) : packHash;
    }

    public boolean standalone() {
        return links == null;
    }

    /** "评分表：某街道 2023年度" */
    public String title() {
        return "评分表：" + unitName + " " + year + "年度";
    }
}
