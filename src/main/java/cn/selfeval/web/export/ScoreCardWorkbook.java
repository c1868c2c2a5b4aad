package cn.selfeval.web.export;

import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.report.OutcomeText;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.MissingFacts;
import cn.selfeval.web.view.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The score card as an .xlsx in the layout of the report's 表2 (as in report 000), for the unit's own report:
 * 指标 (code and name, indented by level), 分值, 自评分, 计算得分, 扣分原因 (the deductions' explanations, each with
 * where its fact was filled in).
 */
public final class ScoreCardWorkbook {

    private ScoreCardWorkbook() {
    }

    public static byte[] of(ScoreCard card, Instant generatedAt) {
        return of(card, generatedAt, null);
    }

    /**
     * Columns after the 表2's own (the review's 复核分 and 复核意见): per indicator and for the total line; a cell is
     * a {@code BigDecimal} (a number), a {@code String} or null.
     */
    interface ExtraColumns {
        String title();

        List<String> headers();

        List<Object> values(IndicatorScore indicator);

        List<Object> total();
    }

    static byte[] of(ScoreCard card, Instant generatedAt, ExtraColumns extra) {
        Workbooks w = new Workbooks();
        int last = 4 + (extra == null ? 0 : extra.headers().size());
        XSSFSheet sheet = w.book.createSheet("表2 评分表");
        int r = 0;
        Row title = sheet.createRow(r++);
        Workbooks.put(title, 0, extra == null ? "部门整体支出绩效自评评分表" : extra.title(), w.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        ScoreCard.PackInfo pack = card.rulePack();
        List<String> facts = new ArrayList<>(pack.notices().stream().map(n -> "【注意】" + n).toList());
        facts.addAll(List.of(
            "单位：" + card.unit().name() + "（" + card.unit().district() + "）    年度：" + card.year() + "年度",
            "规则包：" + pack.name() + "（" + pack.id() + "，版本 " + pack.version() + "）    内容哈希：" + pack.contentHash(),
            "填报文件：" + card.submissionFile() + (card.submissionSha256() == null ? "" : "（SHA-256 " + card.submissionSha256() + "）"),
            "生成时间：" + Times.format(generatedAt) + "    由 selfeval 计算"));
        for (String fact : facts) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(fact);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
        }
        r++;
        int headerRow = r;
        Row header = sheet.createRow(r++);
        List<String> columns = new ArrayList<>(List.of("指标", "分值", "自评分", "计算得分", "扣分原因"));
        if (extra != null) {
            columns.addAll(extra.headers());
        }
        for (int c = 0; c < columns.size(); c++) {
            Workbooks.put(header, c, columns.get(c), w.header);
        }
        for (IndicatorScore root : card.indicators()) {
            r = indicator(w, sheet, r, root, 0, extra);
        }
        ScoreCard.Summary s = card.summary();
        Row total = sheet.createRow(r);
        Workbooks.put(total, 0, s.complete() ? "合计" : "合计（已检查指标）", w.bold);
        Workbooks.put(total, 1, s.complete() ? s.maxPoints() : s.checkedPoints(), w.boldNumber);
        Workbooks.put(total, 2, s.selfScore(), w.boldNumber);
        Workbooks.put(total, 3, s.score(), w.boldNumber);
        Workbooks.put(total, 4, "等级：" + (s.grade() == null ? "暂不评定" : s.grade()) + "；扣分 " + s.deductionCount()
                + " 处，共 " + plain(s.deductedPoints()) + " 分" + (s.undeterminedCount() > 0
                ? "；无法判定 " + s.undeterminedCount() + " 处，需人工核实" : "") + (s.notedCount() > 0
                ? "；提示 " + s.notedCount() + " 处（不扣分）" : ""), w.wrap);
        if (extra != null) {
            extraCells(w, total, extra.total(), true);
            for (int c = 5; c <= last; c++) {
                sheet.setColumnWidth(c, (c == last ? 60 : 10) * 256);
            }
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 9 * 256);
        sheet.setColumnWidth(2, 9 * 256);
        sheet.setColumnWidth(3, 10 * 256);
        sheet.setColumnWidth(4, 90 * 256);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return w.bytes();
    }

    private static void extraCells(Workbooks w, Row row, List<Object> values, boolean strong) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof java.math.BigDecimal d) {
                Workbooks.put(row, 5 + i, d, strong ? w.boldNumber : w.number);
            } else {
                Workbooks.put(row, 5 + i, v == null ? null : v.toString(), w.wrap);
            }
        }
    }

    private static int indicator(Workbooks w, XSSFSheet sheet, int r, IndicatorScore s, int level, ExtraColumns extra) {
        Row row = sheet.createRow(r++);
        boolean parent = !s.leaf();
        Workbooks.put(row, 0, s.code() + " " + s.name(), w.indented(level, parent));
        Workbooks.put(row, 1, s.points(), parent ? w.boldNumber : w.number);
        Workbooks.put(row, 2, s.selfScore(), parent ? w.boldNumber : w.number);
        if (s.coverage() == Coverage.NOT_CHECKED) {
            Workbooks.put(row, 3, "未检查", w.text);
        } else {
            Workbooks.put(row, 3, s.score(), parent ? w.boldNumber : w.number);
        }
        Workbooks.put(row, 4, reasons(s), w.wrap);
        if (extra != null) {
            extraCells(w, row, extra.values(s), parent);
        }
        for (IndicatorScore child : s.children()) {
            r = indicator(w, sheet, r, child, level + 1, extra);
        }
        return r;
    }

    /** The leaf's deductions, one a line: "扣 0.5 分：…" ("未提供事实，扣 2 分：…"); nothing for a parent. */
    static String reasons(IndicatorScore s) {
        if (!s.leaf()) {
            return "";
        }
        String lines = s.deductions().stream().map(ScoreCardWorkbook::reason).collect(Collectors.joining("\n"));
        return s.capped() ? lines + "\n（各项扣分合计 " + plain(s.claimed()) + " 分，超过本项分值，扣完为止）" : lines;
    }

    private static String reason(CheckOutcome o) {
        String where = OutcomeText.where(o);
        return (MissingFacts.isMissingFacts(o) ? "未提供事实，扣 " : "扣 ") + plain(o.points()) + " 分：" + o.explanation()
                + (where == null ? "" : "（填报位置：" + where + "）");
    }
}
