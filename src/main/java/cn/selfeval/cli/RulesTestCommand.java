package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.ParameterChanges;
import cn.selfeval.ruletest.RuleTestFile;
import cn.selfeval.ruletest.RuleCoverage;
import cn.selfeval.ruletest.WatchCoverage;
import cn.selfeval.ruletest.RuleTestRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "test",
        description = {"运行规则包的全部测试用例，并检查每条规则的测试覆盖。",
                "列出每个失败用例的期望与实际结果；覆盖：每条规则至少要有一个产生结果的用例，和一个不产生结果的用例。",
                "最后一行为“N passed, M failed”（供持续集成读取）。"})
final class RulesTestCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "规则包目录", description = "不指定时测试 rules/ 下的全部规则包")
    Path pack;

    @CommandLine.Option(names = "--since", paramLabel = "旧规则包目录", description = {
            "先列出与该目录（修改前复制的规则包）相比，哪些用例的评价年度读到的参数取值变了，再运行全部用例"})
    Path since;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private int passed;
    private int failed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (since != null && pack == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since 要与一个规则包目录一起用：rules test 规则包目录 --since 旧规则包目录");
        }
        List<Path> dirs = RulesCommand.packDirs(pack, spec.commandLine().getErr());
        if (dirs.isEmpty()) {
            return ExitCode.RULE_PACK_ERROR;
        }
        int exit = ExitCode.OK;
        for (Path dir : dirs) {
            exit = Math.max(exit, testPack(dir, out));
        }
        out.printf("%d passed, %d failed%n", passed, failed);
        out.flush();
        return exit;
    }

    private int testPack(Path dir, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        RulePack rulePack;
        Checker checker;
        RuleTestRunner runner;
        List<CaseResult> results;
        PackCache.Compiled compiled;
        try {
            rulePack = RulePackLoader.load(dir);
            compiled = PackCache.standard().compiled(rulePack);
            checker = new Checker(compiled.pack());
            runner = new RuleTestRunner(rulePack, checker);
            if (since != null) {
                changesSince(rulePack, runner, checker, out);
            }
            results = runner.runAll();
        } catch (RulePackException e) {
            return Problems.rulePack(err, dir, e, "未测试");
        }
        out.printf("规则包 %s（%s）：%d 个测试用例%n", rulePack.manifest().id(), dir, results.size());
        if (compiled.source() == PackCache.Source.BUILT && compiled.note() != null && !compiled.note().startsWith("缓存已关闭")) {
            // Why every run of this pack compiles its DRL again (it is slower, not wrong).
            err.println(dir + "：提示：编译结果未缓存，每次运行都重新编译：" + compiled.note());
            err.flush();
        }
        int packFailed = 0;
        for (CaseResult result : results) {
            if (result.passed()) {
                continue;
            }
            packFailed++;
            out.println("失败：" + rulePack.displayPath(result.file()) + "「" + result.caseName() + "」");
            for (String failure : result.failures()) {
                out.println("  " + failure.replace("\n", "\n  "));
            }
        }
        passed += results.size() - packFailed;
        failed += packFailed;
        out.printf("用例：%d 个通过，%d 个失败%n", results.size() - packFailed, packFailed);

        RuleCoverage coverage = RuleCoverage.of(checker.compiled().rulesByName().keySet(), results);
        if (coverage.complete()) {
            out.printf("覆盖：全部 %d 条规则都有产生结果和不产生结果的用例%n", checker.compiled().rulesByName().size());
        } else {
            out.println("覆盖不足：每条规则至少要有一个产生结果的用例和一个不产生结果的用例");
            for (String rule : coverage.neverFires()) {
                out.println("  " + where(checker, rule) + "：没有产生结果的用例（请加一个满足该规则条件的用例）");
            }
            for (String rule : coverage.neverSilent()) {
                out.println("  " + where(checker, rule) + "：没有不产生结果的用例（每个用例都触发了它；请加一个不满足其条件的用例）");
            }
        }
        WatchCoverage watchCoverage = WatchCoverage.of(checker.compiled().checks(), runner.testFiles());
        if (!watchCoverage.complete()) {
            out.println("预警覆盖不足：selfeval watch 列出其事项的每项检查至少要有一个 watch 用例");
            for (String check : watchCoverage.neverWatched()) {
                out.println("  检查「" + check + "」：没有 watch 用例（请加一个写 asOf 和 watch: 的用例）");
            }
        }
        out.flush();
        return packFailed == 0 && coverage.complete() && watchCoverage.complete() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** What a policy officer's edit of dated values touches, said before the cases run. */
    private void changesSince(RulePack rulePack, RuleTestRunner runner, Checker checker, PrintWriter out) {
        List<RuleTestFile> files = runner.testFiles();
        Set<Integer> years = new TreeSet<>();
        files.forEach(f -> f.cases().forEach(c -> years.add(runner.year(c))));
        List<ParameterChanges.Change> changes = ParameterChanges.between(RulePackLoader.loadParameters(since),
                rulePack.parameters(), years);
        List<ParameterChanges.AffectedCase> affected = ParameterChanges.affected(files, runner, checker.compiled().checks(), changes);
        String yearList = years.stream().map(String::valueOf).collect(Collectors.joining("、"));
        if (changes.isEmpty()) {
            out.println("与 " + since + " 相比：用例的评价年度（" + yearList + "）读到的参数取值都没有变化");
        } else {
            out.println("与 " + since + " 相比，参数取值有变化（按用例的评价年度 " + yearList + " 比较）：");
            changes.forEach(c -> out.println("  " + c.describe()));
            if (affected.isEmpty()) {
                out.println("没有用例用到这些年度的这些参数；它们的改动不会改变任何用例的结果（可以考虑为新取值加一个用例）");
            } else {
                out.println("受影响的用例（评价年度读到的取值已变，期望的扣分和说明可能需要随之修改）：");
                affected.forEach(a -> out.println("  " + rulePack.displayPath(a.file()) + "「" + a.caseName() + "」（" + a.year()
                        + "年度：" + String.join("、", a.parameters()) + "）"));
                out.println("共 " + affected.size() + " 个用例受影响；下面运行全部用例。");
            }
        }
        out.flush();
    }

    private static String where(Checker checker, String rule) {
        var info = checker.compiled().rulesByName().get(rule);
        return checker.compiled().pack().displayPath(info.file()) + "：规则「" + rule + "」";
    }
}
