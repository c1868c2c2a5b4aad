package cn.selfeval.bench;

import cn.selfeval.input.SubmissionReader;
import cn.selfeval.input.workbook.WorkbookWriter;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints how long reading a 自评填报表 takes: the lihu fixture, and a workbook with 2,000 (and 10,000) 采购项目
 * rows, against the same data as JSON. Read = open the workbook, build the JSON tree and the cell map, schema,
 * consistency and self-score checks, bind. Run with benchmark/run (not part of the test suite).
 */
public final class WorkbookReadBenchmark {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        RulePack pack = RulePackLoader.load(Path.of("rules/guangzhou-2023"));
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        pack.framework().byCode().values().forEach(i -> points.put(i.code(), i.points()));
        List<WorkbookWriter.Indicator> indicators = new ArrayList<>();
        pack.framework().indicators().forEach(i -> add(indicators, i, 0));

        byte[] lihu = Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx"));
        SubmissionReader.readSource("warm", lihu, points);
        System.out.printf("读入并校验 fixtures/lihu-2023.xlsx（%d KB，热）：%.1f ms/次%n", lihu.length / 1024,
                medianMillis(20, () -> SubmissionReader.readSource("lihu", lihu, points)));

        ObjectNode base = (ObjectNode) json.readTree(Files.readAllBytes(Path.of("fixtures/lihu-2023.json")));
        for (int rows : new int[] {2000, 10000}) {
            ObjectNode document = RepeatedProjects.of(base, rows);
            byte[] jsonBytes = json.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
            long w0 = System.nanoTime();
            byte[] workbook = WorkbookWriter.write(document, indicators, "基准");
            long w1 = System.nanoTime();
            SubmissionReader.readSource("warm", workbook, points);
            int iterations = rows > 5000 ? 3 : 7;
            double xlsx = medianMillis(iterations, () -> SubmissionReader.readSource("bench.xlsx", workbook, points));
            double plain = medianMillis(iterations, () -> SubmissionReader.readSource("bench.json", jsonBytes, points));
            System.out.printf("%5d 行采购项目：写出填报表 %.0f ms（%d KB）；读入并校验 .xlsx %.0f ms/次，同样数据的 .json %.0f ms/次%n",
                    rows, (w1 - w0) / 1e6, workbook.length / 1024, xlsx, plain);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("GC 后堆占用 %.1f MB（最大堆 %.0f MB）%n", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }


    private static void add(List<WorkbookWriter.Indicator> rows, Indicator i, int depth) {
        rows.add(new WorkbookWriter.Indicator(i.code(), i.name(), i.points(), depth, i.leaf()));
        i.children().forEach(c -> add(rows, c, depth + 1));
    }

    private static double medianMillis(int iterations, Runnable work) {
        double[] times = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[iterations / 2];
    }

}
