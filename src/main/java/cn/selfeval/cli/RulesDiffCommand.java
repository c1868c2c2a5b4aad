package cn.selfeval.cli;

import java.math.BigDecimal;

import static cn.selfeval.decimal.Numbers.fixed;
import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.report.ScoreCardDiff;
import cn.selfeval.rulepack.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff",
        description = {"用同一批填报分别在两个版本的规则包下检查，列出每份填报变化的指标得分和扣分",
                "（新增、取消、分值变化）以及合计——发布规则修改前评估其影响。"})
final class RulesDiffCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "旧规则包目录", description = "修改前的规则包，如 rules/guangzhou-2023")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "新规则包目录", description = "修改后的规则包")
    Path to;

    @Parameters(arity = "1..*", paramLabel = "填报文件", description = "用来比较的填报表 .xlsx 或填报数据 .json 文件，可多个")
    List<Path> submissions;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackChoice before = new PackChoice(from, "--from");
        PackChoice after = new PackChoice(to, "--to");
        try {
            out.printf("比较 %s（%s）→ %s（%s）%n", from, before.explicitChecker().compiled().pack().shortHash(), to,
                    after.explicitChecker().compiled().pack().shortHash());
        } catch (RulePackException e) {
            return Problems.rulePack(err, from + " / " + to, e, "未比较");
        }
        int exit = ExitCode.OK;
        int changedSubmissions = 0;
        int added = 0;
        int removed = 0;
        BigDecimal totalChange = BigDecimal.ZERO;
        for (Path file : submissions) {
            ScoreCardDiff diff;
            try {
                diff = ScoreCardDiff.between(before.check(file).card(), after.check(file).card());
            } catch (InvalidSubmissionException e) {
                exit = Math.max(exit, Problems.invalidSubmission(err, file, e, "未比较"));
                continue;
            } catch (RulePackException e) {
                // Both packs must serve the submission's year and district (NoMatchingPackException otherwise).
                exit = Math.max(exit, Problems.rulePack(err, file, e, "未比较"));
                continue;
            }
            print(diff, out);
            changedSubmissions += diff.unchanged() ? 0 : 1;
            added += diff.addedDeductions().size();
            removed += diff.removedDeductions().size();
            totalChange = totalChange.add(diff.scoreAfter().subtract(diff.scoreBefore()));
        }
        out.printf("%n合计：%d 份填报中 %d 份有变化；新增扣分 %d 处，取消扣分 %d 处；得分变化合计 %s%s 分%n",
                submissions.size(), changedSubmissions, added, removed, totalChange.signum() >= 0 ? "+" : "", plain(totalChange));
        out.flush();
        err.flush();
        return exit;
    }

    private static void print(ScoreCardDiff diff, PrintWriter out) {
        out.printf("%n%s：已检查指标得分 %s → %s%s%n", diff.submission(), fixed(diff.scoreBefore()),
                fixed(diff.scoreAfter()), diff.unchanged() ? "（无变化）" : "");
        diff.scoreChanges().forEach(c -> out.printf("  %s %s：%s → %s%n", c.code(), c.name(),
                c.before() == null ? "未检查" : fixed(c.before()), c.after() == null ? "未检查" : fixed(c.after())));
        diff.addedDeductions().forEach(o -> out.println("  ＋ 新增扣分 " + describe(o)));
        diff.removedDeductions().forEach(o -> out.println("  － 取消扣分 " + describe(o)));
        diff.changedDeductions().forEach(c -> out.printf("  ≠ 扣分 %s → %s：%s%n", plain(c.before().points()),
                plain(c.after().points()), c.after().explanation()));
    }

    private static String describe(CheckOutcome o) {
        return plain(o.points()) + " 分（" + o.indicatorCode() + "，" + o.ruleFile() + "「" + o.ruleName() + "」）：" + o.explanation();
    }
}
