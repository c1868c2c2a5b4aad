package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        description = {"检查一份或多份填报数据（自评填报表 .xlsx 或 JSON，按文件内容判断），输出各指标得分和每一处扣分。",
                "一份数据有误不影响其他数据的检查。"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "填报文件", description = "填报表 .xlsx 或填报数据 .json 文件，可多个")
    List<Path> submissions;

    @Option(names = "--pack", paramLabel = "规则包目录",
            description = "规则包目录；不指定时按填报年度和区从 rules/ 中选择")
    Path pack;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "输出格式：text（中文报告，默认）或 json")
    Format format;

    @Option(names = "--details", description = "文本报告中也列出符合、豁免、不适用的每项检查")
    boolean details;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "目录",
            description = "把每份填报的结果写入该目录（而非标准输出），文件名为 <填报文件名>.result.txt 或 .result.json；"
                    + "来自不同文件夹的填报按其相对共同上级文件夹的路径分开存放（如 目录/a/自评.result.txt）；"
                    + "只替换 selfeval 以前写的结果，不覆盖填报文件或其他文件")
    Path outputDir;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.json && submissions.size() > 1 && outputDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "多份填报以 JSON 输出时请用 --output-dir 指定输出目录（每份一个 JSON 文档）");
        }
        List<Path> files = withoutEarlierResults();
        Map<Path, Path> targets = Map.of();
        if (outputDir != null) {
            try {
                targets = ResultFiles.targets(files, outputDir, format == Format.json ? "json" : "txt");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        PackChoice packs = new PackChoice(pack);
        int exit = ExitCode.OK;
        for (Path file : files) {
            exit = Math.max(exit, checkOne(packs, file, targets.get(file), files));
        }
        return exit;
    }

    /**
     * The submissions without selfeval's own results, which {@code -o d/ d/*.json} picks up when it is run again:
     * they are not submissions, and replacing them is what the run is for.
     */
    private List<Path> withoutEarlierResults() {
        List<Path> files = submissions.stream().filter(f -> !ResultFiles.isSelfevalResult(f)).toList();
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "没有要检查的填报：" + submissions.stream().map(Path::toString).collect(Collectors.joining("、"))
                            + " 是 selfeval 的检查结果，不是填报数据");
        }
        submissions.stream().filter(f -> !files.contains(f))
                .forEach(f -> err().println(f + "：这是 selfeval 的检查结果，不是填报数据，已跳过"));
        return files;
    }

    /**
     * @param target the result file, or null for standard output
     * @param batch  the submissions of this run, none of which a result may replace
     */
    private int checkOne(PackChoice packs, Path file, Path target, List<Path> batch) {
        try {
            Checker.Result result = packs.check(file);
            result.warnings().forEach(w -> err().println(file + "：提示：" + w));
            err().flush();
            ScoreCard card = result.card();
            String rendered = format == Format.json ? JsonReport.render(card)
                    : TextReport.render(card, details, o -> result.locations().of(o.factKind(), o.factId()));
            return target == null ? print(rendered) : write(file, target, rendered, batch);
        } catch (InvalidSubmissionException e) {
            return Problems.invalidSubmission(err(), file, e, "未检查");
        } catch (RulePackException e) {
            return Problems.rulePack(err(), file, e, "未检查");
        }
    }

    private int print(String rendered) {
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** Never over a submission or a file selfeval did not write; prints which submission went where. */
    private int write(Path file, Path target, String rendered, List<Path> batch) {
        String refusal = ResultFiles.refusal(target, batch);
        if (refusal != null) {
            err().println(file + "：未写入结果：" + refusal);
            err().flush();
            return ExitCode.INTERNAL_ERROR;
        }
        try {
            ResultFiles.write(target, rendered);
            err().println(file + " → " + target);
            err().flush();
            return ExitCode.OK;
        } catch (IOException e) {
            err().println(file + "：无法写入结果 " + target + "：" + ResultFiles.describe(e));
            err().flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
