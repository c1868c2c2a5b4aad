package cn.selfeval.rulepack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The effective files of a pack whose pack.yaml may say {@code extends: ../other-pack}: the parent's files
 * (recursively, its own parent's) overlaid by the pack's own. A file of the pack with the same pack-relative
 * path as a parent's file replaces it; every other parent file is inherited as it is on disk.
 *
 * <p>Layers are numbered from the pack itself (0) up its chain of parents (1, 2, …). The effective files map
 * each pack-relative path (forward slashes) to the real file, and record the layer it comes from, so that
 * a parameter defined in a nearer layer can replace one of the same name in a farther layer.
 */
public final class PackOverlay {

    /** One pack of the chain: its folder and its own pack.yaml. */
    public record Layer(Path dir, PackManifest manifest) {
    }

    /** The working-day calendar file and the pack.yaml that names it. */
    public record CalendarRef(Path file, Path declaredIn) {
    }

    private final List<Layer> layers;
    private final SortedMap<String, Path> files;
    private final Map<String, Integer> layerOf;

    private PackOverlay(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        SortedMap<String, Path> effective = new TreeMap<>();
        Map<String, Integer> from = new HashMap<>();
        for (int depth = layers.size() - 1; depth >= 0; depth--) {
            Path dir = layers.get(depth).dir();
            for (Path file : regularFiles(dir)) {
                String relative = RulePackLoader.relative(dir, file);
                effective.put(relative, file);
                from.put(relative, depth);
            }
        }
        this.files = Collections.unmodifiableSortedMap(effective);
        this.layerOf = Map.copyOf(from);
    }

    /**
     * Follows {@code extends} from a pack whose own manifest has been read.
     *
     * @param readManifest reads the pack.yaml of a parent folder (throws {@link RulePackException} when it cannot)
     * @throws RulePackException naming the pack.yaml whose {@code extends} points at a missing folder or closes a cycle
     */
    public static PackOverlay resolve(Path dir, PackManifest manifest, Function<Path, PackManifest> readManifest) {
        List<Layer> chain = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        Layer layer = new Layer(dir, manifest);
        while (true) {
            chain.add(layer);
            seen.add(identity(layer.dir()));
            if (layer.manifest() == null || !layer.manifest().extendsAnother()) {
                return new PackOverlay(chain);
            }
            Path declaredIn = layer.dir().resolve(RulePackLoader.MANIFEST);
            Path parentDir = layer.dir().resolve(layer.manifest().parent().strip()).normalize();
            if (!Files.isRegularFile(parentDir.resolve(RulePackLoader.MANIFEST))) {
                throw new RulePackException(declaredIn + "：extends 指向的上级规则包不存在：" + parentDir
                        + (Files.isDirectory(parentDir) ? "（该目录中没有 pack.yaml）" : "（目录不存在）")
                        + "；extends 的路径相对于本规则包目录，如 ../guangzhou-2023");
            }
            if (seen.contains(identity(parentDir))) {
                String cycle = Stream.concat(chain.stream().map(Layer::dir), Stream.of(parentDir))
                        .map(Path::toString).collect(Collectors.joining(" → "));
                throw new RulePackException(declaredIn + "：extends 形成循环（" + cycle + "），规则包不能直接或间接继承自身");
            }
            layer = new Layer(parentDir, readManifest.apply(parentDir.resolve(RulePackLoader.MANIFEST)));
        }
    }

    /** A pack that extends nothing (or whose manifest could not be read). */
    public static PackOverlay single(Path dir, PackManifest manifest) {
        return new PackOverlay(List.of(new Layer(dir, manifest)));
    }

    /** The pack itself first, then its parent, grandparent, … */
    public List<Layer> layers() {
        return layers;
    }

    /** Every effective file: pack-relative path → real file, sorted by path. */
    public SortedMap<String, Path> files() {
        return files;
    }

    /** 0 for the pack's own files, 1 for files inherited from the parent, 2 from the grandparent, … */
    public int layerOf(String relative) {
        return layerOf.getOrDefault(relative, 0);
    }

    /** The effective files whose name ends with the suffix, in path order. */
    public List<String> endingWith(String suffix) {
        return files.keySet().stream().filter(f -> f.endsWith(suffix)).toList();
    }

    /** The real file for a pack-relative path; the pack's own folder when no layer has it. */
    public Path file(String relative) {
        return files.getOrDefault(relative, layers.get(0).dir().resolve(relative));
    }

    /**
     * The calendar named by the nearest layer whose pack.yaml has one, resolved against that layer's folder,
     * with the pack.yaml that names it; null when no layer names a calendar.
     */
    public CalendarRef calendar() {
        for (Layer layer : layers) {
            String calendar = layer.manifest() == null ? null : layer.manifest().calendar();
            if (calendar != null && !calendar.isBlank()) {
                return new CalendarRef(layer.dir().resolve(calendar).normalize(), layer.dir().resolve(RulePackLoader.MANIFEST));
            }
        }
        return null;
    }

    private static Path identity(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** Every regular file below the folder, sorted. */
    private static List<Path> regularFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
