package cn.selfeval.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.selfeval.validate.PackValidator.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs in use that claim the same year and district, or the same id; the packs here are pack.yaml files only. */
class PackConflictsTest {

    @TempDir
    Path rules;

    @Test
    void twoPacksInUseClaimingTheSameYearAndDistrictAreAnErrorNamingBothFilesAndTheOverlap() throws IOException {
        Path a = pack("a", "id: a\nversion: 1\nregion: 广州市\nyears: [2023, 2024]\ndistricts: [海珠区, 天河区]\n");
        Path b = pack("b", "id: b\nversion: 1\nregion: 广州市\nyears: [2024, 2025]\ndistricts: [广州市天河区, 增城区]\n");

        assertEquals(List.of(a.resolve("pack.yaml") + ":4：与 " + b.resolve("pack.yaml") + " 都适用于 2024年度的天河区"
                + "（两个正式规则包的 years 和 districts 重叠，自动选择无法决定用哪一个）："
                + "草稿请在 pack.yaml 中写 status: draft，否则改正其中一个的 years 或 districts"), texts(PackConflicts.among(List.of(a, b))));
    }

    @Test
    void aPackWithoutDistrictsOverlapsEveryPackOfTheSameYear() throws IOException {
        Path a = pack("a", "id: a\nversion: 1\nyears: [2023]\n");
        Path b = pack("b", "id: b\nversion: 1\nyears: [2023]\ndistricts: [海珠区]\n");
        Path c = pack("c", "id: c\nversion: 1\nyears: [2023]\n");

        List<String> findings = texts(PackConflicts.among(List.of(a, b, c)));

        assertEquals(3, findings.size(), String.join("\n", findings));
        assertEquals(a.resolve("pack.yaml") + ":3：与 " + b.resolve("pack.yaml") + " 都适用于 2023年度的海珠区", findings.get(0).split("（")[0]);
        assertEquals(a.resolve("pack.yaml") + ":3：与 " + c.resolve("pack.yaml") + " 都适用于 2023年度的全部区", findings.get(1).split("（")[0]);
    }

    @Test
    void packsOfOtherYearsOrOtherDistrictsDoNotOverlap() throws IOException {
        Path a = pack("a", "id: a\nversion: 1\nyears: [2021, 2022]\ndistricts: [海珠区]\n");
        Path b = pack("b", "id: b\nversion: 1\nyears: [2023]\ndistricts: [海珠区]\n");
        Path c = pack("c", "id: c\nversion: 1\nyears: [2023]\ndistricts: [天河区]\n");

        assertEquals(List.of(), PackConflicts.among(List.of(a, b, c)));
    }

    @Test
    void aDraftMayClaimTheLivePacksYearsAndKeepItsId() throws IOException {
        Path live = pack("live", "id: gz\nversion: 1\nyears: [2023]\n");
        Path draft = pack("draft", "id: gz\nversion: 2\nyears: [2023]\nstatus: draft\n");

        assertEquals(List.of(), PackConflicts.among(List.of(live, draft)));
    }

    @Test
    void twoPacksInUseWithTheSameIdAreAnError() throws IOException {
        Path a = pack("a", "id: gz\nversion: 1\nyears: [2021]\n");
        Path b = pack("b", "id: gz\nversion: 1\nyears: [2023]\n");

        assertEquals(List.of(a.resolve("pack.yaml") + ":1：id gz 与 " + b.resolve("pack.yaml")
                + " 的相同；检查报告以 id 标明所用的规则包，两个正式规则包须用不同的 id"), texts(PackConflicts.among(List.of(a, b))));
    }

    @Test
    void onePackIsComparedWithThePacksBesideIt() throws IOException {
        Path a = pack("a", "id: a\nversion: 1\nyears: [2023]\n");
        Path b = pack("b", "id: b\nversion: 1\nyears: [2023]\n");
        pack("c", "id: c\nversion: 1\nyears: [2023]\nstatus: draft\n");

        List<String> findings = texts(PackConflicts.withNeighbours(b));

        assertEquals(List.of(b.resolve("pack.yaml") + ":3：与 " + a.resolve("pack.yaml") + " 都适用于 2023年度的全部区"),
                findings.stream().map(f -> f.split("（")[0]).toList());
    }

    @Test
    void anUnreadablePackYamlIsLeftToThePacksOwnValidation() throws IOException {
        Path a = pack("a", "id: a\nversion: 1\nyears: [2023]\n");
        Path b = pack("b", "id: b\nversion: 1\n");

        assertEquals(List.of(), PackConflicts.among(List.of(a, b)));
    }

    private static List<String> texts(List<Finding> findings) {
        findings.forEach(f -> assertEquals(PackValidator.Severity.ERROR, f.severity()));
        return findings.stream().map(Finding::text).toList();
    }

    private Path pack(String name, String manifest) throws IOException {
        Path dir = rules.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pack.yaml"), manifest, StandardCharsets.UTF_8);
        return dir;
    }
}
