package cn.selfeval.bench;

import cn.selfeval.input.InputProblem;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.input.workbook.WorkbookWriter;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.testing.WorkbookParts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading large and hostile workbooks: {@code generate DIR} writes 10,000 and 20,000 rows of 采购项目 (the lihu
 * projects repeated), a sheet filled to Excel's last row (1,048,576 rows, refused) and the lihu form with one stray
 * cell at row 1,048,576; {@code read FILE} reads one of them (as {@code check} does before the rules) and prints the
 * time (wall clock and the reading thread's CPU time) and the peak heap. benchmark/run starts one JVM per file so that each peak is its own (not part of the tests).
 */
public final class WorkbookLimitsBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("generate")) {
            generate(Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals("read")) {
            read(Path.of(args[1]));
        } else {
            System.err.println("usage: generate DIR | read FILE");
            System.exit(2);
        }
    }

    private static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        ObjectNode base = (ObjectNode) json.readTree(Files.readAllBytes(Path.of("fixtures/lihu-2023.json")));
        List<WorkbookWriter.Indicator> indicators = indicators();
        for (int rows : new int[] {10_000, 20_000}) {
            Files.write(dir.resolve("rows-" + rows + ".xlsx"), WorkbookWriter.write(RepeatedProjects.of(base, rows), indicators, "基准"));
        }
        WorkbookParts lihu = WorkbookParts.of(Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx")));
        Files.write(dir.resolve("rows-1048576.xlsx"), lihu.withRows("采购项目", WorkbookParts.numberedRows(1_048_576)));
        String sheet = lihu.sheetPart("采购项目");
        Files.write(dir.resolve("stray-cell.xlsx"), lihu.edit(sheet, xml -> xml.replace("</sheetData>",
                "<row r=\"1048576\"><c r=\"AZ1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")).bytes());
    }

    private static void read(Path file) throws Exception {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        pack().framework().byCode().values().forEach(i -> points.put(i.code(), i.points()));
        byte[] bytes = Files.readAllBytes(file);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        String outcome;
        try {
            SubmissionReader.Read read = SubmissionReader.readSource(file.getFileName().toString(), bytes, points);
            outcome = "读入 " + read.submission().procurementProjects().size() + " 个采购项目";
        } catch (InvalidSubmissionException e) {
            List<InputProblem> problems = e.problems();
            outcome = "拒绝（" + problems.size() + " 处）：" + problems.get(0).format();
        } catch (OutOfMemoryError e) {
            outcome = "内存不足（OutOfMemoryError）";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s（%d KB）：%.2f s（读入线程的 CPU 时间 %.2f s），堆峰值 %d MB；%s%n", file.getFileName(),
                bytes.length / 1024, seconds, cpu, peak / (1024 * 1024), outcome.length() > 160 ? outcome.substring(0, 160) + "……" : outcome);
    }

    private static RulePack pack() {
        return RulePackLoader.load(Path.of("rules/guangzhou-2023"));
    }

    private static List<WorkbookWriter.Indicator> indicators() {
        List<WorkbookWriter.Indicator> rows = new ArrayList<>();
        pack().framework().indicators().forEach(i -> add(rows, i, 0));
        return rows;
    }

    private static void add(List<WorkbookWriter.Indicator> rows, Indicator i, int depth) {
        rows.add(new WorkbookWriter.Indicator(i.code(), i.name(), i.points(), depth, i.leaf()));
        i.children().forEach(c -> add(rows, c, depth + 1));
    }

}
