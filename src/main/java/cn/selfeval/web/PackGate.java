package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.RuleCoverage;
import cn.selfeval.ruletest.RuleTestRunner;
import cn.selfeval.validate.PackConflicts;
import cn.selfeval.validate.PackValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reload asks of a candidate pack, as {@code selfeval rules validate} and {@code selfeval rules test} do:
 * validation (with its neighbours), compilation, every rule test and full coverage. It runs in a JVM of its own
 * ({@link IsolatedGate} starts it with {@link #main}), because the rule tests run the pack's rules: a rule that
 * exits, loops or exhausts memory ends that JVM, not the service.
 */
final class PackGate {

    /** The gate's judgement of one pack; {@code decision} is ACCEPTED or REFUSED. */
    record Verdict(PackReloader.Decision decision, String id, String hash, int testsRun, int testsFailed,
            List<String> reasons) {

        static Verdict refused(String id, String hash, int run, int failed, List<String> reasons) {
            return new Verdict(PackReloader.Decision.REFUSED, id, hash, run, failed, limit(reasons));
        }
    }

    static final int MAX_REASONS = 50;

    private PackGate() {
    }

    /** {@code PackGate <pack folder> <result file>}: judges the pack and writes the verdict as JSON. */
    public static void main(String[] args) throws IOException {
        Verdict verdict = judge(Path.of(args[0]));
        Path result = Path.of(args[1]);
        Path temp = result.resolveSibling(result.getFileName() + ".part");
        new ObjectMapper().writeValue(temp.toFile(), verdict);
        Files.move(temp, result, StandardCopyOption.ATOMIC_MOVE);
        System.exit(0);
    }

    static Verdict judge(Path dir) {
        RulePack pack;
        try {
            pack = RulePackLoader.load(dir);
        } catch (RulePackException e) {
            return Verdict.refused(dir.getFileName().toString(), null, 0, 0, e.problems());
        }
        String id = pack.manifest().id();
        String hash = pack.contentHash();
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<PackValidator.Finding> findings = new ArrayList<>(PackValidator.validate(dir).findings());
        findings.addAll(PackConflicts.withNeighbours(dir));
        for (PackValidator.Finding f : findings) {
            (f.error() ? reasons : warnings).add((f.error() ? "" : "警告：") + f.text());
        }
        if (!reasons.isEmpty()) {
            reasons.add(0, "rules validate 发现 " + reasons.size() + " 个错误：");
            return Verdict.refused(id, hash, 0, 0, reasons);
        }
        Checker checker;
        List<CaseResult> results;
        try {
            checker = new Checker(PackCache.standard().compile(pack));
            results = new RuleTestRunner(pack, checker).runAll();
        } catch (RulePackException e) {
            return Verdict.refused(id, hash, 0, 0, e.problems());
        }
        int failed = 0;
        for (CaseResult result : results) {
            if (!result.passed()) {
                failed++;
                reasons.add("测试失败：" + pack.displayPath(result.file()) + "「" + result.caseName() + "」："
                        + String.join("；", result.failures()).replace('\n', ' '));
            }
        }
        RuleCoverage coverage = RuleCoverage.of(checker.compiled().rulesByName().keySet(), results);
        coverage.neverFires().forEach(rule -> reasons.add("覆盖不足：规则「" + rule + "」没有产生结果的测试用例"));
        coverage.neverSilent().forEach(rule -> reasons.add("覆盖不足：规则「" + rule + "」没有不产生结果的测试用例"));
        cn.selfeval.ruletest.WatchCoverage.of(checker.compiled().checks(), new RuleTestRunner(pack, checker).testFiles())
                .neverWatched().forEach(check -> reasons.add("预警覆盖不足：检查「" + check + "」没有 watch 用例"));
        if (!reasons.isEmpty()) {
            reasons.add(0, "rules test：" + results.size() + " 个用例中 " + failed + " 个失败" + (coverage.complete() ? "" : "，覆盖不足") + "：");
            return Verdict.refused(id, hash, results.size(), failed, reasons);
        }
        return new Verdict(PackReloader.Decision.ACCEPTED, id, hash, results.size(), 0, limit(warnings));
    }

    static List<String> limit(List<String> reasons) {
        if (reasons.size() <= MAX_REASONS) {
            return List.copyOf(reasons);
        }
        List<String> first = new ArrayList<>(reasons.subList(0, MAX_REASONS));
        first.add("……另有 " + (reasons.size() - MAX_REASONS) + " 条（请运行 selfeval rules validate / rules test 查看全部）");
        return first;
    }
}
