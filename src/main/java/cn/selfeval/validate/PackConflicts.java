package cn.selfeval.validate;

import cn.selfeval.check.PackLocator;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.YamlLines;
import cn.selfeval.validate.PackValidator.Finding;
import cn.selfeval.validate.PackValidator.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Problems between the packs of a rules folder that no single pack shows. Only packs in use count: a draft
 * ({@code status: draft}) is never chosen automatically, so it may claim the live pack's years and keep its id.
 * <ul>
 * <li>two packs that both serve some year and district (error): automatic choice could not pick one. They
 *     overlap exactly when a submission would match both, with the same district normalisation as the choice
 *     ({@link PackManifest#serves}); a pack without districts serves every district;</li>
 * <li>two packs with the same id (error): their reports would name the same pack.</li>
 * </ul>
 * A pack.yaml that cannot be read takes no part; {@link PackValidator} reports it.
 */
public final class PackConflicts {

    private PackConflicts() {
    }

    /** Between every two of the packs, each pair once. */
    public static List<Finding> among(List<Path> dirs) {
        List<DeclaredPack> packs = inUse(dirs);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            for (int j = i + 1; j < packs.size(); j++) {
                findings.addAll(between(packs.get(i), packs.get(j)));
            }
        }
        return findings;
    }

    /** Between one pack and each other pack in the folder that holds it. */
    public static List<Finding> withNeighbours(Path dir) {
        Path folder = dir.getParent() == null ? Path.of("") : dir.getParent();
        List<DeclaredPack> self = inUse(List.of(dir));
        if (self.isEmpty()) {
            return List.of();
        }
        Path identity = identity(dir);
        List<Path> others = new PackLocator(folder).packDirs().stream().filter(d -> !identity(d).equals(identity)).toList();
        List<Finding> findings = new ArrayList<>();
        inUse(others).forEach(other -> findings.addAll(between(self.get(0), other)));
        return findings;
    }

    private static List<Finding> between(DeclaredPack a, DeclaredPack b) {
        List<Finding> findings = new ArrayList<>();
        Set<Integer> years = new LinkedHashSet<>(a.manifest().years());
        years.retainAll(b.manifest().years());
        String districts = commonDistricts(a.manifest(), b.manifest());
        if (!years.isEmpty() && districts != null) {
            findings.add(new Finding(Severity.ERROR, at(a, "years") + "：与 " + b.manifestFile() + " 都适用于 "
                    + years.stream().map(String::valueOf).collect(Collectors.joining("、")) + "年度的" + districts
                    + "（两个正式规则包的 years 和 districts 重叠，自动选择无法决定用哪一个）："
                    + "草稿请在 pack.yaml 中写 status: draft，否则改正其中一个的 years 或 districts"));
        }
        if (a.manifest().id().strip().equals(b.manifest().id().strip())) {
            findings.add(new Finding(Severity.ERROR, at(a, "id") + "：id " + a.manifest().id() + " 与 " + b.manifestFile()
                    + " 的相同；检查报告以 id 标明所用的规则包，两个正式规则包须用不同的 id"));
        }
        return findings;
    }

    /** The districts both serve ("增城区、天河区", "全部区"), or null when they have none in common. */
    private static String commonDistricts(PackManifest a, PackManifest b) {
        if (a.districts().isEmpty() && b.districts().isEmpty()) {
            return "全部区";
        }
        if (a.districts().isEmpty() || b.districts().isEmpty()) {
            PackManifest listing = a.districts().isEmpty() ? b : a;
            return String.join("、", listing.districts());
        }
        List<String> common = a.districts().stream().filter(b::servesDistrict).toList();
        return common.isEmpty() ? null : String.join("、", common);
    }

    private static List<DeclaredPack> inUse(List<Path> dirs) {
        List<DeclaredPack> packs = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                DeclaredPack pack = DeclaredPack.read(dir);
                if (!pack.manifest().draft()) {
                    packs.add(pack);
                }
            } catch (RulePackException e) {
                // reported with its file and line by PackValidator
            }
        }
        return packs;
    }

    private static String at(DeclaredPack pack, String key) {
        Integer line = YamlLines.topLevelKeys(pack.manifestFile()).get(key);
        return pack.manifestFile() + (line == null ? "" : ":" + line);
    }

    private static Path identity(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
