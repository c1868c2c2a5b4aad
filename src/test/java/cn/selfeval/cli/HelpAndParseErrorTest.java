package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.cli.CliRun.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command's help works and is Chinese, and so are picocli's parse errors (with suggestions for typos). */
class HelpAndParseErrorTest {

    /** Picocli's own English texts, none of which may reach a user. */
    private static final List<String> PICOCLI_ENGLISH = List.of("Usage:", "Show this help", "Print version",
            "Unknown option", "Unmatched argument", "Missing required", "Invalid value", "expected one of",
            "should be specified", "mutually exclusive", "Commands:", "[COMMAND]", "Display help", "Did you mean");

    private static final Pattern EXIT_CODE_LINE = Pattern.compile("^ {2}(\\d) +(.+)$");

    /** Each command with the exit codes it can return. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of(), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)),
                Arguments.of(List.of("check"), List.of(0, 2, 3, 4, 5, 6)),
                Arguments.of(List.of("watch"), List.of(0, 2, 3, 4, 5, 6, 7)),
                Arguments.of(List.of("explain"), List.of(0, 2, 3, 4, 5, 6)),
                Arguments.of(List.of("template"), List.of(0, 2, 4, 5, 6)),
                Arguments.of(List.of("convert"), List.of(0, 2, 3, 5)),
                Arguments.of(List.of("rules"), List.of(0, 1, 2, 3, 4, 5, 6)),
                Arguments.of(List.of("rules", "validate"), List.of(0, 1, 2, 4, 5)),
                Arguments.of(List.of("rules", "test"), List.of(0, 1, 2, 4, 5)),
                Arguments.of(List.of("rules", "doc"), List.of(0, 2, 4, 5)),
                Arguments.of(List.of("rules", "diff"), List.of(0, 2, 3, 4, 5, 6)),
                Arguments.of(List.of("serve"), List.of(0, 2, 4, 5, 8)),
                Arguments.of(List.of("data"), List.of(0, 2)),
                Arguments.of(List.of("data", "backup"), List.of(0, 2, 5)),
                Arguments.of(List.of("users"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "add"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "list"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "passwd"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "disable"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "token"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "revoke"), List.of(0, 2, 5)),
                Arguments.of(List.of("users", "assign"), List.of(0, 2, 5)),
                Arguments.of(List.of("help"), List.of(0, 2)),
                Arguments.of(List.of("rules", "help"), List.of(0, 2)));
    }

    @ParameterizedTest(name = "selfeval {0} --help")
    @MethodSource("commands")
    void everyCommandsHelpWorksIsChineseAndEndsWithItsExitCodes(List<String> command, List<Integer> exitCodes) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(command);
            args.add(flag);
            Run run = selfeval(args.toArray(String[]::new));

            assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
            assertEquals("", run.err());
            assertTrue(run.out().startsWith("用法：selfeval" + (command.isEmpty() ? "" : " " + String.join(" ", command))),
                    run.out());
            assertTrue(run.out().contains("\n选项：\n"), run.out());
            assertTrue(run.out().contains("-h, --help"), run.out());
            assertTrue(run.out().contains("显示本命令的用法并退出"), run.out());
            assertNoPicocliEnglish(run.out());
            assertEquals(exitCodes, List.copyOf(exitCodes(run.out()).keySet()), run.out());
            String afterExitCodes = run.out().substring(run.out().lastIndexOf("\n退出码：\n"));
            assertTrue(afterExitCodes.lines().skip(2).allMatch(l -> EXIT_CODE_LINE.matcher(l).matches()),
                    "退出码应在帮助的最后：\n" + run.out());
        }
    }

    @ParameterizedTest(name = "selfeval {0} --help")
    @MethodSource("commands")
    void descriptionsLineUpOnATerminalWhateverTheLabelsAreWritten(List<String> command, List<Integer> exitCodes) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        String help = selfeval(args.toArray(String[]::new)).out();
        List<Integer> columns = new ArrayList<>();
        boolean inList = false;
        for (String line : help.lines().toList()) {
            if (line.equals("参数：") || line.equals("选项：")) {
                inList = true;
            } else if (line.isEmpty()) {
                inList = false;
            } else if (inList && line.length() - line.stripLeading().length() <= 6) {
                Matcher gap = Pattern.compile("\\S {2,}(?=\\S)").matcher(line);
                assertTrue(gap.find(), "没有说明：" + line);
                columns.add(WideCharAlignment.width(line.substring(0, gap.end())));
            }
        }
        assertFalse(columns.isEmpty(), help);
        assertEquals(1, columns.stream().distinct().count(), "说明没有对齐（按终端列宽，汉字占两列）：\n" + help);
    }

    @Test
    void helpNamesParametersAndSubcommandsUnderChineseHeadings() {
        Run top = selfeval("--help");
        assertTrue(top.out().contains("\n命令：\n"), top.out());
        assertTrue(top.out().contains("-V, --version"), top.out());
        assertTrue(top.out().contains("用法：selfeval [-hV] [命令]"), top.out());
        Run check = selfeval("check", "--help");
        assertTrue(check.out().contains("\n参数：\n"), check.out());
        assertTrue(check.out().contains("填报文件..."), check.out());
        assertTrue(selfeval("rules", "--help").out().contains("\n命令：\n"));
    }

    @Test
    void theTopLevelExitCodesAreReadmesTable() throws IOException {
        Map<Integer, String> readme = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d) \\| (.+) \\|$")
                .matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        while (row.find()) {
            readme.put(Integer.parseInt(row.group(1)), row.group(2).replace("`", ""));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), List.copyOf(readme.keySet()), "README 的退出码表");
        assertEquals(readme, exitCodes(selfeval("--help").out()));
    }

    @Test
    void helpCommandShowsTheNamedCommandsHelpAtAnyDepth() {
        assertEquals(selfeval("check", "--help").out(), selfeval("help", "check").out());
        assertEquals(selfeval("rules", "diff", "--help").out(), selfeval("help", "rules", "diff").out());
        assertEquals(selfeval("rules", "diff", "--help").out(), selfeval("rules", "help", "diff").out());
        assertEquals(selfeval("--help").out(), selfeval("help").out());
    }

    @Test
    void versionAtTheTop() {
        for (String flag : List.of("-V", "--version")) {
            Run run = selfeval(flag);
            assertEquals(ExitCode.OK, run.exit());
            assertTrue(run.out().startsWith("selfeval "), run.out());
        }
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Run run = selfeval("chek", "x.json");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().startsWith("命令行参数错误：不认识的命令 chek，是不是 check？\n"), run.err());
        assertTrue(run.err().contains("详细说明：selfeval --help"), run.err());
        assertNoPicocliEnglish(run.err());

        Run rules = selfeval("rules", "valdate");
        assertEquals(ExitCode.USAGE, rules.exit());
        assertTrue(rules.err().contains("不认识的命令 valdate，是不是 validate？"), rules.err());

        Run help = selfeval("help", "rules", "dif");
        assertEquals(ExitCode.USAGE, help.exit());
        assertTrue(help.err().contains("不认识的命令 dif，是不是 diff？"), help.err());
    }

    @Test
    void aMistypedOptionGetsASuggestionEvenWithoutTheRequiredParameters() {
        for (Run run : List.of(selfeval("check", "--detials", "fixtures/clean-2023.json"), selfeval("check", "--detials"))) {
            assertEquals(ExitCode.USAGE, run.exit());
            assertTrue(run.err().startsWith("命令行参数错误：不认识的选项 --detials，是不是 --details？\n"), run.err());
            assertTrue(run.err().contains("用法：selfeval check [选项] 填报文件..."), run.err());
            assertTrue(run.err().contains("详细说明：selfeval check --help"), run.err());
            assertNoPicocliEnglish(run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void anUnknownNameWithoutALikelyMatchListsTheChoices() {
        assertTrue(selfeval("xyz").err().contains("不认识的命令 xyz；可用的命令：check、watch、explain、report、template、convert、rules、serve、data、users、help"));
        assertTrue(selfeval("check", "--zzzz", "a.json").err().contains("不认识的选项 --zzzz；可用的选项：--details、"));
    }

    static Stream<Arguments> parseErrors() {
        return Stream.of(
                Arguments.of(List.of("check"), "缺少参数：填报文件"),
                Arguments.of(List.of("check", "--format", "xml", "a.json"), "选项 --format 的值 xml 无效，可选：text、json"),
                Arguments.of(List.of("check", "a.json", "--format"), "选项 --format 后面缺少取值（text|json）"),
                Arguments.of(List.of("check", "--pack", "a", "--pack", "b", "a.json"), "选项 --pack 只能指定一次"),
                Arguments.of(List.of("check", "--details=yes", "a.json"), "选项 --details 不带取值"),
                Arguments.of(List.of("explain", "a.json", "b.json", "--fact", "X"), "多余的参数：b.json（本命令只接受 1 个填报文件）"),
                Arguments.of(List.of("explain", "a.json"), "需要指定其中一个：--indicator（指标代码） 或 --fact（事实编号）"),
                Arguments.of(List.of("explain", "a.json", "--fact", "X", "--indicator", "Y"), "--indicator 和 --fact 只能指定其中一个"),
                Arguments.of(List.of("rules", "diff", "--from", "a", "x.json"), "缺少选项：--to（新规则包目录）"),
                Arguments.of(List.of("rules", "validate", "a", "b"), "多余的参数：b（本命令只接受 1 个规则包目录）"),
                Arguments.of(List.of("--bogus"), "不认识的选项 --bogus"));
    }

    @ParameterizedTest(name = "selfeval {0}")
    @MethodSource("parseErrors")
    void picocliParseErrorsAreChinese(List<String> args, String expected) {
        Run run = selfeval(args.toArray(String[]::new));
        assertEquals(ExitCode.USAGE, run.exit(), run.err());
        assertTrue(run.err().startsWith("命令行参数错误：" + expected), run.err());
        assertTrue(run.err().contains("\n用法：selfeval"), run.err());
        assertNoPicocliEnglish(run.err());
    }

    /** Code → text of the help's exit code list. */
    private static Map<Integer, String> exitCodes(String help) {
        int heading = help.lastIndexOf("\n退出码：\n");
        assertTrue(heading >= 0, "帮助中没有“退出码：”\n" + help);
        Map<Integer, String> codes = new LinkedHashMap<>();
        help.substring(heading).lines().skip(2).forEach(line -> {
            Matcher m = EXIT_CODE_LINE.matcher(line);
            if (m.matches()) {
                codes.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        });
        return codes;
    }

    private static void assertNoPicocliEnglish(String text) {
        for (String english : PICOCLI_ENGLISH) {
            assertFalse(text.contains(english), "出现了 picocli 的英文“" + english + "”：\n" + text);
        }
    }
}
