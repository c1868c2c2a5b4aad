package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.UnitResult;
import cn.selfeval.web.api.ApiJson;
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

    @Parameters(arity = "1..*", paramLabel = "填报文件",
            description = "填报表 .xlsx 或填报数据 .json 文件，可多个；也可以是文件夹（检查其中及子文件夹中的全部 .json 和 .xlsx 文件）")
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

    @Option(names = "--max-file-mb", defaultValue = "10", paramLabel = "MB",
            description = "一份填报文件（JSON 或 .xlsx）的上限（默认 10 MB，与 serve 相同）；更大的文件不读取，报告为数据有误（退出码 3）")
    int maxFileMb;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-j", "--jobs"}, paramLabel = "份数",
            description = "同时检查的填报份数（默认为处理器核数）；结果仍按填报的顺序输出")
    Integer jobs;

    /** What checking one submission gave: its exit code, its report (standard output) and its messages. */
    private record Done(int exit, Outcome outcome, String out, String err) {
    }

    /** How a submission fared, for the batch's summary line. */
    private enum Outcome { CHECKED, INVALID, RULE_PACK, NOT_WRITTEN, INTERNAL }

    @Override
    public Integer call() {
        if (format == Format.json && (submissions.size() > 1 || submissions.stream().anyMatch(java.nio.file.Files::isDirectory))
                && outputDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "多份填报以 JSON 输出时请用 --output-dir 指定输出目录（每份一个 JSON 文档）");
        }
        if (maxFileMb < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-mb 应至少为 1，实为 " + maxFileMb);
        }
        long started = System.nanoTime();
        List<Path> files = withoutEarlierResults(expanded());
        Map<Path, Path> targets = Map.of();
        if (outputDir != null) {
            try {
                targets = ResultFiles.targets(files, outputDir, format == Format.json ? "json" : "txt");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        PackChoice packs = new PackChoice(pack);
        ResultFiles.Inputs inputs = new ResultFiles.Inputs(files);
        BatchProgress progress = BatchProgress.start(err(), files.size());
        Map<Path, Path> resultFiles = targets;
        int[] exit = {ExitCode.OK};
        Map<Outcome, Integer> tally = new java.util.EnumMap<>(Outcome.class);
        int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        OrderedParallel.run(files, threads, file -> checkOne(packs, file, resultFiles.get(file), inputs, !progress.shown()),
                done -> {
                    progress.print(cn.selfeval.report.TerminalText.escape(done.err()));
                    if (!done.out().isEmpty()) {
                        spec.commandLine().getOut().print(done.out());
                        spec.commandLine().getOut().flush();
                    }
                    exit[0] = Math.max(exit[0], done.exit());
                    tally.merge(done.outcome(), 1, Integer::sum);
                    progress.step();
                });
        progress.finish();
        if (files.size() > 1) {
            err().println(summary(files.size(), tally, (System.nanoTime() - started) / 1e9));
            err().flush();
        }
        return exit[0];
    }

    /** "共 3 份填报：已检查 2 份，未检查 1 份（数据有误 1 份），用时 1.2 秒" — the batch in one line. */
    private String summary(int total, Map<Outcome, Integer> tally, double seconds) {
        int checked = tally.getOrDefault(Outcome.CHECKED, 0);
        List<String> why = new java.util.ArrayList<>();
        if (tally.containsKey(Outcome.INVALID)) {
            why.add("数据有误 " + tally.get(Outcome.INVALID) + " 份");
        }
        if (tally.containsKey(Outcome.RULE_PACK)) {
            why.add("规则包问题 " + tally.get(Outcome.RULE_PACK) + " 份");
        }
        if (tally.containsKey(Outcome.NOT_WRITTEN)) {
            why.add("结果未能写入 " + tally.get(Outcome.NOT_WRITTEN) + " 份");
        }
        if (tally.containsKey(Outcome.INTERNAL)) {
            why.add("内部错误 " + tally.get(Outcome.INTERNAL) + " 份");
        }
        String refused = checked == total ? "" : "，未检查或未写入 " + (total - checked) + " 份（" + String.join("，", why) + "）";
        String where = outputDir == null ? "" : "，结果在 " + outputDir;
        return String.format("共 %,d 份填报：已检查 %,d 份%s，用时 %.1f 秒%s", total, checked, refused, seconds, where);
    }

    /** The files named, folders replaced by the submissions in them. */
    private List<Path> expanded() {
        try {
            List<Path> files = SubmissionFiles.expand(submissions);
            if (files.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "没有要检查的填报："
                        + submissions.stream().map(Path::toString).collect(Collectors.joining("、"))
                        + " 中没有 .json 或 .xlsx 文件");
            }
            return files;
        } catch (java.io.UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The submissions without selfeval's own results, which {@code -o d/ d/*.json} picks up when it is run again:
     * they are not submissions, and replacing them is what the run is for.
     */
    private List<Path> withoutEarlierResults(List<Path> given) {
        List<Path> files = given.stream().filter(f -> !ResultFiles.isSelfevalResult(f)).toList();
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "没有要检查的填报：" + given.stream().map(Path::toString).collect(Collectors.joining("、"))
                            + " 是 selfeval 的检查结果，不是填报数据");
        }
        if (files.size() < given.size()) {
            java.util.Set<Path> kept = new java.util.HashSet<>(files);
            given.stream().filter(f -> !kept.contains(f))
                    .forEach(f -> err().println(f + "：这是 selfeval 的检查结果，不是填报数据，已跳过"));
        }
        return files;
    }

    /**
     * Checks one submission; runs on any thread, so it only reads shared state and returns what to print.
     *
     * @param target  the result file, or null for standard output
     * @param inputs  the submissions of this run, none of which a result may replace
     * @param sayDone whether to say where a result went (not while a progress bar shows the batch)
     */
    private Done checkOne(PackChoice packs, Path file, Path target, ResultFiles.Inputs inputs, boolean sayDone) {
        java.io.StringWriter messages = new java.io.StringWriter();
        PrintWriter err = new PrintWriter(messages);
        try {
            Checker.Result result = packs.check(file, maxFileMb * 1024L * 1024L, "--max-file-mb");
            result.warnings().forEach(w -> err.println(file + "：提示：" + w));
            ScoreCard card = result.card();
            String rendered = format == Format.json ? JsonReport.render(card)
                    : TextReport.render(card, details);
            if (target == null) {
                return done(ExitCode.OK, Outcome.CHECKED, rendered, messages, err);
            }
            String refusal = ResultFiles.refusal(target, inputs);
            if (refusal != null) {
                err.println(file + "：未写入结果：" + refusal);
                return done(ExitCode.INTERNAL_ERROR, Outcome.NOT_WRITTEN, "", messages, err);
            }
            try {
                ResultFiles.write(target, rendered);
                if (sayDone) {
                    err.println(file + " → " + target);
                }
                return done(ExitCode.OK, Outcome.CHECKED, "", messages, err);
            } catch (IOException e) {
                err.println(file + "：无法写入结果 " + target + "：" + ResultFiles.describe(e));
                return done(ExitCode.INTERNAL_ERROR, Outcome.NOT_WRITTEN, "", messages, err);
            }
        } catch (InvalidSubmissionException e) {
            int exit = Problems.invalidSubmission(err, file, e, "未检查");
            return refused(exit, Outcome.INVALID, file, target, inputs, sayDone, messages, err,
                    UnitResult.invalid(file.toString(), e.problems()), w -> Problems.invalidSubmission(w, file, e, "未检查"));
        } catch (RulePackException e) {
            int exit = Problems.rulePack(err, file, e, "未检查");
            UnitResult.Status status = e instanceof cn.selfeval.check.NoMatchingPackException
                    ? UnitResult.Status.NO_PACK : UnitResult.Status.RULE_PACK_ERROR;
            return refused(exit, Outcome.RULE_PACK, file, target, inputs, sayDone, messages, err,
                    UnitResult.refused(file.toString(), status, e.problems()), w -> Problems.rulePack(w, file, e, "未检查"));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One file must not end the batch: whatever it did, the others are still checked and written.
            return done(Problems.internal(err, file, e, "未检查"), Outcome.INTERNAL, "", messages, err);
        }
    }

    /**
     * A submission that was not checked still gets its result, so that a folder of results accounts for every input:
     * the same messages as standard error (a text result under the report's title) or the API's error document.
     * Without {@code -o}, {@code --format json} prints that document on standard output.
     */
    private Done refused(int exit, Outcome outcome, Path file, Path target, ResultFiles.Inputs inputs, boolean sayDone,
            java.io.StringWriter messages, PrintWriter err, UnitResult result, java.util.function.Consumer<PrintWriter> text) {
        String rendered;
        if (format == Format.json) {
            rendered = ApiJson.error(result);
        } else {
            java.io.StringWriter body = new java.io.StringWriter();
            PrintWriter writer = new PrintWriter(body);
            writer.println(TextReport.TITLE);
            text.accept(writer);
            writer.flush();
            rendered = body.toString();
        }
        if (target == null) {
            return done(exit, outcome, format == Format.json ? rendered : "", messages, err);
        }
        String refusal = ResultFiles.refusal(target, inputs);
        if (refusal != null) {
            err.println(file + "：未写入结果：" + refusal);
            return done(Math.max(exit, ExitCode.INTERNAL_ERROR), outcome, "", messages, err);
        }
        try {
            ResultFiles.write(target, rendered);
            if (sayDone) {
                err.println(file + " → " + target + "（未检查，结果中列出原因）");
            }
            return done(exit, outcome, "", messages, err);
        } catch (IOException e) {
            err.println(file + "：无法写入结果 " + target + "：" + ResultFiles.describe(e));
            return done(Math.max(exit, ExitCode.INTERNAL_ERROR), outcome, "", messages, err);
        }
    }

    private static Done done(int exit, Outcome outcome, String out, java.io.StringWriter messages, PrintWriter err) {
        err.flush();
        return new Done(exit, outcome, out, messages.toString());
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
