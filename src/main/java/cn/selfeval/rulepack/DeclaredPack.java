package cn.selfeval.rulepack;

import java.nio.file.Path;

/** A pack folder and what its pack.yaml declares, without the rest of the pack. */
public record DeclaredPack(Path dir, PackManifest manifest) {

    public static DeclaredPack read(Path dir) {
        return new DeclaredPack(dir, PackManifests.read(dir));
    }

    public Path manifestFile() {
        return dir.resolve(RulePackLoader.MANIFEST);
    }

    /** "rules/guangzhou-2023（guangzhou-2023）：2023、2024 年度；区：增城区、天河区", marked when a draft. */
    public String describe() {
        return dir + "（" + manifest.id() + (manifest.draft() ? "，草稿：只在用 --pack 指定时使用" : "") + "）："
                + manifest.scope();
    }
}
