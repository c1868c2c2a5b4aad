package cn.selfeval.web.export;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.docreport.ReviewColumns;
import cn.selfeval.review.AuditEntry;
import cn.selfeval.review.IndicatorReview;
import cn.selfeval.review.OutcomeReview;
import cn.selfeval.review.Review;
import cn.selfeval.review.RoundView;
import cn.selfeval.review.UnitDetail;
import cn.selfeval.review.UnitStatus;
import cn.selfeval.review.UnitSummary;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.web.view.Times;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A round's downloads: the 复核结果 table (.xlsx and CSV), a unit's 复核 表2 (the 表2 download plus 复核分 and
 * 复核意见) and the audit log (CSV). CSV is UTF-8 with a byte order mark, text that Excel would take for a formula
 * starts with an apostrophe, as the summary's CSV does.
 */
public final class ReviewExports {

    public static final List<String> RESULT_COLUMNS = List.of("单位", "状态", "自评分", "计算分", "复核分", "等级", "扣分数",
            "主要问题");

    private ReviewExports() {
    }

    public static byte[] resultsCsv(RoundView round) {
        return csv(RESULT_COLUMNS, round.units().stream().map(ReviewExports::resultRow).toList());
    }

    public static byte[] resultsXlsx(RoundView round, Instant generatedAt) {
        Workbooks w = new Workbooks();
        XSSFSheet sheet = w.book.createSheet("复核结果");
        Workbooks.put(sheet.createRow(0), 0, round.round().name() + " 复核结果（" + round.round().year() + "年度，"
                + round.round().district() + "，生成时间 " + Times.format(generatedAt) + "）", w.title);
        Row header = sheet.createRow(2);
        for (int c = 0; c < RESULT_COLUMNS.size(); c++) {
            Workbooks.put(header, c, RESULT_COLUMNS.get(c), w.header);
        }
        int r = 3;
        for (UnitSummary unit : round.units()) {
            Row row = sheet.createRow(r++);
            List<Object> values = resultRow(unit);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof BigDecimal d) {
                    Workbooks.put(row, c, d, w.number);
                } else {
                    Workbooks.put(row, c, v == null ? null : v.toString(), c == values.size() - 1 ? w.wrap : w.text);
                }
            }
        }
        int[] widths = {36, 8, 9, 9, 9, 7, 8, 70};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(1, 3);
        return w.bytes();
    }

    private static List<Object> resultRow(UnitSummary u) {
        List<Object> row = new ArrayList<>();
        row.add(u.name());
        row.add(u.statusText());
        row.add(u.selfScore());
        row.add(u.computed());
        row.add(u.reviewed());
        row.add(u.grade() == null ? (u.reviewed() == null ? "" : "暂不评定") : u.grade());
        row.add(u.reviewed() == null ? null : BigDecimal.valueOf(u.deductions()));
        row.add(u.mainProblems());
        return row;
    }

    public static byte[] auditCsv(List<AuditEntry> log, Map<String, String> unitNames) {
        return csv(List.of("时间（北京时间）", "操作人", "来源地址", "操作", "单位", "内容"), log.stream()
                .map(e -> List.<Object>of(Times.format(e.at()).replace("（北京时间）", ""), e.actor().name(),
                        e.actor().address(), e.action(), e.unitId() == null ? "" : unitNames.getOrDefault(e.unitId(), e.unitId()),
                        e.detail()))
                .toList());
    }

    /** The whole audit log as the administrator's page lists it, newest first. */
    public static byte[] accessLogCsv(List<cn.selfeval.access.AccessLog.Line> lines) {
        return csv(List.of("时间（北京时间）", "操作人", "来源地址", "操作", "轮次", "内容"), lines.stream()
                .map(l -> List.<Object>of(Times.format(l.at()).replace("（北京时间）", ""), l.actor().name(), l.actor().address(),
                        l.action(), l.round() == null ? "" : l.round(), l.detail()))
                .toList());
    }

    /** The unit's current card in the layout of the 表2 download, with the review's 复核分 and 复核意见 beside it. */
    public static byte[] table2(UnitDetail unit, Instant generatedAt) {
        Review review = unit.review();
        Map<String, IndicatorReview> byCode = review.indicators().stream()
                .collect(Collectors.toMap(IndicatorReview::code, Function.identity()));
        Map<String, String> opinions = opinions(review, "\n");
        return ScoreCardWorkbook.of(review.card(), generatedAt, new ScoreCardWorkbook.ExtraColumns() {
            @Override
            public String title() {
                return "部门整体支出绩效自评复核评分表（" + unit.unit().status().label() + "）";
            }

            @Override
            public List<String> headers() {
                return List.of("复核分", "复核意见");
            }

            @Override
            public List<Object> values(IndicatorScore s) {
                IndicatorReview r = byCode.get(s.code());
                List<Object> values = new ArrayList<>();
                values.add(r == null ? null : r.reviewed());
                values.add(s.leaf() ? opinions.getOrDefault(s.code(), "") : "");
                return values;
            }

            @Override
            public List<Object> total() {
                List<Object> values = new ArrayList<>();
                values.add(review.reviewed());
                values.add("复核等级：" + (review.reviewedGrade() == null ? "暂不评定" : review.reviewedGrade()) + "；复核后扣分 "
                        + review.reviewedDeductions() + " 处，共 " + Numbers.plain(review.reviewedDeductedPoints()) + " 分");
                return values;
            }
        });
    }

    /**
     * What the round adds to the unit's 自评报告 once its current version is under review or published: the 复核分 of
     * every indicator, the 复核意见 (one decision a line) and where the review stands; null while nobody has decided.
     */
    public static ReviewColumns reportColumns(UnitDetail unit) {
        Review review = unit.review();
        if (review == null || unit.unit().status() != UnitStatus.REVIEWING && unit.unit().status() != UnitStatus.PUBLISHED) {
            return null;
        }
        String state = unit.unit().status().label() + unit.publications().stream()
                .filter(p -> p.versionId().equals(unit.current().id())).findFirst()
                .map(p -> "，" + p.publishedBy().name() + "于" + Times.format(p.publishedAt()) + "发布").orElse("");
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        review.indicators().stream().filter(i -> i.reviewed() != null).forEach(i -> scores.put(i.code(), i.reviewed()));
        return new ReviewColumns(state, review.reviewed(), review.reviewedGrade(), scores, opinions(review, "\n"));
    }

    /**
     * The 复核意见 of each 三级 indicator with a decision in force: "撤销 「采购合同逾期签订」ZC2023-004：理由（复核人员，时间）",
     * the decisions joined by {@code separator}; as the 复核 表2 and the round's 自评报告 write them.
     */
    public static Map<String, String> opinions(Review review, String separator) {
        Map<String, String> opinions = new LinkedHashMap<>();
        Stream.concat(review.outcomes().stream(), review.manual().stream()).filter(o -> o.decision() != null)
                .collect(Collectors.groupingBy(OutcomeReview::indicatorCode, LinkedHashMap::new, Collectors.toList()))
                .forEach((code, decided) -> opinions.put(code, decided.stream().map(ReviewExports::opinion)
                        .collect(Collectors.joining(separator))));
        return opinions;
    }

    private static String opinion(OutcomeReview o) {
        var d = o.decision();
        String what = o.manual() ? "补充扣分" : "「" + o.outcome().ruleName() + "」" + o.outcome().factId();
        return d.action().label() + " " + what + (d.points() == null ? "" : "（" + Numbers.plain(d.points()) + " 分）") + "："
                + d.reason() + (d.basis() == null ? "" : "；依据：" + d.basis()) + "（" + d.decidedBy().name() + "，"
                + Times.format(d.decidedAt()) + "）";
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.EXCEL)) {
            csv.printRecord(header);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(SummaryExports::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
