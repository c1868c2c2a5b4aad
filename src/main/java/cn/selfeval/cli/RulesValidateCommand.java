package cn.selfeval.cli;

import cn.selfeval.validate.PackConflicts;
import cn.selfeval.validate.PackValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate",
        description = {"检查规则包，每个问题一行：文件:行号：问题（改法）。",
                "错误（退出码 1）：",
                "  规则编译错误（语法、类型）；",
                "  规则缺少 @indicatorCode 或 @legalBasis，或指标代码不在 framework.yaml 中、不是末级指标；",
                "  规则使用了未定义的参数；参数既没有来源文件也没有说明；",
                "  上级指标分值不等于下级之和，总分不是 100 分，或指标代码重复；",
                "  测试用例引用了不存在的规则；",
                "  pack.yaml 缺少 id、version 或 years，status 不是 draft；",
                "  两个正式（非草稿）规则包适用于同一年度和区，或 id 相同；",
                "  参数没有适用于规则包某一年度的取值，分值参数或指标分值超过两位小数。",
                "警告（不影响退出码）：参数未被任何规则使用；规则包的最后一个年度已到工作日历的最后一年。",
                "注意：有编译错误时，元数据问题要在编译错误改正后才会报告。"})
final class RulesValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "规则包目录", description = "不指定时检查 rules/ 下的全部规则包")
    Path pack;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> dirs = RulesCommand.packDirs(pack, spec.commandLine().getErr());
        if (dirs.isEmpty()) {
            return ExitCode.RULE_PACK_ERROR;
        }
        long errors = 0;
        long warnings = 0;
        for (Path dir : dirs) {
            PackValidator.Result result = PackValidator.validate(dir);
            for (PackValidator.Finding finding : result.findings()) {
                out.println(format(finding));
            }
            errors += result.errors();
            warnings += result.warnings();
        }
        List<PackValidator.Finding> conflicts = pack == null ? PackConflicts.among(dirs) : PackConflicts.withNeighbours(pack);
        for (PackValidator.Finding finding : conflicts) {
            out.println(format(finding));
            errors += finding.error() ? 1 : 0;
            warnings += finding.error() ? 0 : 1;
        }
        out.printf("检查了 %d 个规则包：%d 个错误，%d 个警告%s%n", dirs.size(), errors, warnings,
                errors == 0 ? (warnings == 0 ? "，没有发现问题" : "（警告不影响使用）") : "");
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** Errors as "where：what"; warnings as "where：警告：what". */
    private static String format(PackValidator.Finding finding) {
        if (finding.error()) {
            return finding.text();
        }
        int colon = finding.text().indexOf('：');
        return colon < 0 ? "警告：" + finding.text()
                : finding.text().substring(0, colon + 1) + "警告：" + finding.text().substring(colon + 1);
    }
}
