package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.check.PackLocator;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.RuleCoverage;
import cn.selfeval.ruletest.RuleTestRunner;
import cn.selfeval.validate.PackConflicts;
import cn.selfeval.validate.PackValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Safe rule updates: a changed pack is loaded, validated as {@code selfeval rules validate} does and its rule
 * tests run as {@code selfeval rules test} does, off to the side while the live pack keeps answering. Only a
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

    private static final int MAX_REASONS = 50;

    private final ServerPacks packs;

    PackReloader(ServerPacks packs) {
        this.packs = packs;
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
            Candidate candidate = gate(dir, previous);
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

    private record Candidate(Decision decision, String id, DeclaredPack declared, Checker checker, String hash,
            int testsRun, int testsFailed, List<String> reasons) {

        static Candidate refused(String id, String hash, int run, int failed, List<String> reasons) {
            return new Candidate(Decision.REFUSED, id, null, null, hash, run, failed, limit(reasons));
        }
    }

    private static Candidate gate(Path dir, String liveHash) {
        DeclaredPack declared;
        RulePack pack;
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
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<PackValidator.Finding> findings = new ArrayList<>(PackValidator.validate(dir).findings());
        findings.addAll(PackConflicts.withNeighbours(dir));
        for (PackValidator.Finding f : findings) {
            (f.error() ? reasons : warnings).add((f.error() ? "" : "警告：") + f.text());
        }
        if (!reasons.isEmpty()) {
            reasons.add(0, "rules validate 发现 " + reasons.size() + " 个错误：");
            return Candidate.refused(id, hash, 0, 0, reasons);
        }
        Checker checker;
        List<CaseResult> results;
        try {
            checker = new Checker(PackCache.standard().compile(pack));
            results = new RuleTestRunner(pack, checker).runAll();
        } catch (RulePackException e) {
            return Candidate.refused(id, hash, 0, 0, e.problems());
        }
        int failed = 0;
        for (CaseResult result : results) {
            if (!result.passed()) {
                failed++;
                reasons.add("测试失败：" + pack.displayPath(result.file()) + "「" + result.caseName() + "」："
                        + String.join("；", result.failures()).replace('\n', ' '));
            }
        }
        RuleCoverage coverage = RuleCoverage.of(checker.compiled().rulesByName().keySet(), results);
        coverage.neverFires().forEach(rule -> reasons.add("覆盖不足：规则「" + rule + "」没有产生结果的测试用例"));
        coverage.neverSilent().forEach(rule -> reasons.add("覆盖不足：规则「" + rule + "」没有不产生结果的测试用例"));
        cn.selfeval.ruletest.WatchCoverage.of(checker.compiled().checks(), new RuleTestRunner(pack, checker).testFiles())
                .neverWatched().forEach(check -> reasons.add("预警覆盖不足：检查「" + check + "」没有 watch 用例"));
        if (!reasons.isEmpty()) {
            reasons.add(0, "rules test：" + results.size() + " 个用例中 " + failed + " 个失败" + (coverage.complete() ? "" : "，覆盖不足") + "：");
            return Candidate.refused(id, hash, results.size(), failed, reasons);
        }
        return new Candidate(Decision.ACCEPTED, id, declared, checker, hash, results.size(), 0, limit(warnings));
    }

    private static List<String> limit(List<String> reasons) {
        if (reasons.size() <= MAX_REASONS) {
            return List.copyOf(reasons);
        }
        List<String> first = new ArrayList<>(reasons.subList(0, MAX_REASONS));
        first.add("……另有 " + (reasons.size() - MAX_REASONS) + " 条（请运行 selfeval rules validate / rules test 查看全部）");
        return first;
    }
}
