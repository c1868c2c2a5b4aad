package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.docreport.SelfEvaluationReport;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.rulepack.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report",
        description = {"按检查结果写出本单位的部门整体支出绩效自评报告初稿（Word .docx）：",
                "部门整体收支情况、自评结论、表2评分表、表3绩效指标完成情况、存在的主要问题",
                "和下一步改进措施由检查结果写出，与 check 的评分表一致；部门概况、重点工作任务、",
                "主要工作成效等由单位填写的部分标有“（请填写：…）”。"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "填报文件", description = "填报表 .xlsx 或填报数据 .json")
    Path submission;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "报告文件",
            description = "写出的 .docx 文件，如 自评报告.docx；不会覆盖填报文件")
    Path output;

    @Option(names = "--pack", paramLabel = "规则包目录", description = "不指定时按填报年度和区选择")
    Path pack;

    @Option(names = "--force", description = "报告文件已存在时覆盖它")
    boolean force;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "自评报告是 Word 文档，-o 应是 .docx 文件：" + output);
        }
        Checker.Result result;
        try {
            result = new PackChoice(pack).check(submission);
        } catch (InvalidSubmissionException e) {
            return Problems.invalidSubmission(err, submission, e, "未写出报告");
        } catch (RulePackException e) {
            return Problems.rulePack(err, submission, e, "未写出报告");
        }
        result.warnings().forEach(w -> err.println(submission + "：提示：" + w));
        byte[] docx = SelfEvaluationReport.docx(result.card(), result.submission());
        int exit = OutputFile.write(err, output, docx, force, List.of(submission));
        if (exit == ExitCode.OK) {
            err.println(submission + " → " + output);
            err.flush();
        }
        return exit;
    }
}
