package cn.selfeval.cli;

import cn.selfeval.check.PackLocator;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code selfeval rules validate|test|doc}: tools for the staff who maintain the rule packs. */
@Command(name = "rules",
        description = {"规则包维护工具（供政策人员修改规则和参数后使用）：",
                "  validate  检查规则包（编译、元数据、参数、分值、测试引用）",
                "  test      运行规则包中的测试用例，并检查每条规则的测试覆盖",
                "  doc       生成规则目录（Markdown 和 HTML）",
                "  diff      比较两个版本的规则包对同一批填报的结果",
                "规则包目录不指定时，处理 rules/ 下的全部规则包。"},
        subcommands = {RulesValidateCommand.class, RulesTestCommand.class, RulesDocCommand.class, RulesDiffCommand.class,
                HelpCommand.class})
final class RulesCommand implements Runnable {

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The pack folders a subcommand works on: the one given, or every folder under rules/ with a pack.yaml.
     * Prints why and returns an empty list when there is none.
     */
    static List<Path> packDirs(Path given, PrintWriter err) {
        if (given != null) {
            return List.of(given);
        }
        try {
            List<Path> packs = new PackLocator(Home.rules()).packDirs();
            if (packs.isEmpty()) {
                err.println(Home.rules() + " 下没有规则包（含 " + RulePackLoader.MANIFEST + " 的目录）");
            }
            return packs;
        } catch (RulePackException e) {
            err.println(e.getMessage());
            return List.of();
        }
    }
}
