package cn.selfeval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files being written right now: when the run is stopped (Ctrl+C) while one is being written, a
 * shutdown hook removes it, so that no {@code .tmp} is left beside the results.
 */
final class PendingFiles {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::removeAll, "selfeval-remove-tmp"));
    }

    private PendingFiles() {
    }

    static void add(Path temp) {
        PENDING.add(temp);
    }

    static void remove(Path temp) {
        PENDING.remove(temp);
    }

    static void removeAll() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // stopping: nothing more can be done
            }
        }
    }
}
