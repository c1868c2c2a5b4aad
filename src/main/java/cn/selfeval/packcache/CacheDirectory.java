package cn.selfeval.packcache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder where built rules are kept between runs: {@code <key>.rules} holds the stored packages after a line
 * naming the key and the SHA-256 of what follows, so that a truncated or altered file is recognised and ignored;
 * {@code <key>.refused} says why a key is not stored. Files are written to a temporary name and renamed into place,
 * so a reader never sees half a file. Nothing here is the user's: it may be deleted at any time.
 */
final class CacheDirectory {

    /** A folder, or {@value #OFF}. */
    static final String PROPERTY = "selfeval.cache";
    static final String ENVIRONMENT = "SELFEVAL_CACHE";
    static final String OFF = "off";
    /** The newest entries kept; older ones are removed when a new one is stored. */
    static final int KEEP = 32;

    private static final String MAGIC = "selfeval-rules-1";
    private static final String RULES = ".rules";
    private static final String REFUSED = ".refused";

    private final Path dir;

    CacheDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * The folder named by -Dselfeval.cache or SELFEVAL_CACHE, else $XDG_CACHE_HOME/selfeval/rules or
     * ~/.cache/selfeval/rules; empty when set to {@value #OFF}.
     */
    static Optional<CacheDirectory> standard() {
        String named = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (named != null && !named.isBlank()) {
            return named.strip().equals(OFF) ? Optional.empty() : Optional.of(new CacheDirectory(Path.of(named.strip())));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new CacheDirectory(base.resolve("selfeval").resolve("rules")));
    }

    Path dir() {
        return dir;
    }

    /** The stored bytes of the key, or null when there are none or they are not intact. */
    byte[] read(CacheKey key) {
        byte[] file;
        try {
            file = Files.readAllBytes(dir.resolve(key + RULES));
        } catch (IOException e) {
            return null;
        }
        int newline = indexOf(file, (byte) '\n');
        if (newline < 0) {
            return null;
        }
        String[] header = new String(file, 0, newline, StandardCharsets.US_ASCII).split(" ");
        byte[] payload = Arrays.copyOfRange(file, newline + 1, file.length);
        boolean intact = header.length == 3 && header[0].equals(MAGIC) && header[1].equals(key.hex())
                && header[2].equals(sha256(payload));
        return intact ? payload : null;
    }

    /** Stores the bytes under the key; false when the folder cannot be written (the run goes on uncached). */
    boolean write(CacheKey key, byte[] payload) {
        byte[] header = (MAGIC + " " + key + " " + sha256(payload) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[header.length + payload.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(payload, 0, file, header.length, payload.length);
        boolean written = writeAtomically(dir.resolve(key + RULES), file);
        if (written) {
            prune();
        }
        return written;
    }

    /** Why the key was refused, or null. */
    String refusal(CacheKey key) {
        try {
            return Files.readString(dir.resolve(key + REFUSED), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    boolean refuse(CacheKey key, String reason) {
        return writeAtomically(dir.resolve(key + REFUSED), reason.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the stored bytes of the key (they were found unusable). */
    void forget(CacheKey key) {
        try {
            Files.deleteIfExists(dir.resolve(key + RULES));
        } catch (IOException e) {
            // the next store replaces it
        }
    }

    private boolean writeAtomically(Path target, byte[] bytes) {
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, ".writing-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | SecurityException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // left for the next prune
                }
            }
            return false;
        }
    }

    /** Keeps the {@value #KEEP} most recently written entries. */
    private void prune() {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(f -> f.getFileName().toString().endsWith(RULES)
                            || f.getFileName().toString().endsWith(REFUSED))
                    .sorted(Comparator.comparing(CacheDirectory::modified).reversed())
                    .toList();
            for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // pruning is housekeeping; the entry was stored
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 运行环境缺少 SHA-256", e);
        }
    }
}
