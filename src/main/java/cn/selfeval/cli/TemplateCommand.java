package cn.selfeval.cli;

import cn.selfeval.input.workbook.PackForm;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template",
        description = {"生成空白的自评填报表（Excel .xlsx）：填表说明；每类事实一张工作表，",
                "中文列标题带批注说明，有下拉选项、日期和金额单元格；自评得分表列出",
                "规则包的全部指标。填好后用 selfeval check 检查。"})
final class TemplateCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--pack", paramLabel = "规则包目录", description = "自评得分表按该规则包的指标体系列出指标")
        Path pack;

        @ArgGroup(exclusive = false)
        YearAndDistrict scope;
    }

    static final class YearAndDistrict {
        @Option(names = "--year", required = true, paramLabel = "年度", description = "按评价年度和区选择规则包，如 2023")
        int year;

        @Option(names = "--district", required = true, paramLabel = "区", description = "单位所属的区，如 增城区")
        String district;
    }

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "文件.xlsx", description = "写出的填报表，如 填报表.xlsx")
    Path output;

    @Option(names = "--force", description = "目标文件已存在时覆盖它")
    boolean force;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "填报表的文件名应以 .xlsx 结尾：" + output);
        }
        RulePack pack;
        try {
            pack = FormPacks.choose(choice == null ? null : choice.pack,
                    choice == null || choice.scope == null ? null : choice.scope.year,
                    choice == null || choice.scope == null ? null : choice.scope.district);
        } catch (RulePackException e) {
            return Problems.rulePack(err, output, e, "未生成填报表");
        }
        byte[] workbook = PackForm.template(pack);
        int exit = OutputFile.write(err, output, workbook, force, List.of());
        if (exit == ExitCode.OK) {
            err.println("已生成填报表 " + output + "（自评得分表按" + PackForm.describe(pack) + "）；填好后运行 selfeval check "
                    + output);
            err.flush();
        }
        return exit;
    }
}
