package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.cli.CliRun.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules validate|test} on a pack that extends another: messages name the real file, own or inherited. */
class DerivedPackCommandTest {

    private static final Path PARENT = Path.of("rules", "guangzhou-2023");
    private static final Path DERIVED = Path.of("src", "test", "resources", "packs", "derived-2023");

    @TempDir
    Path temp;

    @Test
    void derivedPackValidatesClean() {
        Run run = selfeval("rules", "validate", DERIVED.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertEquals("检查了 1 个规则包：0 个错误，0 个警告，没有发现问题", run.lastLine(), run.out());
    }

    @Test
    void derivedPackTestsPassWithItsOwnAndInheritedTestFiles() {
        Run run = selfeval("rules", "test", DERIVED.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("覆盖：全部"), run.out());
        assertTrue(run.lastLine().endsWith(" 0 failed"), run.out());
    }

    @Test
    void aFailingInheritedTestNamesTheParentsFileAndAFailingOwnTestTheChilds() throws IOException {
        Path pack = temp.resolve("strict");
        Files.createDirectories(pack.resolve("procurement"));
        write(pack.resolve("pack.yaml"), "id: strict\nversion: 0.0.1\nyears: [2023]\nextends: '"
                + PARENT.toAbsolutePath() + "'\n");
        // 30 → 31 days: the parent's "间隔30日，符合" case now fails, and so does this pack's own case.
        write(pack.resolve("strict.params.yaml"), """
                procurement.intent_timeliness.min_lead_days:
                  values: { 2021-01-01: { value: 31, source: { kind: default, note: 测试 } } }
                """);
        write(pack.resolve("procurement/own.tests.yaml"), """
                cases:
                  - name: 本规则包的用例
                    given:
                      procurementProjects:
                        - { id: P1, name: 保洁, category: services, budgetAmount: 300, method: publicTender,
                            intentPublishedOn: 2023-01-01, procurementStartedOn: 2023-01-31 }
                    expect:
                      - { rule: 采购意向按时公开, fact: P1 }
                """);
        Run run = selfeval("rules", "test", pack.toString());
        assertEquals(ExitCode.FINDINGS, run.exit(), run.out() + run.err());
        String inherited = PARENT.toAbsolutePath().resolve("procurement/intent-timeliness.tests.yaml").toString();
        assertTrue(run.out().contains("失败：" + inherited + "「意向2023-01-01公开，采购公告2023-01-31发布，间隔30日，符合」"), run.out());
        assertTrue(run.out().contains("失败：" + pack.resolve("procurement/own.tests.yaml") + "「本规则包的用例」"), run.out());
    }

    @Test
    void validateMessagesNameTheRealFileOfInheritedAndOwnFiles() throws IOException {
        Path pack = temp.resolve("broken");
        Files.createDirectories(pack.resolve("procurement"));
        write(pack.resolve("pack.yaml"), "id: broken\nversion: 0.0.1\nyears: [2023]\nextends: '"
                + PARENT.toAbsolutePath() + "'\n");
        // Replaces the parent's file of the same path without the deduction: the inherited rule file now uses
        // an undefined parameter (reported at the parent's .drl), and this file's own extra parameter is unused.
        write(pack.resolve("procurement/contract-filing.params.yaml"), """
                procurement.contract_filing.max_working_days:
                  values:
                    2003-01-01: { value: 7, source: { kind: statute, document: 《中华人民共和国政府采购法》, article: 第四十七条 } }
                procurement.contract_filing.spare:
                  values: { 2021-01-01: { value: 1, source: { kind: default, note: 测试 } } }
                """);
        Run run = selfeval("rules", "validate", pack.toString());
        String parentDrl = PARENT.toAbsolutePath().resolve("procurement/contract-filing.checks.yaml").toString();
        assertTrue(run.out().contains(parentDrl + ":"), run.out());
        assertTrue(run.out().contains("参数 procurement.contract_filing.deduction_per_contract 未定义"), run.out());
        assertTrue(run.out().contains(pack.resolve("procurement/contract-filing.params.yaml") + ":4：警告：参数 procurement.contract_filing.spare 未被任何检查或规则使用"),
                run.out());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
