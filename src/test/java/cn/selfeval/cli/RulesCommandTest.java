package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code selfeval rules validate|test|doc} on the shipped pack and on copies of it broken on purpose. */
class RulesCommandTest {

    private static final Path SHIPPED = Path.of("rules", "guangzhou-2023");

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {

        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    static Run selfeval(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SelfevalCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    // ------------------------------------------------------------------ validate

    @Test
    void shippedPackValidatesWithoutTheCalendarNoticeRepeated() {
        Run run = selfeval("rules", "validate", SHIPPED.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        // years reach 2026, the calendar's last year: the catalogue and the packs page say what that means, once.
        assertEquals(List.of("检查了 1 个规则包：0 个错误，0 个警告，没有发现问题"), run.out().lines().toList());
    }

    @Test
    void aYearTheCalendarDoesNotCoverIsAWarningThatSaysWhatToDo() {
        Path pack = copyOfShippedPack();
        Path manifest = pack.resolve("pack.yaml");
        replaceFirst(manifest, "years: [2023, 2024, 2025, 2026]", "years: [2023, 2024, 2025, 2026, 2027]");

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertEquals(List.of(display(manifest) + ":" + lineOf(manifest, "years:")
                        + "：警告：适用年度含2027年，而工作日历 " + temp.resolve("calendar/cn-workdays.json")
                        + " 只覆盖2020-01-01至2026-12-31：这些年度中需要未覆盖日期的期限将报告“无法判定”。"
                        + "在该文件中补充这些年度的假期和调休上班日并调整 covers（见 " + temp.resolve("calendar/README.md")
                        + "），或从 years 中去掉这些年度",
                "检查了 1 个规则包：0 个错误，1 个警告（警告不影响使用）"), run.out().lines().toList());
    }

    @Test
    void drlSyntaxErrorIsReportedWithFileLineAndColumn() {
        Path pack = cn.selfeval.testing.FileTrees.packWithHandWrittenRules(temp);
        Path drl = pack.resolve("procurement/sme-policy.drl");
        int line = lineOf(drl, "!outsideProcurementLaw, budgetAmount <= smeWhollyReservedMax");
        replaceFirst(drl, "!outsideProcurementLaw, budgetAmount <= smeWhollyReservedMax", "!outsideProcurementLaw budgetAmount <= smeWhollyReservedMax");

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), display(drl) + ":" + line + ":");
        assertContains(run.out(), "规则编译错误");
        assertContains(run.out(), ruleAround(drl, line));
    }

    @Test
    void unknownIndicatorCodeIsReportedWithFileRuleAndCode() {
        Path pack = cn.selfeval.testing.FileTrees.packWithHandWrittenRules(temp);
        Path drl = pack.resolve("procurement/sme-policy.drl");
        int annotation = lineOf(drl, "@indicatorCode(\"B5.6\")");
        int ruleLine = ruleLineAround(drl, annotation);
        String rule = ruleAround(drl, annotation);
        replaceFirst(drl, "@indicatorCode(\"B5.6\")", "@indicatorCode(\"B5.9\")");

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), display(drl) + ":" + ruleLine + "：规则「" + rule + "」 的指标代码 B5.9 不在 framework.yaml 中");
    }

    @Test
    void undefinedParameterIsReportedAtItsDrlLine() {
        Path pack = cn.selfeval.testing.FileTrees.packWithHandWrittenRules(temp);
        Path drl = pack.resolve("procurement/sme-policy.drl");
        int line = lineOf(drl, "procurement.sme.works_wholly_reserved_max");
        replaceFirst(drl, "procurement.sme.works_wholly_reserved_max", "procurement.sme.works_wholly_reserved");

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), display(drl) + ":" + line
                + "：参数 procurement.sme.works_wholly_reserved 未定义（在 *.params.yaml 中定义它");
    }

    @Test
    void unusedParameterIsAWarningAtItsKeyLine() {
        Path pack = copyOfShippedPack();
        Path params = pack.resolve("assets/inventory.params.yaml");
        int line = lines(params).size() + 2;
        append(params, """

                assets.inventory.spare:
                  label: 备用
                  unit: 分
                  values:
                    2021-01-01:
                      value: 1
                      source:
                        kind: default
                        note: 测试
                """);

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.OK, run.exit(), "未使用的参数只是警告\n" + run.out());
        assertContains(run.out(), display(params) + ":" + line + "：警告：参数 assets.inventory.spare 未被任何检查或规则使用");
        assertContains(run.out(), "0 个错误，1 个警告");
    }

    @Test
    void parameterWithoutSourceDocumentOrNoteIsAnError() {
        Path pack = copyOfShippedPack();
        Path params = pack.resolve("procurement/intent-timeliness.params.yaml");
        String text = read(params);
        int key = text.indexOf("procurement.intent_timeliness.deduction_per_project:");
        int note = text.indexOf("    note:", key);
        assertTrue(key >= 0 && note > key, "参数文件的结构变了：" + params);
        write(params, text.substring(0, note) + text.substring(text.indexOf('\n', note) + 1));

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), display(params) + ":" + lineOf(params, "procurement.intent_timeliness.deduction_per_project:")
                + "：参数 procurement.intent_timeliness.deduction_per_project 自 2021-01-01 起的取值没有来源文件");
    }

    @Test
    void frameworkPointsThatDoNotAddUpAreReported() {
        Path pack = copyOfShippedPack();
        Path framework = pack.resolve("framework.yaml");
        replaceFirst(framework, "{ code: B5.2, name: 采购内控制度建设, points: 1 }", "{ code: B5.2, name: 采购内控制度建设, points: 1.5 }");
        replaceFirst(framework, "name: 履职效能\n    points: 50", "name: 履职效能\n    points: 60");

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), display(framework) + ":" + lineOf(framework, "code: B5\n") + "：指标 B5「采购管理」分值 10 分，不等于下级指标分值之和 10.5 分");
        assertContains(run.out(), display(framework) + ":" + lineOf(framework, "code: A\n")
                + "：指标 A「履职效能」分值 60 分，不等于下级指标分值之和 50 分");
        assertContains(run.out(), display(framework) + "：指标体系总分 110 分（A 60 + B 50），不等于满分 100 分");
    }

    @Test
    void testCaseNamingAMissingRuleIsReported() {
        Path pack = copyOfShippedPack();
        Path tests = pack.resolve("procurement/intent-timeliness.tests.yaml");
        int line = lineOf(tests, "rule: 采购意向及时性已申报豁免");
        replaceFirst(tests, "rule: 采购意向及时性已申报豁免", "rule: 采购意向已豁免");

        Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), display(tests) + ":" + line + "：测试用例「申报豁免的项目不比较时间」引用的规则「采购意向已豁免」不存在");
    }

    // ------------------------------------------------------------------ test

    @Test
    void shippedPackTestsPassWithFullCoverage() {
        Run run = selfeval("rules", "test", SHIPPED.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.lastLine().matches("\\d+ passed, 0 failed"), run.out());
        assertContains(run.out(), "都有产生结果和不产生结果的用例");
    }

    @Test
    void changedThresholdFailsTheBoundaryCaseWithExpectedAndActual() {
        Path pack = copyOfShippedPack();
        Path params = pack.resolve("procurement/intent-timeliness.params.yaml");
        replaceFirst(params, "      value: 30", "      value: 29");

        Run run = selfeval("rules", "test", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        String lateRule = "采购意向公开晚于规定时间";
        // The 29-day case: deducted under 30 days, compliant under 29.
        assertTrue(run.out().matches("(?s).*失败：" + Pattern.quote(display(pack.resolve("procurement/intent-timeliness.tests.yaml")))
                + "「[^」]*29日[^」]*」.*"), run.out());
        assertContains(run.out(), "期望：规则「" + lateRule + "」 事实 P1 结果 deducted 扣 0.5 分");
        assertContains(run.out(), "实际：该规则对该事实没有任何结果");
        assertContains(run.out(), "期望指标 B5.1.2 得分 1，实际 1.5");
        assertTrue(run.lastLine().matches("\\d+ passed, [1-9]\\d* failed"), run.out());
    }

    @Test
    void coverageListsRulesThatNeverFireAndRulesThatAreNeverSilent() {
        Path pack = copyOfShippedPack();
        for (Path tests : files(pack, ".tests.yaml")) {
            delete(tests);
        }
        // One case on the base submission: the rules it triggers are never seen silent, the others never fire.
        write(pack.resolve("running-costs/three-public-costs.tests.yaml"), """
                cases:
                  - name: 基础填报数据
                    given: {}
                    expect:
                      - { rule: “三公”经费未超预算, fact: threePublicCosts, status: passed }
                """);

        Run run = selfeval("rules", "test", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertContains(run.out(), "覆盖不足");
        assertContains(run.out(), "规则「“三公”经费未超预算」：没有不产生结果的用例");
        assertContains(run.out(), "规则「采购意向公开晚于规定时间」：没有产生结果的用例");
        assertEquals("1 passed, 0 failed", run.lastLine());
    }

    // ------------------------------------------------------------------ doc

    @Test
    void docWritesMarkdownAndSelfContainedHtml() throws IOException {
        Path output = temp.resolve("doc");

        Run run = selfeval("rules", "doc", SHIPPED.toString(), "--output-dir", output.toString());

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        Path markdown = output.resolve("catalogue.md");
        Path html = output.resolve("catalogue.html");
        assertContains(run.out(), markdown.toString());
        assertContains(run.out(), html.toString());
        for (Path file : List.of(markdown, html)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertContains(text, "采购合同签订时效性");
            assertContains(text, "《政府采购法》第四十六条");
            assertContains(text, "procurement.contract_signing.max_days");
            assertContains(text, "法律法规：《中华人民共和国政府采购法》 第四十六条");
            assertContains(text, "guangzhou-2023");
            assertContains(text, "未检查");
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertContains(page, "<style>");
        assertFalse(page.contains("<link") || page.contains("<script") || page.contains("src="), "HTML 不应引用外部资源");
        assertContains(page, "“三公”经费控制情况");
    }

    @Test
    void docReplacesItsOwnCatalogueButNoOtherFile() throws IOException {
        Path output = temp.resolve("doc");
        assertEquals(ExitCode.OK, selfeval("rules", "doc", SHIPPED.toString(), "-o", output.toString()).exit());
        Path html = output.resolve("catalogue.html");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        Files.writeString(html, page.replace("采购合同签订时效性", "旧版"), StandardCharsets.UTF_8);
        Path markdown = Files.writeString(output.resolve("catalogue.md"), "# 我们科室的规则说明\n", StandardCharsets.UTF_8);

        Run run = selfeval("rules", "doc", SHIPPED.toString(), "-o", output.toString());

        assertEquals(ExitCode.INTERNAL_ERROR, run.exit(), run.out() + run.err());
        assertEquals("# 我们科室的规则说明\n", Files.readString(markdown, StandardCharsets.UTF_8));
        assertContains(run.err(), markdown + " 已存在，且不是 selfeval 生成的规则目录；为免覆盖它，未写入");
        assertEquals(page, Files.readString(html, StandardCharsets.UTF_8), "自己以前生成的目录照常更新");
        assertContains(run.out(), html.toString());
    }

    // ------------------------------------------------------------------ helpers

    private Path copyOfShippedPack() {
        TestFiles.copyTree(SHIPPED, temp.resolve("guangzhou-2023"));
        TestFiles.copyTree(Path.of("rules", "calendar"), temp.resolve("calendar"));
        return temp.resolve("guangzhou-2023");
    }

    /** A pack file as the commands print it (the pack folder as given, then the relative path). */
    private static String display(Path file) {
        return file.normalize().toString();
    }


    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the rule declared at or above a line of a DRL file. */
    private static String ruleAround(Path drl, int line) {
        return lines(drl).get(ruleLineAround(drl, line) - 1).replaceFirst("^rule \"(.*)\".*$", "$1");
    }

    private static int ruleLineAround(Path drl, int line) {
        List<String> lines = lines(drl);
        int at = line;
        while (!lines.get(at - 1).startsWith("rule ")) {
            at--;
        }
        return at;
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }

    /** The 1-based line where {@code text} first occurs (it may end with a line break). */
    private static int lineOf(Path file, String text) {
        String content = read(file);
        int at = content.indexOf(text);
        assertTrue(at >= 0, file + " 中找不到：" + text);
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void replaceFirst(Path file, String text, String replacement) {
        String content = read(file);
        assertTrue(content.contains(text), file + " 中找不到：" + text);
        int at = content.indexOf(text);
        write(file, content.substring(0, at) + replacement + content.substring(at + text.length()));
    }

    private static void append(Path file, String text) {
        write(file, read(file) + text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "应包含：" + expected + "\n实际输出：\n" + text);
    }
}
