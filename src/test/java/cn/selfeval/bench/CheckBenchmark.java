package cn.selfeval.bench;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePackLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm checks in one JVM, one thread (benchmark/run; not part of the test suite): a submission from its bytes
 * through reading, validation, rules, scoring and the text report (whose deductions' explanations are written),
 * for the report-000 fixture and for its procurement projects repeated to 50 … 5,000, to show the cost per
 * project; and the same with the JSON document, which writes every outcome's explanation.
 */
public final class CheckBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Checker checker = new Checker(RuleCompiler.compile(RulePackLoader.load(Path.of("rules/guangzhou-2023"))));
        byte[] lihu = Files.readAllBytes(Path.of("fixtures/lihu-2023.json"));
        System.out.printf("热检查 报告000示例（7 个采购项目，共 30 项事实），含文本报告：%8.0f µs/份%n", micros(checker, lihu, false, 2000));
        System.out.printf("热检查 报告000示例，含 JSON（写出每项检查的说明）：  %8.0f µs/份%n", micros(checker, lihu, true, 2000));
        double perProjectAt200 = 0;
        for (int projects : new int[] {50, 200, 1000, 5000}) {
            byte[] bytes = withProjects(lihu, projects);
            int iterations = Math.max(20, 400_000 / (projects * 20));
            double text = micros(checker, bytes, false, iterations);
            double json = micros(checker, bytes, true, Math.max(10, iterations / 2));
            if (projects == 200) {
                perProjectAt200 = text / projects;
                System.out.printf("下限：Jackson 只读入同一份 200 个项目的填报（不校验、不检查）：%9.0f µs/份%n", median(2000, () -> {
                    try {
                        JSON.readTree(bytes);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
            System.out.printf("热检查 %,5d 个采购项目：文本报告 %9.0f µs/份（每项目 %5.1f µs）；JSON %9.0f µs/份（每项目 %5.1f µs）%n",
                    projects, text, text / projects, json, json / projects);
        }
        System.out.printf("（线性：每项目的成本在 50 至 5,000 个项目间应大致不变；200 个项目时每项目 %.1f µs）%n", perProjectAt200);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("GC 后堆占用 %.1f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    /** The fixture with its procurement projects repeated to {@code projects}, each with its own id. */
    public static byte[] withProjects(byte[] fixture, int projects) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(fixture);
        ArrayNode original = (ArrayNode) doc.get("procurementProjects");
        ArrayNode repeated = JSON.createArrayNode();
        for (int i = 0; i < projects; i++) {
            ObjectNode project = original.get(i % original.size()).deepCopy();
            project.put("id", String.format("ZC-%05d", i));
            repeated.add(project);
        }
        doc.set("procurementProjects", repeated);
        doc.remove("selfScores");
        return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
    }

    private static double micros(Checker checker, byte[] bytes, boolean json, int iterations) {
        return median(iterations, () -> {
            Checker.Result result = checker.check(SubmissionReader.parse("bench.json", bytes));
            String report = json ? JsonReport.render(result.card()) : TextReport.render(result.card(), false);
            if (report.isEmpty()) {
                throw new IllegalStateException();
            }
        });
    }

    private static double median(int iterations, Runnable work) {
        for (int i = 0; i < Math.max(50, iterations / 2); i++) {
            work.run();
        }
        long[] samples = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return samples[iterations / 2] / 1e3;
    }
}
