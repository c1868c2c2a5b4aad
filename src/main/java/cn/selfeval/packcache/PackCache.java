package cn.selfeval.packcache;

import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.rulepack.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * Compiles rule packs, keeping the Drools rules built from their DRL between runs so that an unchanged pack is
 * not built again: building is most of a cold check's time, reading the stored rules a fraction of it.
 * <ul>
 * <li>The key is the rule sources and selfeval's build ({@link CacheKey}); a changed .drl file, or a new build of
 *     selfeval, is built afresh by itself. Checks, parameters, framework and calendar are always read from the pack.
 * <li>A new entry is stored only after the pack's whole test suite gave identical results on the rules just built
 *     and on the same rules read back from their stored form ({@link EngineAgreement}); where they differ the key
 *     is refused for good and the pack is built at every run.
 * <li>An entry that cannot be read (truncated, altered, from an incompatible build) is deleted and rebuilt.
 * </ul>
 */
public final class PackCache {

    /** Where the compiled pack came from. */
    public enum Source { CACHE, BUILT_AND_STORED, BUILT }

    /** @param note why the build was not stored, or null */
    public record Compiled(CompiledPack pack, Source source, String note) {
    }

    private final CacheDirectory directory;
    private final BuildInfo build;

    private PackCache(CacheDirectory directory) {
        this.directory = directory;
        this.build = BuildInfo.current();
    }

    /** The folder named by -Dselfeval.cache / SELFEVAL_CACHE, else the user's cache folder; none when "off". */
    public static PackCache standard() {
        return new PackCache(CacheDirectory.standard().orElse(null));
    }

    public static PackCache in(Path dir) {
        return new PackCache(new CacheDirectory(dir));
    }

    public static PackCache off() {
        return new PackCache(null);
    }

    /** The folder, when caching is on. */
    public Optional<Path> dir() {
        return Optional.ofNullable(directory).map(CacheDirectory::dir);
    }

    /** @throws cn.selfeval.rulepack.RulePackException when the pack does not compile */
    public CompiledPack compile(RulePack pack) {
        return compiled(pack).pack();
    }

    /** Like {@link #compile}, also telling whether the stored rules were used. */
    public Compiled compiled(RulePack pack) {
        if (directory == null) {
            return new Compiled(RuleCompiler.compile(pack), Source.BUILT, "缓存已关闭（" + CacheDirectory.PROPERTY + "="
                    + CacheDirectory.OFF + "）");
        }
        CacheKey key = CacheKey.of(pack, build);
        KieBase stored = stored(key);
        if (stored != null) {
            return new Compiled(RuleCompiler.compile(pack, stored), Source.CACHE, null);
        }
        CompiledPack built = RuleCompiler.compile(pack);
        String refused = directory.refusal(key);
        if (refused != null) {
            return new Compiled(built, Source.BUILT, refused);
        }
        byte[] bytes = KiePackageFiles.write(built.kieBase());
        CompiledPack readBack;
        try {
            readBack = RuleCompiler.compile(pack, KiePackageFiles.read(bytes));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            String reason = "编译结果无法存储后读回：" + e;
            directory.refuse(key, reason);
            return new Compiled(built, Source.BUILT, reason);
        }
        EngineAgreement.Verdict verdict = EngineAgreement.compare(built, readBack);
        if (!verdict.agree()) {
            if (verdict.differ()) {
                directory.refuse(key, verdict.reason());
            }
            return new Compiled(built, Source.BUILT, verdict.reason());
        }
        return directory.write(key, bytes) ? new Compiled(built, Source.BUILT_AND_STORED, null)
                : new Compiled(built, Source.BUILT, "缓存目录 " + directory.dir() + " 无法写入");
    }

    /** The stored rules of the key, or null; an entry that cannot be used is removed. */
    private KieBase stored(CacheKey key) {
        byte[] bytes = directory.read(key);
        if (bytes == null) {
            return null;
        }
        try {
            return KiePackageFiles.read(bytes);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            directory.forget(key);
            return null;
        }
    }
}
