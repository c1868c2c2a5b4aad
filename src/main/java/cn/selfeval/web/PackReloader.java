package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.check.PackLocator;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Safe rule updates: a changed pack is validated as {@code selfeval rules validate} does and its rule tests run as
 * {@code selfeval rules test} does, in a separate JVM ({@link IsolatedGate}) while the live pack keeps answering. Only a
 * pack that passes all of them replaces the live one, in one step with the new listing; otherwise the old pack
 * stays live and the answer says why. One reload runs at a time.
 */
public final class PackReloader {

    /** What a reload did with one pack folder. */
    public enum Decision {
        ACCEPTED("已更新"), UNCHANGED("未改变"), REFUSED("未更新：仍使用原规则包"), REMOVED("已移除（目录已不存在）");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param liveHash the content hash that answers checks after the reload
     * @param reasons  why a pack was refused (each problem a line: file:line：what), or warnings
     */
    public record PackReport(String folder, String id, Decision decision, String previousHash, String candidateHash,
            String liveHash, int testsRun, int testsFailed, List<String> reasons) {
    }

    public record Report(List<PackReport> packs) {

        public boolean allAccepted() {
            return packs.stream().noneMatch(p -> p.decision() == Decision.REFUSED);
        }
    }

    /** How long a candidate's compile and rule tests may take in their own JVM. */
    static final Duration GATE_TIMEOUT = Duration.ofSeconds(180);

    private final ServerPacks packs;
    private volatile Duration gateTimeout = GATE_TIMEOUT;

    PackReloader(ServerPacks packs) {
        this.packs = packs;
    }

    /** For tests of a looping pack: a shorter limit than the 180 seconds a large pack may need. */
    void gateTimeout(Duration timeout) {
        this.gateTimeout = timeout;
    }

    /**
     * @param name a pack's id or folder name, or null for every pack folder under the rules folder
     * @throws IllegalArgumentException when the name is neither a listed pack nor a pack folder
     */
    public synchronized Report reload(String name) {
        PackRegistry registry = packs.registry();
        PackLocator live = registry.locator();
        Map<Path, DeclaredPack> listing = new TreeMap<>();
        live.declared().forEach(d -> listing.put(PackRegistry.key(d.dir()), d));
        List<Path> dirs = name == null || name.isBlank() ? new PackLocator(packs.rulesDir()).packDirs() : List.of(dirOf(name));
        Map<Path, Checker> accepted = new LinkedHashMap<>();
        List<PackReport> reports = new ArrayList<>();
        for (Path dir : dirs) {
            Optional<PackRegistry.Status> status = registry.status(dir);
            String previous = status.filter(PackRegistry.Status::compiled)
                    .map(s -> s.checker().compiled().pack().contentHash()).orElse(null);
            Candidate candidate = candidate(dir, previous);
            if (candidate.decision() == Decision.ACCEPTED) {
                accepted.put(dir, candidate.checker());
                listing.put(PackRegistry.key(dir), candidate.declared());
            } else if (candidate.decision() == Decision.UNCHANGED) {
                listing.put(PackRegistry.key(dir), candidate.declared());
            }
            String liveHash = candidate.decision() == Decision.ACCEPTED ? candidate.hash() : previous;
            reports.add(new PackReport(dir.toString(), candidate.id(), candidate.decision(), previous, candidate.hash(),
                    liveHash, candidate.testsRun(), candidate.testsFailed(), candidate.reasons()));
        }
        if (name == null || name.isBlank()) {
            List<Path> onDisk = dirs.stream().map(PackRegistry::key).toList();
            for (DeclaredPack gone : live.declared()) {
                if (!onDisk.contains(PackRegistry.key(gone.dir()))) {
                    listing.remove(PackRegistry.key(gone.dir()));
                    reports.add(new PackReport(gone.dir().toString(), gone.manifest().id(), Decision.REMOVED, null, null,
                            null, 0, 0, List.of()));
                }
            }
        }
        registry.replace(PackLocator.of(packs.rulesDir(), List.copyOf(listing.values()), live.unreadable()), accepted);
        accepted.keySet().forEach(packs::loaded);
        return new Report(List.copyOf(reports));
    }

    private record Candidate(Decision decision, String id, DeclaredPack declared, Checker checker, String hash,
            int testsRun, int testsFailed, List<String> reasons) {

        static Candidate refused(String id, String hash, int run, int failed, List<String> reasons) {
            return new Candidate(Decision.REFUSED, id, null, null, hash, run, failed, PackGate.limit(reasons));
        }
    }

    /**
     * Unchanged packs are known here from their hash; a pack with DRL code is refused unless the service was started
     * with --allow-pack-code; any other is judged by {@link PackGate} in its own JVM and, when it passes, compiled here
     * (compiling runs none of the pack's rules).
     */
    private Candidate candidate(Path dir, String liveHash) {
        RulePack pack;
        DeclaredPack declared;
        try {
            declared = DeclaredPack.read(dir);
            pack = RulePackLoader.load(dir);
        } catch (RulePackException e) {
            return Candidate.refused(dir.getFileName().toString(), null, 0, 0, e.problems());
        }
        String id = pack.manifest().id();
        String hash = pack.contentHash();
        if (hash.equals(liveHash)) {
            return new Candidate(Decision.UNCHANGED, id, declared, null, hash, 0, 0, List.of());
        }
        String code = packs.codeRefusal(pack);
        if (code != null) {
            return Candidate.refused(id, hash, 0, 0, List.of(code));
        }
        PackGate.Verdict verdict = IsolatedGate.run(dir, id, hash, gateTimeout);
        if (verdict.decision() != Decision.ACCEPTED) {
            return new Candidate(Decision.REFUSED, id, null, null, hash, verdict.testsRun(), verdict.testsFailed(),
                    verdict.reasons());
        }
        try {
            RulePack tested = RulePackLoader.load(dir);
            if (!tested.contentHash().equals(verdict.hash())) {
                return Candidate.refused(id, tested.contentHash(), 0, 0,
                        List.of("规则包在测试期间又被改动，未更新；请改完后再调用一次 reload"));
            }
            Checker checker = new Checker(PackCache.standard().compile(tested));
            return new Candidate(Decision.ACCEPTED, id, DeclaredPack.read(dir), checker, verdict.hash(),
                    verdict.testsRun(), 0, verdict.reasons());
        } catch (RulePackException e) {
            return Candidate.refused(id, hash, 0, 0, e.problems());
        }
    }

    private Path dirOf(String name) {
        Optional<DeclaredPack> listed = packs.registry().find(name);
        if (listed.isPresent()) {
            return listed.get().dir();
        }
        Path dir = packs.rulesDir().resolve(name).normalize();
        if (!name.contains("/") && !name.contains("\\") && !name.startsWith(".")
                && Files.isRegularFile(dir.resolve(RulePackLoader.MANIFEST))) {
            return dir;
        }
        throw new IllegalArgumentException("没有规则包 " + name + "：请写 " + packs.rulesDir() + " 下规则包的 id 或目录名");
    }

}
