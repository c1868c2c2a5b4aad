package cn.selfeval.check;

import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The rule packs of one process, safe to share between threads: which packs there are (their pack.yaml files,
 * through a {@link PackLocator}) and their compiled checkers keyed by folder. Each pack is loaded and compiled
 * once however many submissions or requests use it, and a pack that does not compile is not compiled again for
 * every submission. {@link #replace} swaps the listing and any number of checkers in one step: a check that has
 * chosen its pack keeps the checker it chose, and no check ever sees a new listing with an old checker. A
 * Drools KieBase is thread-safe for creating sessions, so one {@link Checker} serves concurrent checks.
 */
public final class PackRegistry {

    /** A chosen pack: what its pack.yaml declares and the checker compiled from it. */
    public record Selection(DeclaredPack declared, Checker checker) {
    }

    /** What is known about one pack folder's compilation. */
    public record Status(Checker checker, List<String> problems) {

        public boolean compiled() {
            return checker != null;
        }
    }

    private record State(PackLocator locator, ConcurrentHashMap<Path, Slot> slots) {
    }

    private final AtomicReference<State> state;
    private final Function<RulePack, CompiledPack> compiler;

    /** Packs under a rules folder, listed when first needed, each built from its DRL. */
    public PackRegistry(Path rulesDir) {
        this(new PackLocator(rulesDir), RuleCompiler::compile);
    }

    /**
     * Packs as a locator lists them ({@link PackLocator#read} lists them now, for a server).
     *
     * @param compiler how a loaded pack is compiled, e.g. through {@code cn.selfeval.packcache.PackCache}
     */
    public PackRegistry(PackLocator locator, Function<RulePack, CompiledPack> compiler) {
        this.state = new AtomicReference<>(new State(locator, new ConcurrentHashMap<>()));
        this.compiler = compiler;
    }

    /** The listing the packs are chosen from. */
    public PackLocator locator() {
        return state.get().locator();
    }

    /**
     * The checker of a pack folder, loaded and compiled on first use (concurrent first uses wait for one
     * compilation); the same failure again, without compiling again, for a pack that does not compile.
     *
     * @throws RulePackException when the pack cannot be loaded or compiled
     */
    public Checker checker(Path dir) {
        return slot(state.get(), dir).get();
    }

    /**
     * The single pack in use that serves the year and district, and its checker, from one listing.
     *
     * @throws NoMatchingPackException when no pack serves them
     * @throws RulePackException       when several do, or the pack cannot be compiled
     */
    public Selection select(int year, String district) {
        State current = state.get();
        Path dir = current.locator().dirFor(year, district);
        return new Selection(declared(current, dir), slot(current, dir).get());
    }

    /**
     * A pack named by its id or folder name (drafts too, as with --pack), refused when its pack.yaml does not
     * list the year or the district.
     *
     * @param option how the caller names the choice in the message, e.g. "pack=guangzhou-2023"
     * @throws NoMatchingPackException when there is no such pack, or it does not serve the year or district
     */
    public Selection select(String name, int year, String district, String option) {
        State current = state.get();
        DeclaredPack declared = find(current, name).orElseThrow(() -> {
            List<String> lines = new ArrayList<>();
            lines.add(option + "：没有这个规则包（写规则包的 id 或目录名）。现有规则包：");
            current.locator().declared().forEach(d -> lines.add("  " + d.describe()));
            if (current.locator().declared().isEmpty()) {
                lines.add("  无");
            }
            return new NoMatchingPackException(lines);
        });
        PackManifest manifest = declared.manifest();
        String named = option + " 指定的规则包 " + manifest.id() + " 适用于";
        if (!manifest.servesYear(year)) {
            throw new NoMatchingPackException(List.of(String.format("%s%s年度（%s 的 years），该填报为%d年度", named,
                    manifest.yearList(), declared.manifestFile(), year), "请指定适用于该填报的规则包，或不指定，按填报的年度和区自动选择。"));
        }
        if (!manifest.servesDistrict(district)) {
            throw new NoMatchingPackException(List.of(String.format("%s%s（%s 的 districts），该填报的区为%s", named,
                    String.join("、", manifest.districts()), declared.manifestFile(), district),
                    "请指定适用于该填报的规则包，或不指定，按填报的年度和区自动选择。"));
        }
        return new Selection(declared, slot(current, declared.dir()).get());
    }

    /** A listed pack by its id or its folder's name. */
    public Optional<DeclaredPack> find(String name) {
        return find(state.get(), name);
    }

    /** The compilation state of a folder, without compiling it; empty when it was never asked for. */
    public Optional<Status> status(Path dir) {
        Slot slot = state.get().slots().get(key(dir));
        return slot == null ? Optional.empty() : slot.status();
    }

    /**
     * Makes a new listing and new checkers live in one step; folders that the new listing no longer has and
     * that were not replaced are forgotten, the others keep their checkers.
     */
    public synchronized void replace(PackLocator listing, Map<Path, Checker> checkers) {
        State old = state.get();
        Set<Path> listed = ConcurrentHashMap.newKeySet();
        listing.declared().forEach(d -> listed.add(key(d.dir())));
        ConcurrentHashMap<Path, Slot> slots = new ConcurrentHashMap<>();
        old.slots().forEach((dir, slot) -> {
            if (listed.contains(dir)) {
                slots.put(dir, slot);
            }
        });
        checkers.forEach((dir, checker) -> slots.put(key(dir), new Slot(dir, checker)));
        state.set(new State(listing, slots));
    }

    /** The key of a folder however it is written. */
    public static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    private static Optional<DeclaredPack> find(State state, String name) {
        String wanted = name == null ? "" : name.strip();
        return state.locator().declared().stream()
                .filter(d -> d.manifest().id().equals(wanted) || d.dir().getFileName().toString().equals(wanted))
                .findFirst();
    }

    private static DeclaredPack declared(State state, Path dir) {
        return state.locator().declared().stream().filter(d -> key(d.dir()).equals(key(dir))).findFirst()
                .orElseGet(() -> DeclaredPack.read(dir));
    }

    private Slot slot(State state, Path dir) {
        return state.slots().computeIfAbsent(key(dir), k -> new Slot(dir, compiler));
    }

    /** One folder's checker, compiled at most once. */
    private static final class Slot {
        private final Path dir;
        private final Function<RulePack, CompiledPack> compiler;
        private Checker checker;
        private RulePackException failure;

        Slot(Path dir, Function<RulePack, CompiledPack> compiler) {
            this.dir = dir;
            this.compiler = compiler;
        }

        Slot(Path dir, Checker checker) {
            this.dir = dir;
            this.compiler = null;
            this.checker = checker;
        }

        synchronized Checker get() {
            if (checker == null && failure == null) {
                try {
                    checker = new Checker(compiler.apply(RulePackLoader.load(dir)));
                } catch (RulePackException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return checker;
        }

        synchronized Optional<Status> status() {
            if (checker != null) {
                return Optional.of(new Status(checker, List.of()));
            }
            return failure == null ? Optional.empty() : Optional.of(new Status(null, failure.problems()));
        }
    }
}
