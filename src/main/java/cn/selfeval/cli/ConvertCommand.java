package cn.selfeval.cli;

import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.input.workbook.WorkbookReader;
import cn.selfeval.input.workbook.PackForm;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.check.PackLocator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert",
        description = {"在自评填报表（.xlsx）与填报数据 JSON 之间转换：输入是工作簿",
                "（按内容判断）时写出 JSON，输入是 JSON 时写出填报表。转换前按",
                "格式规范检查输入，有误时列出全部问题，不写出文件。"})
final class ConvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Parameters(index = "0", paramLabel = "输入文件", description = "填报表 .xlsx 或填报数据 .json")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "输出文件",
            description = "输入是填报表时为 .json 文件，输入是 JSON 时为 .xlsx 文件")
    Path output;

    @Option(names = "--pack", paramLabel = "规则包目录",
            description = "JSON 转为填报表时，自评得分表按该规则包列出指标；不指定时按填报年度和区选择")
    Path pack;

    @Option(names = "--force", description = "输出文件已存在时覆盖它")
    boolean force;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = SubmissionReader.readBytes(input);
        } catch (InvalidSubmissionException e) {
            return Problems.invalidSubmission(err, input, e, "未转换");
        }
        boolean fromWorkbook = WorkbookReader.looksLikeWorkbook(bytes);
        String wanted = fromWorkbook ? ".json" : ".xlsx";
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(wanted)) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + " 是" + (fromWorkbook ? "填报表（工作簿）" : "JSON 填报数据")
                    + "，转换结果应是 " + wanted + " 文件：" + output);
        }
        JsonNode tree;
        try {
            tree = SubmissionReader.readTree(input.toString(), bytes, Map.of());
        } catch (InvalidSubmissionException e) {
            e.warnings().forEach(w -> err.println(input + "：提示：" + w));
            return Problems.invalidSubmission(err, input, e, "未转换");
        }
        byte[] content;
        if (fromWorkbook) {
            content = (json(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } else {
            RulePack chosen = packFor(tree, err);
            content = PackForm.filled(tree, chosen);
        }
        int exit = OutputFile.write(err, output, content, force, List.of(input));
        if (exit == ExitCode.OK) {
            err.println(input + " → " + output);
            err.flush();
        }
        return exit;
    }

    static String json(JsonNode tree) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            return JSON.writer(printer).writeValueAsString(tree).replace("\r\n", "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The pack whose indicators the 自评得分 sheet lists; null (with a note) when none serves the submission. */
    private RulePack packFor(JsonNode tree, PrintWriter err) {
        try {
            if (pack != null) {
                return RulePackLoader.load(pack);
            }
            int year = tree.path("year").asInt();
            String district = tree.path("unit").path("district").asText();
            return RulePackLoader.load(new PackLocator(Home.rules()).dirFor(year, district));
        } catch (NoMatchingPackException e) {
            err.println(input + "：提示：没有适用于该填报年度和区的规则包，自评得分表只列出填报中已有的指标编号");
            return null;
        } catch (RulePackException e) {
            err.println(input + "：提示：规则包无法读取（" + String.join("；", e.problems()) + "），自评得分表只列出填报中已有的指标编号");
            return null;
        }
    }
}
