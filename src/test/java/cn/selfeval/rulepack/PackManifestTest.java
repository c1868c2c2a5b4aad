package cn.selfeval.rulepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pack.yaml on its own: which years and districts a pack serves, drafts, and the fields every pack must state. */
class PackManifestTest {

    @TempDir
    Path temp;

    private static PackManifest manifest(String region, List<String> districts, List<Integer> years, String status) {
        return new PackManifest("p", "测试", "1", region, districts, years, null, null, null, status, null, null);
    }

    @Test
    void aDistrictMatchesWithOrWithoutTheRegionAndSurroundingBlanks() {
        PackManifest guangzhou = manifest("广州市", List.of("海珠区", "广州市天河区"), List.of(2023), null);
        assertTrue(guangzhou.servesDistrict("海珠区"));
        assertTrue(guangzhou.servesDistrict("广州市海珠区"));
        assertTrue(guangzhou.servesDistrict(" 广州市 海珠区　"));
        assertTrue(guangzhou.servesDistrict("天河区"), "pack.yaml 中带市名的区也按不带市名比较");
        assertFalse(guangzhou.servesDistrict("深圳市海珠区"));
        assertFalse(guangzhou.servesDistrict("南山区"));
    }

    @Test
    void aPackWithoutDistrictsServesEveryDistrictButOnlyItsYears() {
        PackManifest anyDistrict = manifest("广州市", List.of(), List.of(2023, 2024), null);
        assertTrue(anyDistrict.serves(2024, "南山区"));
        assertFalse(anyDistrict.serves(2025, "海珠区"));
    }

    @Test
    void onlyStatusDraftIsADraft() {
        assertTrue(manifest(null, List.of(), List.of(2023), "draft").draft());
        assertFalse(manifest(null, List.of(), List.of(2023), null).draft());
    }

    @Test
    void aPackYamlWithoutYearsIsRefusedNamingTheFile() throws IOException {
        Path pack = pack("no-years", "id: no-years\nversion: 1\ndistricts: [海珠区]\n");
        RulePackException e = assertThrows(RulePackException.class, () -> PackManifests.read(pack));
        assertEquals(List.of(pack.resolve("pack.yaml") + "：缺少 years（本规则包适用的填报年度，如 years: [2023, 2024]）；"
                + "没有年度的规则包不会被选用，也不能用 --pack 检查填报"), e.problems());
    }

    @Test
    void anEmptyYearsListIsRefusedAtItsLine() throws IOException {
        Path pack = pack("empty-years", "id: empty-years\nversion: 1\nyears: []\n");
        RulePackException e = assertThrows(RulePackException.class, () -> PackManifests.read(pack));
        assertTrue(e.problems().get(0).startsWith(pack.resolve("pack.yaml") + ":3：缺少 years"), e.getMessage());
    }

    @Test
    void aStatusOtherThanDraftIsRefusedAtItsLine() throws IOException {
        Path pack = pack("typo", "id: typo\nversion: 1\nyears: [2023]\nstatus: 草稿\n");
        RulePackException e = assertThrows(RulePackException.class, () -> PackManifests.read(pack));
        assertEquals(List.of(pack.resolve("pack.yaml") + ":4：status 只能写 draft（草稿：只在用 --pack 指定时使用），实为“草稿”；"
                + "正式使用的规则包不写 status"), e.problems());
    }

    @Test
    void frameworkVerifiedForNamesOnlyDistrictsThePackServesAndDecidesTheStandIn() throws IOException {
        Path pack = pack("verified", "id: verified\nversion: 1\nregion: 广州市\nyears: [2023]\ndistricts: [增城区, 海珠区]\n"
                + "frameworkVerifiedFor: [增城区, 天河区]\n");
        RulePackException e = assertThrows(RulePackException.class, () -> PackManifests.read(pack));
        assertEquals(List.of(pack.resolve("pack.yaml") + ":6：frameworkVerifiedFor 中的“天河区”不在 districts 中；只能写本规则包适用的区"),
                e.problems());

        PackManifest zengcheng = new PackManifest("p", "测试", "1", "广州市", List.of("增城区", "海珠区"), List.of(2023),
                null, null, null, null, List.of("增城区"), null);
        assertTrue(zengcheng.frameworkVerifiedFor("广州市增城区"));
        assertFalse(zengcheng.frameworkVerifiedFor("海珠区"));
        assertTrue(manifest("广州市", List.of("海珠区"), List.of(2023), null).frameworkVerifiedFor("海珠区"),
                "不写 frameworkVerifiedFor：适用的区都已核实");
    }

    @Test
    void theLoaderReportsTheSameManifestProblems() throws IOException {
        Path pack = pack("no-years-derived", "id: d\nversion: 1\nextends: '" + Path.of("rules/guangzhou-2023").toAbsolutePath() + "'\n");
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(pack));
        assertTrue(e.getMessage().contains(pack.resolve("pack.yaml") + "：缺少 years"), e.getMessage());
    }

    private Path pack(String name, String manifest) throws IOException {
        Path dir = temp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pack.yaml"), manifest, StandardCharsets.UTF_8);
        return dir;
    }
}
