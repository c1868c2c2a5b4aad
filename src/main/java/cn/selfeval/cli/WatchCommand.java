package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.watch.WatchCalendar;
import cn.selfeval.watch.WatchJson;
import cn.selfeval.watch.WatchList;
import cn.selfeval.watch.WatchText;
import cn.selfeval.watch.Watcher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch",
        description = {"年度中的预警：按规则包的期限检查，列出截至某日已逾期、即将到期（和已完成）的事项，",
                "每项给出期限届满日、剩余天数和工作日数、节假日顺延的说明，以及逾期或年末仍未完成时规则包的扣分。",
                "填报中写到当天为止已经发生的事（如已发出中标通知书、尚未签订合同）。"})
final class WatchCommand implements Callable<Integer> {

    enum Format { text, json, ics }

    @Parameters(index = "0", paramLabel = "填报文件", description = "填报表 .xlsx 或填报数据 .json 文件（写到截至日为止的情况）")
    Path submission;

    @Option(names = "--as-of", paramLabel = "日期", description = "截至哪一天，如 2026-12-06；默认为今天（北京时间）")
    String asOf;

    @Option(names = "--within", defaultValue = "" + Watcher.DEFAULT_WITHIN, paramLabel = "天数",
            description = "多少日内到期的列为“即将到期”（默认 ${DEFAULT-VALUE}）")
    int within;

    @Option(names = "--details", description = "也列出以后到期、已按期完成和已逾期完成的事项")
    boolean details;

    @Option(names = "--format", defaultValue = "text", paramLabel = "格式",
            description = "输出格式：text（中文清单，默认）、json，或 ics（日历文件：每个未完成事项一个全天日程，提前"
                    + WatchCalendar.REMIND_DAYS + "日提醒）")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "文件", description = "写入该文件（而非标准输出），如 预警.ics")
    Path output;

    @Option(names = "--force", description = "-o 的文件已存在时覆盖它")
    boolean force;

    @Option(names = "--pack", paramLabel = "规则包目录", description = "不指定时按填报年度和区选择")
    Path pack;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = asOfDate();
        if (within < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--within 应为 0 或正整数（天数），而不是 " + within);
        }
        WatchList list;
        try {
            SubmissionReader.Parsed parsed = SubmissionReader.parse(submission.toString(), SubmissionReader.readBytes(submission));
            Checker checker = new PackChoice(pack).checkerFor(parsed);
            SubmissionReader.Read read = checker.read(parsed);
            read.warnings().forEach(w -> err.println(submission + "：提示：" + w));
            list = Watcher.watch(checker.compiled(), submission.toString(), read.submission(), read.locations(), day, within);
        } catch (InvalidSubmissionException e) {
            return Problems.invalidSubmission(err, submission, e, "未列出预警");
        } catch (RulePackException e) {
            return Problems.rulePack(err, submission, e, "未列出预警");
        }
        String rendered = switch (format) {
            case text -> WatchText.render(list, details);
            case json -> WatchJson.render(list);
            case ics -> WatchCalendar.render(list);
        };
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            int written = OutputFile.write(err, output, rendered.getBytes(StandardCharsets.UTF_8), force, List.of(submission));
            if (written != ExitCode.OK) {
                return written;
            }
            err.println(submission + " → " + output);
            err.flush();
        }
        return list.anyOverdue() ? ExitCode.OVERDUE : ExitCode.OK;
    }

    private LocalDate asOfDate() {
        if (asOf == null) {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of 的日期“" + asOf + "”不是有效的日期，应写作 年-月-日，如 2026-12-06");
        }
    }
}
