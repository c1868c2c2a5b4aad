package cn.selfeval.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The submissions a command names: files as given, and for a folder every .json and .xlsx file in it and its
 * subfolders, in path order — so that a district's folder of submissions is one argument however many it holds.
 * Inside a folder, hidden files, Excel's lock files (~$…) and selfeval's own results are left out.
 */
final class SubmissionFiles {

    private SubmissionFiles() {
    }

    /** The files; a folder that cannot be read is an {@link UncheckedIOException} naming it. */
    static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                files.addAll(inFolder(path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> inFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !hidden(folder.relativize(f)))
                    .filter(SubmissionFiles::submissionName)
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                            || !ResultFiles.isSelfevalResult(f))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(folder + "：无法读取该文件夹（" + e.getMessage() + "）",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean submissionName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && (lower.endsWith(".json") || lower.endsWith(".xlsx"))
                && !lower.endsWith(".result.json");
    }
}
