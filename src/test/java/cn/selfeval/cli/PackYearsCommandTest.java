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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is checked only under a pack that declares its year and district: with --pack (and in rules diff)
 * the pack must fit, without it the one fitting pack under rules/ is chosen. "No pack" is its own message and
 * exit code 6, and one such submission in a batch does not stop the others.
 */
class PackYearsCommandTest {

    private static final String PACK_2023 = "rules/guangzhou-2023";
    private static final String DISTRICTS = "增城区、番禺区、荔湾区、越秀区、海珠区、白云区、黄埔区、花都区、南沙区、从化区";
    private static final String DISTRICTS_2021 = "天河区、番禺区、荔湾区、越秀区、海珠区、白云区、黄埔区、花都区、南沙区、从化区";

    @TempDir
    Path temp;

    @Test
    void withPackASubmissionOfAnotherYearIsRefusedNamingThePacksYears() {
        Run run = selfeval("check", "--pack", PACK_2023, "fixtures/licheng-2021.json");

        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        assertEquals(List.of("fixtures/licheng-2021.json：没有适用的规则包，未检查：",
                "  --pack 指定的规则包 rules/guangzhou-2023 适用于2023、2024、2025、2026年度（rules/guangzhou-2023/pack.yaml 的 years），"
                        + "该填报为2021年度",
                "  请用 --pack 指定适用于该填报的规则包，或不写 --pack，按填报的年度和区从 rules 中自动选择。"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void withPackASubmissionOfAnotherDistrictIsRefusedNamingThePacksDistricts() throws IOException {
        Path shenzhen = fixtureWith("clean-2023.json", "\"district\": \"增城区\"", "\"district\": \"深圳市南山区\"");

        Run run = selfeval("check", "--pack", PACK_2023, shenzhen.toString());

        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        assertTrue(run.err().contains("--pack 指定的规则包 rules/guangzhou-2023 适用于" + DISTRICTS
                + "（rules/guangzhou-2023/pack.yaml 的 districts），该填报的区为深圳市南山区"), run.err());
    }

    @Test
    void aRefusedSubmissionInABatchDoesNotStopTheOthers() throws IOException {
        Path reports = temp.resolve("reports");

        Run run = selfeval("check", "--pack", PACK_2023, "-o", reports.toString(),
                "fixtures/licheng-2021.json", "fixtures/lihu-2023.json");

        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        assertTrue(Files.exists(reports.resolve("lihu-2023.result.txt")), run.err());
        assertTrue(Files.readString(reports.resolve("licheng-2021.result.txt")).contains("没有适用的规则包，未检查"),
                "the refused submission's result says why");
    }

    @Test
    void withoutPackAYearNoPackServesListsEveryPacksYearsAndDistrictsWithoutTheValidateHint() throws IOException {
        Path of2019 = fixtureWith("clean-2023.json", "\"year\": 2023", "\"year\": 2019");

        Run run = selfeval("check", of2019.toString());

        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        assertEquals(List.of(of2019 + "：没有适用的规则包，未检查：",
                "  rules 下没有适用于2019年度、增城区的规则包。现有规则包：",
                "    rules/guangzhou-2021（guangzhou-2021）：2021、2022年度；区：" + DISTRICTS_2021,
                "    rules/guangzhou-2023（guangzhou-2023）：2023、2024、2025、2026年度；区：" + DISTRICTS,
                "    rules/tianhe-2023（tianhe-2023）：2023、2024、2025、2026年度；区：天河区",
                "    rules/zengcheng-2021（zengcheng-2021）：2021、2022年度；区：增城区",
                "  可用 --pack 指定规则包目录。"), run.err().lines().toList());
        assertFalse(run.err().contains("rules validate"), run.err());
    }

    @Test
    void submissionsFor2024To2026AreCheckedUnderThe2023Framework() throws IOException {
        for (int year = 2024; year <= 2026; year++) {
            Path later = fixtureWith("clean-2023.json", "\"year\": 2023", "\"year\": " + year);
            Run run = selfeval("check", "--format", "json", later.toString());
            assertEquals(ExitCode.OK, run.exit(), run.err());
            assertTrue(run.out().contains("\"id\" : \"guangzhou-2023\""), run.out());
        }
    }

    @Test
    void aDistrictWrittenWithTheCityPrefixAndBlanksFindsItsPack() throws IOException {
        Path prefixed = fixtureWith("clean-2023.json", "\"district\": \"增城区\"", "\"district\": \" 广州市海珠区 \"");

        Run run = selfeval("check", prefixed.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("合计：总分 100.00 / 100 分"), run.out());
    }

    @Test
    void explainReportsNoPackWithItsExitCode() {
        Run run = selfeval("explain", "fixtures/lihu-2023.json", "--indicator", "B5.4", "--pack", "rules/guangzhou-2021");

        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        assertTrue(run.err().startsWith("fixtures/lihu-2023.json：没有适用的规则包，未说明："), run.err());
        assertTrue(run.err().contains("适用于2021、2022年度"), run.err());
    }

    @Test
    void rulesDiffComparesOnlySubmissionsBothPacksServe() {
        Run run = selfeval("rules", "diff", "--from", "rules/zengcheng-2021", "--to", PACK_2023,
                "fixtures/licheng-2021.json", "fixtures/lihu-2023.json");

        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        assertTrue(run.err().contains("fixtures/licheng-2021.json：没有适用的规则包，未比较：\n"
                + "  --to 指定的规则包 rules/guangzhou-2023 适用于2023、2024、2025、2026年度"), run.err());
        assertTrue(run.err().contains("fixtures/lihu-2023.json：没有适用的规则包，未比较：\n"
                + "  --from 指定的规则包 rules/zengcheng-2021 适用于2021、2022年度"), run.err());
        assertTrue(run.err().contains("  请用 --from 指定适用于该填报的规则包。"), run.err());
    }

    /** A copy of a bundled fixture with one piece of text replaced. */
    private Path fixtureWith(String fixture, String text, String replacement) throws IOException {
        String json = Files.readString(Path.of("fixtures", fixture), StandardCharsets.UTF_8);
        assertTrue(json.contains(text), fixture + " 中找不到：" + text);
        Path copy = temp.resolve(fixture.replace(".json", "-" + Math.abs(replacement.hashCode()) + ".json"));
        Files.writeString(copy, json.replace(text, replacement), StandardCharsets.UTF_8);
        return copy;
    }
}
