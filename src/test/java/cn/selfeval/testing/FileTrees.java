package cn.selfeval.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a rule pack (or any folder) so that a test can change it without touching the shipped one. */
public final class FileTrees {

    private FileTrees() {
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the shipped guangzhou-2023 pack and the calendar it names (../calendar) under {@code folder};
     * returns the pack's folder.
     */
    public static Path shippedPack(Path folder) {
        copy(Path.of("rules", "guangzhou-2023"), folder.resolve("guangzhou-2023"));
        copy(Path.of("rules", "calendar"), folder.resolve("calendar"));
        return folder.resolve("guangzhou-2023");
    }
}
