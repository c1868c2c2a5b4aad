package cn.selfeval.bench;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.model.AssetInventory;
import cn.selfeval.model.CostLine;
import cn.selfeval.model.InventoryScope;
import cn.selfeval.model.ProcurementCategory;
import cn.selfeval.model.ProcurementMethod;
import cn.selfeval.model.ProcurementProject;
import cn.selfeval.model.PublicFunds;
import cn.selfeval.model.Submission;
import cn.selfeval.model.ThreePublicCosts;
import cn.selfeval.model.Unit;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Prints where a check's time goes inside one JVM: loading and compiling the pack, reading a submission,
 * and checking submissions of growing size once warm. Run with benchmark/run (not part of the test suite).
 */
public final class CheckBenchmark {

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        RulePack pack = RulePackLoader.load(Path.of("rules/guangzhou-2023"));
        long t1 = System.nanoTime();
        CompiledPack compiled = RuleCompiler.compile(pack);
        long t2 = System.nanoTime();
        Checker checker = new Checker(compiled);
        SubmissionReader.read(Path.of("fixtures/lihu-2023.json"), Map.of());
        long t3 = System.nanoTime();
        System.out.printf("规则包读取 %.0f ms，DRL 编译 %.0f ms，首次读入填报 %.0f ms（%d 条规则）%n",
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), compiled.rules().size());

        System.out.printf("读入并校验 lihu-2023.json（热）：%.0f µs/次%n",
                medianMicros(500, () -> SubmissionReader.read(Path.of("fixtures/lihu-2023.json"), Map.of())));
        for (int projects : new int[] {7, 200, 2000, 20000}) {
            Submission submission = synthetic(projects);
            int iterations = Math.max(5, 20000 / projects);
            double micros = medianMicros(iterations, () -> checker.check("bench", submission));
            System.out.printf("检查 %5d 个采购项目的填报（热，含评分）：%10.0f µs/次，每项目 %.1f µs%n",
                    projects, micros, micros / projects);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("GC 后堆占用 %.1f MB（最大堆 %.0f MB）%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    /** Projects spread over the year, a third late in some way, like a large district's submission. */
    public static Submission synthetic(int projects) {
        List<ProcurementProject> list = new ArrayList<>();
        LocalDate jan = LocalDate.of(2023, 1, 2);
        for (int i = 0; i < projects; i++) {
            LocalDate intent = jan.plusDays(i % 200);
            LocalDate start = intent.plusDays(i % 3 == 0 ? 20 : 35);
            LocalDate award = start.plusDays(25);
            LocalDate signed = award.plusDays(i % 5 == 0 ? 40 : 15);
            list.add(new ProcurementProject("P" + i, "项目" + i, ProcurementCategory.SERVICES, BigDecimal.valueOf(100),
                    ProcurementMethod.PUBLIC_TENDER, intent, start, award, signed, signed.plusDays(1),
                    signed.plusDays(i % 7 == 0 ? 15 : 5), null));
        }
        CostLine line = new CostLine(BigDecimal.TEN, new BigDecimal("9"), new BigDecimal("9.5"));
        return new Submission(new Unit("基准单位", "增城区"), 2023, list, new ThreePublicCosts(line, line, line, line),
                new PublicFunds(BigDecimal.valueOf(100), BigDecimal.valueOf(98)), List.of(new AssetInventory("PD", "全面盘点", LocalDate.of(2023, 12, 1),
                InventoryScope.FULL, 100, 99, true, false)), null, List.of(), null, null, Map.of());
    }

    private static double medianMicros(int iterations, Runnable work) {
        for (int i = 0; i < Math.min(iterations, 50); i++) {
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

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
