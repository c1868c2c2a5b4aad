package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.cli.CliRun.Run;
import cn.selfeval.rulepack.RulePackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draft workflow of docs/policy-workflow.md in a temporary installation: the shipped packs are copied into
 * its rules/ folder, and a policy officer copies the 2023 pack into a draft beside them and edits it.
 */
class DraftPackWorkflowTest {

    private static final String LIHU = "fixtures/lihu-2023.json";

    @TempDir
    Path home;

    private Path rules;
    private Path live;
    private Path draft;

    @BeforeEach
    void installCopyOfTheShippedRules() {
        rules = home.resolve("rules");
        for (String folder : new String[] {"calendar", "guangzhou-2021", "guangzhou-2023"}) {
            TestFiles.copyTree(Path.of("rules", folder), rules.resolve(folder));
        }
        live = rules.resolve("guangzhou-2023");
        draft = rules.resolve("guangzhou-2023-draft");
        System.setProperty("selfeval.home", home.toString());
    }

    @AfterEach
    void uninstall() {
        System.clearProperty("selfeval.home");
    }

    @Test
    void aDraftCopyDoesNotChangeCheckResults() throws IOException {
        String before = selfeval("check", "--format", "json", LIHU).out();
        copyLiveToDraft(true);

        Run after = selfeval("check", "--format", "json", LIHU);

        assertEquals(ExitCode.OK, after.exit(), after.err());
        assertEquals(before, after.out());
        assertTrue(after.out().contains("\"id\" : \"guangzhou-2023\""), after.out());
        // The copy in the temporary installation is byte for byte the shipped pack: same hash, same result.
        assertTrue(after.out().contains(RulePackLoader.load(Path.of("rules", "guangzhou-2023")).contentHash()), after.out());
    }

    @Test
    void theDraftIsUsedWhenNamedAndComparedWithRulesDiff() throws IOException {
        copyLiveToDraft(true);

        Run checked = selfeval("check", "--pack", draft.toString(), LIHU);
        Run diff = selfeval("rules", "diff", "--from", live.toString(), "--to", draft.toString(), LIHU);

        assertEquals(ExitCode.OK, checked.exit(), checked.err());
        assertTrue(checked.out().contains("合计：总分 95.20 / 100 分"), checked.out());
        assertEquals(ExitCode.OK, diff.exit(), diff.err());
        assertTrue(diff.out().contains(LIHU + "：已检查指标得分 94.70 → 95.20"), diff.out());
    }

    @Test
    void aDraftMayClaimTheLivePacksYearsAndId() throws IOException {
        copyLiveToDraft(true);

        Run run = selfeval("rules", "validate");

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().endsWith("检查了 3 个规则包：0 个错误，0 个警告，没有发现问题\n"), run.out());
    }

    @Test
    void aCopyNotMarkedDraftIsAValidateErrorNamingBothFoldersAndTheOverlap() throws IOException {
        copyLiveToDraft(false);
        Path livePack = live.resolve("pack.yaml");
        Path copyPack = draft.resolve("pack.yaml");
        String overlap = "：与 " + copyPack + " 都适用于 2023、2024、2025、2026年度的增城区、番禺区、荔湾区、越秀区、海珠区、"
                + "白云区、黄埔区、花都区、南沙区、从化区（两个正式规则包的 years 和 districts 重叠，自动选择无法决定用哪一个）："
                + "草稿请在 pack.yaml 中写 status: draft，否则改正其中一个的 years 或 districts";
        String sameId = "：id guangzhou-2023 与 " + copyPack + " 的相同；检查报告以 id 标明所用的规则包，两个正式规则包须用不同的 id";

        Run all = selfeval("rules", "validate");
        Run one = selfeval("rules", "validate", draft.toString());

        assertEquals(ExitCode.FINDINGS, all.exit(), all.out());
        assertTrue(all.out().contains(livePack + ":" + lineOf(livePack, "years:") + overlap), all.out());
        assertTrue(all.out().contains(livePack + ":" + lineOf(livePack, "id:") + sameId), all.out());
        assertTrue(all.out().contains("检查了 3 个规则包：2 个错误"), all.out());
        // Validating only the copy still compares it with the packs beside it.
        assertEquals(ExitCode.FINDINGS, one.exit(), one.out());
        assertTrue(one.out().contains(copyPack + ":" + lineOf(copyPack, "years:") + "：与 " + livePack + " 都适用于 2023、"), one.out());
    }

    @Test
    void aCopyNotMarkedDraftStopsAutomaticChoiceNamingBothPaths() throws IOException {
        copyLiveToDraft(false);

        Run run = selfeval("check", LIHU);

        assertEquals(ExitCode.RULE_PACK_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains(live.resolve("pack.yaml") + " 与 " + draft.resolve("pack.yaml") + " 都适用于2023年度、增城区"),
                run.err());
    }

    @Test
    void theDraftsCatalogueNeverReplacesTheLivePacksCatalogue() throws IOException {
        copyLiveToDraft(true);
        Path output = home.resolve("doc");

        Run run = selfeval("rules", "doc", "-o", output.toString());

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        String liveCatalogue = Files.readString(output.resolve("guangzhou-2023/catalogue.md"), StandardCharsets.UTF_8);
        String draftCatalogue = Files.readString(output.resolve("drafts/guangzhou-2023-draft/catalogue.md"), StandardCharsets.UTF_8);
        assertTrue(liveCatalogue.contains(RulePackLoader.load(live).contentHash()), liveCatalogue);
        assertTrue(draftCatalogue.contains(RulePackLoader.load(draft).contentHash()), draftCatalogue);
        assertFalse(liveCatalogue.contains(RulePackLoader.load(draft).contentHash()));
    }

    @Test
    void theDefaultCatalogueFolderIsNamedAfterThePackFolderAndDraftsHaveTheirOwn() throws IOException {
        copyLiveToDraft(true);
        Path base = Path.of("target", "rules-doc");

        assertEquals(base.resolve("guangzhou-2023"), RulesDocCommand.catalogueFolder(base, RulePackLoader.load(live)));
        assertEquals(base.resolve("drafts/guangzhou-2023-draft"), RulesDocCommand.catalogueFolder(base, RulePackLoader.load(draft)));
    }

    /**
     * Step 1–3 of the workflow: copy the live folder, mark the copy a draft (or forget to), and lower the
     * intent-publication lead time from 30 to 20 days.
     */
    private void copyLiveToDraft(boolean markDraft) throws IOException {
        TestFiles.copyTree(live, draft);
        if (markDraft) {
            Files.writeString(draft.resolve("pack.yaml"), "status: draft\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        Path params = draft.resolve("procurement/intent-timeliness.params.yaml");
        Files.writeString(params, Files.readString(params).replaceFirst("value: 30", "value: 20"));
    }

    private static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int at = content.indexOf(text);
        assertTrue(at >= 0, file + " 中找不到：" + text);
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
