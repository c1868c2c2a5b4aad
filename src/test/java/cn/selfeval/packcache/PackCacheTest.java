package cn.selfeval.packcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.report.JsonReport;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-pack cache: used when unchanged, rebuilt when anything it was built from changed or it is damaged. */
class PackCacheTest {

    static final Path PACK = Path.of("rules", "guangzhou-2023");
    static final Path LIHU = Path.of("fixtures", "lihu-2023.json");

    @TempDir
    Path temp;

    @Test
    void theFirstCompileStoresTheRulesAndTheSecondReadsThemWithTheSameScoreCard() {
        PackCache cache = PackCache.in(temp.resolve("cache"));
        RulePack pack = RulePackLoader.load(PACK);
        PackCache.Compiled first = cache.compiled(pack);
        PackCache.Compiled second = cache.compiled(pack);
        assertEquals(PackCache.Source.BUILT_AND_STORED, first.source(), first.note());
        assertEquals(PackCache.Source.CACHE, second.source());
        assertEquals(card(first), card(second));
        assertEquals(first.pack().rulesByName().keySet(), second.pack().rulesByName().keySet());
    }

    @Test
    void aDamagedOrTruncatedEntryIsIgnoredAndRebuilt() throws IOException {
        Path dir = temp.resolve("cache");
        PackCache cache = PackCache.in(dir);
        RulePack pack = RulePackLoader.load(PACK);
        String expected = card(cache.compiled(pack));
        Path entry = onlyEntry(dir);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entry, bytes);
        PackCache.Compiled afterDamage = cache.compiled(pack);
        assertEquals(PackCache.Source.BUILT_AND_STORED, afterDamage.source());
        assertEquals(expected, card(afterDamage));

        Files.write(entry, java.util.Arrays.copyOf(Files.readAllBytes(entry), 1000));
        assertEquals(PackCache.Source.BUILT_AND_STORED, cache.compiled(pack).source());
        Files.writeString(entry, "不是缓存");
        assertEquals(PackCache.Source.BUILT_AND_STORED, cache.compiled(pack).source());
        assertEquals(PackCache.Source.CACHE, cache.compiled(pack).source());
    }

    @Test
    void anEntryWhoseStoredBytesAreIntactButNotPackagesIsRemovedAndRebuilt() {
        Path dir = temp.resolve("cache");
        RulePack pack = RulePackLoader.load(PACK);
        CacheKey key = CacheKey.of(pack, BuildInfo.current());
        new CacheDirectory(dir).write(key, "intact, but no Drools packages".getBytes(StandardCharsets.UTF_8));
        PackCache.Compiled compiled = PackCache.in(dir).compiled(pack);
        assertEquals(PackCache.Source.BUILT_AND_STORED, compiled.source());
        assertEquals(PackCache.Source.CACHE, PackCache.in(dir).compiled(pack).source());
    }

    @Test
    void editingADrlFileBuildsAgainButEditingChecksOrParametersDoesNot() throws IOException {
        Path pack = FileTrees.packWithHandWrittenRules(temp.resolve("rules"));
        PackCache cache = PackCache.in(temp.resolve("cache"));
        assertEquals(PackCache.Source.BUILT_AND_STORED, cache.compiled(RulePackLoader.load(pack)).source());

        // A parameter is read from the pack at every run: the stored rules serve, and the new value counts.
        String unchanged = card(cache.compiled(RulePackLoader.load(pack)));
        Path params = pack.resolve("procurement/contract-signing.params.yaml");
        Files.writeString(params, Files.readString(params).replace("value: 0.5", "value: 0.25"));
        PackCache.Compiled edited = cache.compiled(RulePackLoader.load(pack));
        assertEquals(PackCache.Source.CACHE, edited.source());
        assertNotEquals(unchanged, card(edited));
        assertEquals(card(PackCache.off().compiled(RulePackLoader.load(pack))), card(edited));

        Path drl = Files.list(pack.resolve("procurement")).filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
        Files.writeString(drl, Files.readString(drl) + "\n// 政策人员的修改\n");
        assertEquals(PackCache.Source.BUILT_AND_STORED, cache.compiled(RulePackLoader.load(pack)).source());
        assertEquals(PackCache.Source.CACHE, cache.compiled(RulePackLoader.load(pack)).source());
    }

    @Test
    void anotherBuildOfSelfevalHasItsOwnKey() {
        RulePack pack = RulePackLoader.load(PACK);
        BuildInfo current = BuildInfo.current();
        BuildInfo other = new BuildInfo(current.build() + "-next", current.version(), current.drools());
        assertNotEquals(CacheKey.of(pack, current), CacheKey.of(pack, other));
        assertEquals(CacheKey.of(pack, current), CacheKey.of(RulePackLoader.load(PACK), current));
    }

    @Test
    void aRefusedKeyIsBuiltEveryTimeAndSaysWhy() {
        Path dir = temp.resolve("cache");
        RulePack pack = RulePackLoader.load(PACK);
        CacheKey key = CacheKey.of(pack, BuildInfo.current());
        new CacheDirectory(dir).refuse(key, "测试用例「某例」在新编译的规则和从缓存读回的规则上结果不同");
        PackCache.Compiled compiled = PackCache.in(dir).compiled(pack);
        assertEquals(PackCache.Source.BUILT, compiled.source());
        assertTrue(compiled.note().contains("结果不同"), compiled.note());
        assertNull(new CacheDirectory(dir).read(key));
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
        Path dir = temp.resolve("read-only");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            PackCache.Compiled compiled = PackCache.in(dir).compiled(RulePackLoader.load(PACK));
            if (!Files.isWritable(dir)) { // root may write anyway
                assertEquals(PackCache.Source.BUILT, compiled.source());
                assertTrue(compiled.note().contains("无法写入"), compiled.note());
            }
            assertEquals(card(compiled), card(PackCache.off().compiled(RulePackLoader.load(PACK))));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aPackWithoutTestsIsNotStored() throws IOException {
        Path rules = temp.resolve("rules");
        FileTrees.copy(Path.of("rules"), rules);
        Path pack = rules.resolve("guangzhou-2023");
        try (Stream<Path> files = Files.walk(pack)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tests.yaml")).toList()) {
                Files.delete(f);
            }
        }
        PackCache.Compiled compiled = PackCache.in(temp.resolve("cache")).compiled(RulePackLoader.load(pack));
        assertEquals(PackCache.Source.BUILT, compiled.source());
        assertTrue(compiled.note().contains("没有测试用例"), compiled.note());
    }

    @Test
    void offBuildsEveryTime() {
        PackCache.Compiled compiled = PackCache.off().compiled(RulePackLoader.load(PACK));
        assertEquals(PackCache.Source.BUILT, compiled.source());
        assertNotNull(compiled.note());
    }

    private static String card(PackCache.Compiled compiled) {
        return JsonReport.render(new Checker(compiled.pack()).check(LIHU));
    }

    private static Path onlyEntry(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".rules")).reduce((a, b) -> {
                throw new AssertionError("more than one entry: " + a + ", " + b);
            }).orElseThrow();
        }
    }

}
