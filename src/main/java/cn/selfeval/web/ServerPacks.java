package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.check.PackLocator;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * The server's rule packs: the packs under its rules folder, listed and compiled once at start and shared by
 * every request through one {@link PackRegistry}; {@link PackReloader} replaces them when the rules change.
 */
public final class ServerPacks {

    /** One pack as the 规则包 page and GET /api/packs show it. */
    public record PackState(DeclaredPack declared, Checker checker, List<String> problems, Instant loadedAt) {

        public boolean live() {
            return checker != null;
        }
    }

    private final Path rulesDir;
    private final PackRegistry registry;
    private final Clock clock;
    private final Map<Path, Instant> loadedAt = new ConcurrentHashMap<>();
    private final PackReloader reloader;

    private final boolean allowPackCode;

    private ServerPacks(Path rulesDir, PackRegistry registry, Clock clock, boolean allowPackCode) {
        this.rulesDir = rulesDir;
        this.registry = registry;
        this.clock = clock;
        this.allowPackCode = allowPackCode;
        this.reloader = new PackReloader(this);
    }

    /**
     * Lists the packs under the folder and compiles every one of them now (two at a time), so that the first
     * request does not wait for a compilation and a pack that does not compile is known at start.
     *
     * @throws RulePackException when the folder does not exist or holds no pack
     */
    public static ServerPacks open(Path rulesDir, Clock clock) {
        return open(rulesDir, clock, false);
    }

    /**
     * @param allowPackCode whether packs with DRL files are used ({@code serve --allow-pack-code}); without it such a
     *                      pack is listed as unusable with the reason
     */
    public static ServerPacks open(Path rulesDir, Clock clock, boolean allowPackCode) {
        PackLocator locator = PackLocator.read(rulesDir);
        if (locator.declared().isEmpty()) {
            List<String> problems = new ArrayList<>();
            problems.add(rulesDir + " 下没有规则包（含 pack.yaml 的目录）");
            problems.addAll(locator.unreadable());
            throw new RulePackException(problems);
        }
        ServerPacks[] self = new ServerPacks[1];
        ServerPacks packs = new ServerPacks(rulesDir, new PackRegistry(locator, pack -> {
            String refusal = self[0].codeRefusal(pack);
            if (refusal != null) {
                throw new RulePackException(List.of(refusal));
            }
            return PackCache.standard().compile(pack);
        }), clock, allowPackCode);
        self[0] = packs;
        ExecutorService compiler = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> compiling = new ArrayList<>();
            for (DeclaredPack pack : locator.declared()) {
                compiling.add(compiler.submit(() -> packs.compile(pack.dir())));
            }
            for (Future<?> f : compiling) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            compiler.shutdown();
        }
        return packs;
    }

    private void compile(Path dir) {
        try {
            registry.checker(dir);
        } catch (RulePackException e) {
            // Kept by the registry and shown with the pack; the other packs still serve.
        }
        loadedAt.put(PackRegistry.key(dir), clock.instant());
    }

    /**
     * Why the service will not use a pack with DRL files, or null when it has none or code is allowed: rules written
     * in DRL run as Java code in the service, so write access to such a pack is code execution as the service.
     */
    String codeRefusal(RulePack pack) {
        if (allowPackCode || pack.ruleFiles().isEmpty()) {
            return null;
        }
        String files = pack.ruleFiles().stream().map(f -> f.path()).limit(5).collect(java.util.stream.Collectors.joining("、"));
        return "规则包含有 DRL 代码文件（" + files + "）：DRL 规则在服务中作为程序代码运行，能改动规则包的人即能以服务的身份执行任意代码。"
                + "服务只在以 selfeval serve --allow-pack-code 启动时使用含 DRL 文件的规则包；否则请改用检查种类（*.checks.yaml）";
    }

    public boolean allowsPackCode() {
        return allowPackCode;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    public PackRegistry registry() {
        return registry;
    }

    public PackReloader reloader() {
        return reloader;
    }

    Clock clock() {
        return clock;
    }

    void loaded(Path dir) {
        loadedAt.put(PackRegistry.key(dir), clock.instant());
    }

    /** Every listed pack, in folder order. */
    public List<PackState> packs() {
        List<PackState> states = new ArrayList<>();
        for (DeclaredPack declared : registry.locator().declared()) {
            Optional<PackRegistry.Status> status = registry.status(declared.dir());
            states.add(new PackState(declared, status.map(PackRegistry.Status::checker).orElse(null),
                    status.map(PackRegistry.Status::problems).orElse(List.of("尚未编译")),
                    loadedAt.get(PackRegistry.key(declared.dir()))));
        }
        return states;
    }

    /** The problems of pack.yaml files that could not be read when the packs were listed. */
    public List<String> unreadable() {
        return registry.locator().unreadable();
    }

    /** A listed pack by id or folder name. */
    public Optional<PackState> find(String name) {
        return registry.find(name).flatMap(d -> packs().stream()
                .filter(p -> PackRegistry.key(p.declared().dir()).equals(PackRegistry.key(d.dir()))).findFirst());
    }
}
