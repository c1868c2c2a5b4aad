package cn.selfeval.web.export;

import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.BatchSummary;
import cn.selfeval.web.UnitResult;
import cn.selfeval.web.view.Times;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The summary as CSV (UTF-8 with a byte order mark, so that Excel shows the Chinese) and as .xlsx: one row per
 * unit in the page's order (checked units overstating most first, then those not checked), the per-indicator
 * totals, and the messages of the units not checked.
 */
public final class SummaryExports {

    static final String[] COLUMNS = {"单位", "区", "年度", "填报文件", "状态", "计算得分", "计分范围（分）", "自评分",
        "差额（自评−计算）", "等级", "扣分处数", "扣分", "无法判定", "未提供事实（项）", "未提供事实（分）", "数据错误", "规则包",
        "规则包版本", "规则包内容哈希", "填报文件 SHA-256"};

    private SummaryExports() {
    }

    public static byte[] csv(BatchSummary summary) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.EXCEL)) {
            csv.printRecord((Object[]) COLUMNS);
            for (List<Object> row : rows(summary)) {
                csv.printRecord(row.stream().map(SummaryExports::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(BatchSummary summary) {
        Workbooks w = new Workbooks();
        XSSFSheet units = w.book.createSheet("汇总");
        Row title = units.createRow(0);
        Workbooks.put(title, 0, "部门整体支出绩效自评汇总（" + summary.results().size() + " 份填报，生成时间 "
                + Times.format(summary.createdAt()) + "）", w.title);
        Row header = units.createRow(2);
        for (int c = 0; c < COLUMNS.length; c++) {
            Workbooks.put(header, c, COLUMNS[c], w.header);
        }
        int r = 3;
        for (List<Object> values : rows(summary)) {
            Row row = units.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof BigDecimal d) {
                    Workbooks.put(row, c, d, w.number);
                } else if (v instanceof Integer i) {
                    Workbooks.put(row, c, BigDecimal.valueOf(i), w.text);
                } else {
                    Workbooks.put(row, c, v == null ? null : v.toString(), w.text);
                }
            }
        }
        int[] widths = {30, 8, 6, 24, 10, 9, 9, 8, 10, 8, 8, 8, 8, 10, 10, 8, 16, 10, 20, 20};
        for (int c = 0; c < widths.length; c++) {
            units.setColumnWidth(c, widths[c] * 256);
        }
        units.createFreezePane(1, 3);

        XSSFSheet totals = w.book.createSheet("各指标扣分");
        String[] columns = {"规则包", "年度", "指标", "分值", "检查单位数", "扣分单位数", "扣分处数", "扣分合计", "其中未提供事实"};
        Row th = totals.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            Workbooks.put(th, c, columns[c], w.header);
        }
        r = 1;
        // Totals are added up within one pack and year only (BatchSummary): each row names its group.
        for (BatchSummary.IndicatorGroup g : summary.groups()) {
            for (BatchSummary.IndicatorTotal t : g.totals()) {
                Row row = totals.createRow(r++);
                Workbooks.put(row, 0, g.packId() + " " + g.packVersion() + "（" + g.packHash().substring(0, 8) + "）", w.text);
                Workbooks.put(row, 1, BigDecimal.valueOf(g.year()), w.text);
                Workbooks.put(row, 2, t.code() + " " + t.name(), w.text);
                Workbooks.put(row, 3, t.points(), w.number);
                Workbooks.put(row, 4, BigDecimal.valueOf(t.units()), w.text);
                Workbooks.put(row, 5, BigDecimal.valueOf(t.unitsDeducted()), w.text);
                Workbooks.put(row, 6, BigDecimal.valueOf(t.deductions()), w.text);
                Workbooks.put(row, 7, t.deducted(), w.number);
                Workbooks.put(row, 8, t.missingFacts(), w.number);
            }
        }
        totals.setColumnWidth(0, 30 * 256);
        totals.setColumnWidth(1, 8 * 256);
        totals.setColumnWidth(2, 44 * 256);
        for (int c = 3; c < columns.length; c++) {
            totals.setColumnWidth(c, 12 * 256);
        }

        if (!summary.refused().isEmpty()) {
            XSSFSheet refused = w.book.createSheet("未能检查");
            Row h = refused.createRow(0);
            Workbooks.put(h, 0, "填报文件", w.header);
            Workbooks.put(h, 1, "原因", w.header);
            Workbooks.put(h, 2, "信息", w.header);
            r = 1;
            for (UnitResult u : summary.refused()) {
                Row row = refused.createRow(r++);
                Workbooks.put(row, 0, u.file(), w.text);
                Workbooks.put(row, 1, u.headline(), w.wrap);
                Workbooks.put(row, 2, String.join("\n", u.messages()), w.wrap);
            }
            refused.setColumnWidth(0, 30 * 256);
            refused.setColumnWidth(1, 30 * 256);
            refused.setColumnWidth(2, 120 * 256);
        }
        return w.bytes();
    }

    /** The values of each row, in {@link #COLUMNS} order: numbers as BigDecimal or Integer, text as String. */
    static List<List<Object>> rows(BatchSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (BatchSummary.Row r : summary.rows()) {
            ScoreCard card = r.card();
            ScoreCard.Summary s = card.summary();
            List<Object> row = new ArrayList<>();
            row.add(card.unit().name());
            row.add(card.unit().district());
            row.add(card.year());
            row.add(r.result().file());
            row.add("已检查");
            row.add(s.score());
            row.add(s.checkedPoints());
            row.add(s.selfScore());
            row.add(r.gap());
            row.add(s.grade() == null ? "暂不评定" : s.grade());
            row.add(s.deductionCount());
            row.add(s.deductedPoints());
            row.add(s.undeterminedCount());
            row.add(r.missingFactsCount());
            row.add(r.missingFactsPoints());
            row.add(0);
            row.add(card.rulePack().id());
            row.add(card.rulePack().version());
            row.add(card.rulePack().contentHash());
            row.add(card.submissionSha256());
            rows.add(row);
        }
        for (UnitResult u : summary.refused()) {
            List<Object> row = new ArrayList<>();
            row.add(null);
            row.add(null);
            row.add(null);
            row.add(u.file());
            row.add(u.status().label());
            for (int i = 0; i < 10; i++) {
                row.add(null);
            }
            row.add(u.status() == UnitResult.Status.INVALID_SUBMISSION ? (Object) u.inputProblems().size() : null);
            row.add(null);
            row.add(null);
            row.add(null);
            row.add(null);
            rows.add(row);
        }
        return rows;
    }

    /**
     * A CSV cell: numbers as the reports write them; text that a spreadsheet would run as a formula
     * (=, +, -, @ first) is prefixed with an apostrophe.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof Integer) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
