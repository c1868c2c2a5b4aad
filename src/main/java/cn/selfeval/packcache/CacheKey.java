package cn.selfeval.packcache;

import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.rulepack.RulePack;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Names built rules by what they were built from: the rule sources (the pack's DRL and selfeval's generic rules)
 * and the build of selfeval, whose classes the rules were compiled against. Checks, parameters, the framework and
 * the calendar are read afresh at every run and are not part of the key, so that editing them costs no rebuild.
 */
record CacheKey(String hex) {

    /** Bumped when the stored format changes. */
    private static final String FORMAT = "selfeval-rules-1";

    static CacheKey of(RulePack pack, BuildInfo build) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, build.toString());
        for (Map.Entry<String, String> source : RuleCompiler.ruleSources(pack).entrySet()) {
            update(digest, source.getKey());
            update(digest, source.getValue());
        }
        return new CacheKey(HexFormat.of().formatHex(digest.digest()));
    }

    /** Each part with its length first, so that no two different lists of parts give the same bytes. */
    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 运行环境缺少 SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
