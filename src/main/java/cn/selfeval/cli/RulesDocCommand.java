package cn.selfeval.cli;

import cn.selfeval.engine.CompiledPack;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.report.AuthoringReference;
import cn.selfeval.report.PackCatalogue;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "doc",
        description = {"生成规则目录（catalogue.md、catalogue.html）和检查编写参考（reference.md、reference.html）。",
                "目录可作为评分说明交给单位：指标和分值、给它评分的每项检查、扣分标准（如每例扣0.5分，扣完为止）、",
                "法律依据、不扣分的结果、参数（中文名、各年度取值、来源、适用期间），没有检查的指标标为“未检查”。",
                "编写参考列出填报中的每个事实和字段（中文名、类型、可选值代码）和每种检查的写法及示例。",
                "HTML 为单个文件，无外部资源；打印写出的文件路径。"})
final class RulesDocCommand implements Callable<Integer> {

    static final Path DEFAULT_OUTPUT = Path.of("target", "rules-doc");
    static final String DRAFTS = "drafts";

    @Parameters(arity = "0..1", paramLabel = "规则包目录", description = "不指定时为 rules/ 下的全部规则包生成目录")
    Path pack;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "目录",
            description = {"输出目录。指定一个规则包时文件直接写入该目录；处理多个规则包时写入 目录/<规则包目录名>/",
                    "（草稿规则包写入 目录/drafts/<规则包目录名>/）。",
                    "默认：target/rules-doc/<规则包目录名>/，草稿为 target/rules-doc/drafts/<规则包目录名>/；",
                    "只替换 selfeval 以前生成的目录文件"})
    Path outputDir;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> dirs = RulesCommand.packDirs(pack, err);
        if (dirs.isEmpty()) {
            return ExitCode.RULE_PACK_ERROR;
        }
        int exit = ExitCode.OK;
        for (Path dir : dirs) {
            CompiledPack compiled;
            try {
                compiled = PackCache.standard().compile(RulePackLoader.load(dir));
            } catch (RulePackException e) {
                exit = Math.max(exit, Problems.rulePack(err, dir, e, "未生成目录"));
                continue;
            }
            String id = compiled.pack().manifest().id();
            Path target = outputDir == null ? catalogueFolder(DEFAULT_OUTPUT, compiled.pack())
                    : dirs.size() == 1 ? outputDir : catalogueFolder(outputDir, compiled.pack());
            Path markdown = target.resolve("catalogue.md");
            Path html = target.resolve("catalogue.html");
            exit = Math.max(exit, write(id, markdown, PackCatalogue.markdown(compiled), out, err));
            exit = Math.max(exit, write(id, html, PackCatalogue.html(compiled), out, err));
            exit = Math.max(exit, write(id, target.resolve("reference.md"), AuthoringReference.markdown(), out, err));
            exit = Math.max(exit, write(id, target.resolve("reference.html"), AuthoringReference.html(), out, err));
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** Like check's results: in one step, and only over a catalogue selfeval wrote before. */
    private static int write(String id, Path file, String content, PrintWriter out, PrintWriter err) {
        String refusal = ResultFiles.refusal(file, new ResultFiles.Inputs(List.of()), ResultFiles::isSelfevalCatalogue, "selfeval 生成的规则目录");
        if (refusal != null) {
            err.println(id + "：未写入：" + refusal);
            return ExitCode.INTERNAL_ERROR;
        }
        try {
            ResultFiles.write(file, content);
            out.println(file);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(id + "：无法写入 " + file + "：" + ResultFiles.describe(e));
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /**
     * base/&lt;pack folder name&gt;/, or base/drafts/&lt;pack folder name&gt;/ for a draft. Named after the folder, not
     * the id, because a copied draft keeps the id of the pack it was copied from; and a draft's catalogue never
     * lands where a pack in use has its catalogue.
     */
    static Path catalogueFolder(Path base, RulePack pack) {
        String folder = pack.dir().toAbsolutePath().normalize().getFileName().toString();
        return pack.manifest().draft() ? base.resolve(DRAFTS).resolve(folder) : base.resolve(folder);
    }
}
