package cn.selfeval.cli;

import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        description = {"检查一份或多份填报数据（JSON），输出各指标得分和每一处扣分。",
                "一份数据有误不影响其他数据的检查；退出码：0 完成，3 有数据错误，4 规则包错误。"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "填报文件", description = "填报数据 JSON 文件，可多个")
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
            description = "每份填报的结果写入该目录下的同名 .txt / .json 文件，而非标准输出")
    Path outputDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;


    @Override
    public Integer call() {
        if (format == Format.json && submissions.size() > 1 && outputDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "多份填报以 JSON 输出时请用 --output-dir 指定输出目录（每份一个 JSON 文档）");
        }
        if (outputDir != null) {
            rejectSameOutputName();
        }
        PackChoice packs = new PackChoice(pack);
        int exit = ExitCode.OK;
        for (Path file : submissions) {
            exit = Math.max(exit, checkOne(packs, file));
        }
        return exit;
    }

    private int checkOne(PackChoice packs, Path file) {
        try {
            ScoreCard card = packs.checkerFor(file).check(file);
            String rendered = format == Format.json ? JsonReport.render(card) : TextReport.render(card, details);
            return emit(file, rendered);
        } catch (InvalidSubmissionException e) {
            return Problems.invalidSubmission(err(), file, e, "未检查");
        } catch (RulePackException e) {
            return Problems.rulePack(err(), file, e, "未检查");
        }
    }

    private int emit(Path file, String rendered) {
        if (outputDir == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        Path target = outputDir.resolve(outputName(file));
        Path temp = null;
        try {
            Files.createDirectories(outputDir);
            // Written beside the target and moved into place, so a reader never sees half a report.
            temp = Files.createTempFile(outputDir, ".selfeval-", ".part");
            Files.writeString(temp, rendered, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            err().println(file + " → " + target);
            err().flush();
            return ExitCode.OK;
        } catch (IOException e) {
            deleteQuietly(temp);
            err().println(file + "：无法写入 " + target + "：" + e.getMessage());
            err().flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private String outputName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "") + (format == Format.json ? ".json" : ".txt");
    }

    /** Two submissions named alike (a/x.json, b/x.json) would overwrite each other's report. */
    private void rejectSameOutputName() {
        Map<String, Path> byName = new HashMap<>();
        for (Path file : submissions) {
            Path other = byName.putIfAbsent(outputName(file), file);
            if (other != null && !other.equals(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                        "%s 与 %s 的结果都会写成 %s，请分两次检查或改名", other, file, outputDir.resolve(outputName(file))));
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // the write already failed and is reported; a leftover .part file is harmless
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
