package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.check.PackLocator;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.rulepack.DeclaredPack;
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

    private ServerPacks(Path rulesDir, PackRegistry registry, Clock clock) {
        this.rulesDir = rulesDir;
        this.registry = registry;
        this.clock = clock;
        this.reloader = new PackReloader(this);
    }

    /**
     * Lists the packs under the folder and compiles every one of them now (two at a time), so that the first
     * request does not wait for a compilation and a pack that does not compile is known at start.
     *
     * @throws RulePackException when the folder does not exist or holds no pack
     */
    public static ServerPacks open(Path rulesDir, Clock clock) {
        PackLocator locator = PackLocator.read(rulesDir);
        if (locator.declared().isEmpty()) {
            List<String> problems = new ArrayList<>();
            problems.add(rulesDir + " 下没有规则包（含 pack.yaml 的目录）");
            problems.addAll(locator.unreadable());
            throw new RulePackException(problems);
        }
        ServerPacks packs = new ServerPacks(rulesDir, new PackRegistry(locator, PackCache.standard()::compile), clock);
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
