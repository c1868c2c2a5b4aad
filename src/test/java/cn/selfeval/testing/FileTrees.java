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

    /**
     * A copy of the shipped pack (as {@link #shippedPack}) whose SME-reservation checks are written as they were
     * before the kind {@code smeReservation}: a hand-written {@code procurement/sme-policy.drl} beside its
     * {@code *.checks.yaml}, for the tests of what a pack with code does (compile errors, validation, cache, reload).
     * The pack's own rule tests pass on it unchanged, except the price deduction the kind judges since (财库〔2020〕46号
     * 第九条), which the hand-written rules never did: its parameters and rule tests are left out.
     */
    public static Path packWithHandWrittenRules(Path folder) {
        Path pack = shippedPack(folder);
        Path overlay = Path.of("src", "test", "resources", "packs", "hand-written-rules");
        try (Stream<Path> walk = Files.walk(overlay)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = pack.resolve(overlay.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.delete(pack.resolve("procurement/sme-price-deduction.params.yaml"));
            Files.delete(pack.resolve("procurement/sme-price-deduction.tests.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pack;
    }
}
