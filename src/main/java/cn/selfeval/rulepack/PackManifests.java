package cn.selfeval.rulepack;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a pack folder's pack.yaml on its own, without the framework, rules or parameters: enough to know
 * which submissions the pack serves, so that choosing a pack does not load every pack.
 */
public final class PackManifests {

    private PackManifests() {
    }

    /** @throws RulePackException naming pack.yaml (and the line where known) for every problem */
    public static PackManifest read(Path packDir) {
        if (!Files.isDirectory(packDir)) {
            throw new RulePackException("规则包目录不存在：" + packDir);
        }
        Path file = packDir.resolve(RulePackLoader.MANIFEST);
        List<String> problems = new ArrayList<>();
        PackManifest manifest = RulePackLoader.read(file, new TypeReference<PackManifest>() { }, problems);
        if (manifest != null) {
            problems.addAll(problems(file, manifest));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return manifest;
    }

    /** What every pack.yaml must state itself (none of it is inherited through {@code extends}). */
    static List<String> problems(Path file, PackManifest manifest) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> lines = YamlLines.topLevelKeys(file);
        if (blank(manifest.id())) {
            problems.add(file + "：缺少 id");
        }
        if (blank(manifest.version())) {
            problems.add(file + "：缺少 version");
        }
        // A pack without years would serve no submission, or every one: neither is what its author meant.
        if (manifest.years().isEmpty()) {
            problems.add(file + lineSuffix(lines.get("years")) + "：缺少 years（本规则包适用的填报年度，如 years: [2023, 2024]）；"
                    + "没有年度的规则包不会被选用，也不能用 --pack 检查填报");
        }
        if (manifest.status() != null && !manifest.draft()) {
            problems.add(file + lineSuffix(lines.get("status")) + "：status 只能写 " + PackManifest.DRAFT
                    + "（草稿：只在用 --pack 指定时使用），实为“" + manifest.status() + "”；正式使用的规则包不写 status");
        }
        if (manifest.frameworkVerifiedFor() != null) {
            for (String district : manifest.frameworkVerifiedFor()) {
                if (!manifest.servesDistrict(district)) {
                    problems.add(file + lineSuffix(lines.get("frameworkVerifiedFor")) + "：frameworkVerifiedFor 中的“" + district
                            + "”不在 districts 中；只能写本规则包适用的区");
                }
            }
        }
        return problems;
    }

    private static String lineSuffix(Integer line) {
        return line == null ? "" : ":" + line;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
