package cn.selfeval.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.rulepack.RulePackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing a pack by year and district. The packs here are pack.yaml files and nothing else: choosing must not
 * need (or load) the rest of a pack.
 */
class PackLocatorTest {

    @TempDir
    Path rules;

    @Test
    void thePackWhoseYearsAndDistrictsFitIsChosenFromTheManifestsAlone() throws IOException {
        pack("gz-2021", "years: [2021, 2022]\nregion: 广州市\ndistricts: [海珠区, 天河区]\n");
        pack("gz-2023", "years: [2023, 2024]\nregion: 广州市\ndistricts: [海珠区, 天河区]\n");
        PackLocator locator = new PackLocator(rules);
        assertEquals(rules.resolve("gz-2021"), locator.dirFor(2022, "海珠区"));
        assertEquals(rules.resolve("gz-2023"), locator.dirFor(2024, "广州市天河区"));
        assertEquals(rules.resolve("gz-2023"), locator.dirFor(2023, " 天河区 "));
    }

    @Test
    void noFittingPackListsEveryPacksYearsAndDistricts() throws IOException {
        pack("gz-2021", "years: [2021, 2022]\nregion: 广州市\ndistricts: [海珠区, 天河区]\n");
        pack("gz-2023", "years: [2023]\nregion: 广州市\ndistricts: [增城区]\n");
        NoMatchingPackException e = assertThrows(NoMatchingPackException.class,
                () -> new PackLocator(rules).dirFor(2023, "海珠区"));
        assertEquals(List.of(rules + " 下没有适用于2023年度、海珠区的规则包。现有规则包：",
                "  " + rules.resolve("gz-2021") + "（gz-2021）：2021、2022年度；区：海珠区、天河区",
                "  " + rules.resolve("gz-2023") + "（gz-2023）：2023年度；区：增城区",
                "可用 --pack 指定规则包目录。"), e.problems());
    }

    @Test
    void aDraftIsNeverChosenEvenWhenItClaimsTheLivePacksYears() throws IOException {
        pack("gz-2023", "years: [2023]\n");
        pack("gz-2023-draft", "years: [2023]\nstatus: draft\n");
        assertEquals(rules.resolve("gz-2023"), new PackLocator(rules).dirFor(2023, "海珠区"));
    }

    @Test
    void aDraftAloneIsNamedButNotChosen() throws IOException {
        pack("gz-2027-draft", "years: [2027]\nstatus: draft\n");
        NoMatchingPackException e = assertThrows(NoMatchingPackException.class,
                () -> new PackLocator(rules).dirFor(2027, "海珠区"));
        Path draft = rules.resolve("gz-2027-draft");
        assertTrue(e.problems().contains("  " + draft + "（gz-2027-draft，草稿：只在用 --pack 指定时使用）：2027年度；区：不限"),
                e.getMessage());
        assertTrue(e.problems().contains("草稿规则包 " + draft + " 适用于该年度和区，但草稿不会被自动选择；要用它检查，请写 --pack " + draft),
                e.getMessage());
    }

    @Test
    void twoLivePacksForTheSameYearAndDistrictAreRefusedNamingBothFiles() throws IOException {
        pack("gz-2023", "years: [2023]\ndistricts: [海珠区]\n");
        pack("gz-2023-copy", "years: [2023]\ndistricts: [海珠区]\n");
        RulePackException e = assertThrows(RulePackException.class, () -> new PackLocator(rules).dirFor(2023, "海珠区"));
        assertFalse(e instanceof NoMatchingPackException, "重叠是规则包的问题，不是“没有规则包”");
        assertTrue(e.getMessage().startsWith(rules.resolve("gz-2023/pack.yaml") + " 与 " + rules.resolve("gz-2023-copy/pack.yaml")
                + " 都适用于2023年度、海珠区"), e.getMessage());
    }

    @Test
    void anUnreadablePackYamlDoesNotStopTheChoiceOfAnotherPack() throws IOException {
        pack("gz-2023", "years: [2023]\n");
        pack("broken-draft", "years: [2023\n");
        assertEquals(rules.resolve("gz-2023"), new PackLocator(rules).dirFor(2023, "海珠区"));
    }

    @Test
    void anUnreadablePackYamlIsNamedWhenNoPackFits() throws IOException {
        pack("gz-2023", "years: [2023]\n");
        pack("no-years", "region: 广州市\n");
        RulePackException e = assertThrows(RulePackException.class, () -> new PackLocator(rules).dirFor(2024, "海珠区"));
        assertFalse(e instanceof NoMatchingPackException, "pack.yaml 有错时可能正是它适用：按规则包错误报告");
        assertTrue(e.problems().contains("以下规则包的 pack.yaml 无法读取，没有参与选择："), e.getMessage());
        assertTrue(e.getMessage().contains(rules.resolve("no-years/pack.yaml") + "：缺少 years"), e.getMessage());
    }

    /** A pack folder with only a pack.yaml: id from the folder name, version 1, and the given lines. */
    private void pack(String name, String lines) throws IOException {
        Path dir = rules.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pack.yaml"), "id: " + name + "\nversion: 1\n" + lines, StandardCharsets.UTF_8);
    }
}
