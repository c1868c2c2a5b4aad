package cn.selfeval.check;

import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the rule packs under a rules folder and picks the one for a submission's year and district. Picking
 * reads only the packs' pack.yaml files (once per locator), never their rules.
 */
public final class PackLocator {

    /** The manifests that could be read, and the problems of those that could not. */
    private record Listing(List<DeclaredPack> packs, List<String> unreadable) {
    }

    private final Path rulesDir;
    private Listing listing;

    public PackLocator(Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    private PackLocator(Path rulesDir, Listing listing) {
        this.rulesDir = rulesDir;
        this.listing = listing;
    }

    /** A locator whose listing is read now and never again (a long-running process reloads by making a new one). */
    public static PackLocator read(Path rulesDir) {
        PackLocator locator = new PackLocator(rulesDir);
        locator.listing();
        return locator;
    }

    /** A locator over a given listing, e.g. the packs a server has checked and made live. */
    public static PackLocator of(Path rulesDir, List<DeclaredPack> packs, List<String> unreadable) {
        return new PackLocator(rulesDir, new Listing(List.copyOf(packs), List.copyOf(unreadable)));
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /** The packs whose pack.yaml could be read (drafts included), in folder order. */
    public List<DeclaredPack> declared() {
        return listing().packs();
    }

    /** The problems of the pack.yaml files that could not be read. */
    public List<String> unreadable() {
        return listing().unreadable();
    }

    /** Every folder directly under the rules folder that has a pack.yaml, sorted. */
    public List<Path> packDirs() {
        if (!Files.isDirectory(rulesDir)) {
            throw new RulePackException("找不到规则目录：" + rulesDir + "（可指定规则包目录，如 rules/guangzhou-2023）");
        }
        try (Stream<Path> dirs = Files.list(rulesDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(RulePackLoader.MANIFEST))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every pack under the rules folder, loaded (drafts included). */
    public List<RulePack> packs() {
        return packDirs().stream().map(RulePackLoader::load).toList();
    }

    /** The single pack that is not a draft and whose manifest lists the year and the district, loaded. */
    public RulePack forSubmission(int year, String district) {
        return RulePackLoader.load(dirFor(year, district));
    }

    /**
     * The folder of the single pack that is not a draft and whose manifest lists the year and the district.
     * A pack.yaml that cannot be read takes no part (rules validate reports it), so that a broken draft does
     * not stop every check.
     *
     * @throws NoMatchingPackException when no pack serves the year and district
     * @throws RulePackException       when several packs do, or none does and some pack.yaml could not be read
     */
    public Path dirFor(int year, String district) {
        Listing all = listing();
        List<DeclaredPack> serving = all.packs().stream().filter(p -> p.manifest().serves(year, district)).toList();
        List<DeclaredPack> live = serving.stream().filter(p -> !p.manifest().draft()).toList();
        if (live.size() == 1) {
            return live.get(0).dir();
        }
        if (live.size() > 1) {
            throw new RulePackException(String.format("%s 都适用于%d年度、%s（正式规则包的 years 和 districts 重叠），无法自动选择："
                    + "草稿规则包请在 pack.yaml 中写 status: draft，否则改正其中一个的 years 或 districts；也可用 --pack 指定规则包",
                    live.stream().map(p -> p.manifestFile().toString()).collect(Collectors.joining(" 与 ")), year, district));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s 下没有适用于%d年度、%s的规则包。现有规则包：", rulesDir, year, district));
        all.packs().forEach(p -> lines.add("  " + p.describe()));
        if (all.packs().isEmpty()) {
            lines.add("  无");
        }
        serving.forEach(draft -> lines.add("草稿规则包 " + draft.dir() + " 适用于该年度和区，但草稿不会被自动选择；要用它检查，请写 --pack "
                + draft.dir()));
        if (serving.isEmpty()) {
            lines.add("可用 --pack 指定规则包目录。");
        }
        if (!all.unreadable().isEmpty()) {
            lines.add("以下规则包的 pack.yaml 无法读取，没有参与选择：");
            all.unreadable().forEach(problem -> lines.add("  " + problem));
            throw new RulePackException(lines);
        }
        throw new NoMatchingPackException(lines);
    }

    private synchronized Listing listing() {
        if (listing == null) {
            List<DeclaredPack> packs = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            for (Path dir : packDirs()) {
                try {
                    packs.add(DeclaredPack.read(dir));
                } catch (RulePackException e) {
                    unreadable.addAll(e.problems());
                }
            }
            listing = new Listing(List.copyOf(packs), List.copyOf(unreadable));
        }
        return listing;
    }
}
