package cn.selfeval.check;

import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the rule packs under a rules folder and picks the one for a submission's year and district. */
public final class PackLocator {

    private final Path rulesDir;

    public PackLocator(Path rulesDir) {
        this.rulesDir = rulesDir;
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

    /** Every pack under the rules folder, loaded. */
    public List<RulePack> packs() {
        return packDirs().stream().map(RulePackLoader::load).toList();
    }

    /** The single pack whose manifest lists the year and the district. */
    public RulePack forSubmission(int year, String district) {
        List<RulePack> all = packs();
        List<RulePack> matching = all.stream()
                .filter(p -> p.manifest().years().contains(year))
                .filter(p -> p.manifest().districts().isEmpty() || p.manifest().districts().contains(district))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String available = all.stream()
                .map(p -> p.manifest().id() + "（年度 " + p.manifest().years() + "）")
                .reduce((a, b) -> a + "、" + b).orElse("无");
        throw new RulePackException(matching.isEmpty()
                ? String.format("%s 下没有适用于%d年度、%s的规则包；现有：%s。可用 --pack 指定。", rulesDir, year, district, available)
                : String.format("%s 下有多个规则包适用于%d年度、%s：%s。请用 --pack 指定。", rulesDir, year, district,
                        matching.stream().map(p -> p.manifest().id()).toList()));
    }
}
