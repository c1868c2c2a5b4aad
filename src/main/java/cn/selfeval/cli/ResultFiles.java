package cn.selfeval.cli;

import cn.selfeval.report.JsonReport;
import cn.selfeval.report.TextReport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The result files of {@code check -o}: where each submission's result goes, whether an existing file there may
 * be replaced, and writing it so that nobody ever sees half a result.
 *
 * <ul>
 *   <li>A result is named {@code <stem>.result.txt} or {@code <stem>.result.json}, the stem being the
 *       submission's file name without {@code .json} / {@code .xlsx}, so it cannot be taken for a submission.</li>
 *   <li>Results mirror each submission's folder relative to the folder all submissions of the batch share, so two
 *       {@code 自评.json} from different folders get {@code out/a/自评.result.txt} and
 *       {@code out/b/自评.result.txt}; a batch from one folder gets a flat output folder.</li>
 *   <li>Only a selfeval result is ever replaced (re-running a batch is normal). A selfeval result is recognised
 *       by its content: a text report starts with {@link TextReport#TITLE}, a JSON document has
 *       {@code "tool": "selfeval"} at the top. A submission of the batch is never a target.</li>
 * </ul>
 */
final class ResultFiles {

    /** The extensions of a submission file, left out of its result's name. */
    private static final Pattern SUBMISSION_EXTENSION = Pattern.compile("\\.(?:json|xlsx)$", Pattern.CASE_INSENSITIVE);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] TITLE = TextReport.TITLE.getBytes(StandardCharsets.UTF_8);
    /** How {@code PackCatalogue} titles a catalogue (its title is private there). */
    /** The titles {@code rules doc} writes: the catalogue and the authors' reference. */
    private static final List<String> CATALOGUE_TITLES = List.of("规则目录：", "检查编写参考");
    private static final JsonFactory JSON = new JsonFactory();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResultFiles() {
    }

    /** {@code 自评.json} → {@code 自评.result.txt}. */
    static String resultName(String submissionName, String extension) {
        return SUBMISSION_EXTENSION.matcher(submissionName).replaceFirst("") + ".result." + extension;
    }

    /**
     * The result file of every submission (keyed as given), under {@code outputDir} at the submission's folder
     * relative to the folder all of them share. Two different files of one folder that would still get the same
     * name ({@code a.json}, {@code a.xlsx}) keep their extension in it ({@code a.json.result.txt}).
     */
    static Map<Path, Path> targets(List<Path> submissions, Path outputDir, String extension) {
        Map<Path, Path> absolute = new LinkedHashMap<>();
        submissions.forEach(s -> absolute.put(s, absolute(s)));
        Path common = commonFolder(absolute.values());
        Map<Path, Path> targets = new LinkedHashMap<>();
        absolute.forEach((given, file) -> targets.put(given, target(outputDir, common, file,
                resultName(file.getFileName().toString(), extension))));
        Map<Path, List<Path>> byTarget = absolute.keySet().stream()
                .collect(Collectors.groupingBy(targets::get, LinkedHashMap::new, Collectors.toList()));
        byTarget.values().stream()
                .filter(same -> distinctFiles(same, absolute) > 1)
                .flatMap(List::stream)
                .forEach(given -> targets.put(given, target(outputDir, common, absolute.get(given),
                        absolute.get(given).getFileName() + ".result." + extension)));
        Map<Path, List<Path>> stillShared = absolute.keySet().stream()
                .collect(Collectors.groupingBy(targets::get, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Path, List<Path>> shared : stillShared.entrySet()) {
            if (distinctFiles(shared.getValue(), absolute) > 1) {
                throw new IllegalArgumentException(shared.getValue().stream().map(Path::toString)
                        .collect(Collectors.joining("、")) + " 的结果都会写成 " + shared.getKey() + "，请分两次检查或改名");
            }
        }
        return targets;
    }

    private static long distinctFiles(List<Path> given, Map<Path, Path> absolute) {
        return given.stream().map(absolute::get).distinct().count();
    }

    private static Path target(Path outputDir, Path common, Path file, String name) {
        Path folder = file.getParent();
        Path relative = common == null ? folder.getRoot().relativize(folder) : common.relativize(folder);
        return outputDir.resolve(relative.toString()).resolve(name);
    }

    /** The deepest folder that holds every file; null when they are on different roots (drives). */
    private static Path commonFolder(Collection<Path> files) {
        Path common = null;
        for (Path file : files) {
            Path folder = file.getParent();
            if (common == null) {
                common = folder;
                continue;
            }
            if (!common.getRoot().equals(folder.getRoot())) {
                return null;
            }
            while (!folder.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /**
     * The files of a run, which no result may replace: compared by path, and a target that already exists also by
     * the file it really is (a link to a submission). Made once per run, whatever its size.
     */
    static final class Inputs {

        private final Collection<Path> files;
        private final Set<Path> absolute;
        private Set<Path> real;

        Inputs(Collection<Path> files) {
            this.files = files;
            this.absolute = files.stream().map(ResultFiles::absolute).collect(Collectors.toSet());
        }

        synchronized boolean contains(Path target) {
            if (absolute.contains(absolute(target))) {
                return true;
            }
            if (!Files.exists(target)) {
                return false;
            }
            if (real == null) {
                real = new HashSet<>();
                files.forEach(f -> real.add(realPath(f)));
            }
            return real.contains(realPath(target));
        }

        private static Path realPath(Path file) {
            try {
                return file.toRealPath();
            } catch (IOException | RuntimeException e) {
                return absolute(file);
            }
        }
    }

    /**
     * Why no result may be written at {@code target}, in Chinese; null when it may (nothing there yet, or an
     * earlier selfeval result).
     */
    static String refusal(Path target, Collection<Path> submissions) {
        return refusal(target, new Inputs(submissions));
    }

    static String refusal(Path target, Inputs submissions) {
        return refusal(target, submissions, ResultFiles::isSelfevalResult, "selfeval 的结果文件");
    }

    /**
     * @param ours what may be replaced, e.g. {@link #isSelfevalCatalogue}
     * @param kind what {@code ours} accepts, as the message names it
     */
    static String refusal(Path target, Inputs inputs, Predicate<Path> ours, String kind) {
        if (inputs.contains(target)) {
            return target + " 是本次要检查的填报文件之一，结果不能覆盖它（请用 -o 指定另一个输出目录）";
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isDirectory(target)) {
            return target + " 是一个目录，不能写成结果文件（请用 -o 指定另一个输出目录）";
        }
        if (!ours.test(target)) {
            return target + " 已存在，且不是 " + kind + "；为免覆盖它，未写入"
                    + "（请用 -o 指定另一个输出目录，或先移走该文件）";
        }
        return null;
    }

    /** Whether a file is a result selfeval wrote (possibly re-saved with a byte-order mark or CRLF). */
    static boolean isSelfevalResult(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(BOM.length + TITLE.length + 1);
            int start = startsWith(head, 0, BOM) ? BOM.length : 0;
            if (startsWith(head, start, TITLE) && head.length > start + TITLE.length
                    && (head[start + TITLE.length] == '\n' || head[start + TITLE.length] == '\r')) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return isSelfevalJson(file);
    }

    /** Whether a file is a rule catalogue {@code rules doc} wrote (Markdown or HTML, titled 规则目录：…). */
    static boolean isSelfevalCatalogue(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            return CATALOGUE_TITLES.stream().anyMatch(title -> head.startsWith("# " + title)
                    || head.startsWith("<!DOCTYPE html>") && head.contains("<title>" + title));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A JSON object whose top-level {@code tool} is {@value JsonReport#TOOL}. */
    private static boolean isSelfevalJson(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("tool".equals(field)) {
                    return value == JsonToken.VALUE_STRING && JsonReport.TOOL.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int from, byte[] prefix) {
        return bytes.length >= from + prefix.length
                && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Writes {@code content} (UTF-8) to a new file beside {@code target} and renames it into place in one step,
     * so a reader sees the old result or the new one, never half of one. The new file has the usual permissions
     * (those the umask leaves; {@code Files.createTempFile} would make it owner-only). The temporary file is
     * removed when anything fails.
     */
    static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #write(Path, String)} for bytes (a workbook). */
    static void write(Path target, byte[] content) throws IOException {
        Path folder = absolute(target).getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(randomBytes()) + ".tmp");
        PendingFiles.add(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write already failed and is reported; what is left is a hidden .tmp file
            }
            throw e;
        } finally {
            PendingFiles.remove(temp);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** An I/O failure in Chinese, naming the file (NIO messages are only the path, or the system's English). */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "没有写入权限：" + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " 已存在，且不是目录";
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " 不是目录";
        }
        if (e instanceof NoSuchFileException missing) {
            return "路径不存在：" + missing.getFile();
        }
        if (e instanceof DirectoryNotEmptyException notEmpty) {
            return notEmpty.getFile() + " 是一个非空目录";
        }
        if (e instanceof FileSystemException system) {
            String reason = system.getReason() == null ? "" : system.getReason();
            String lower = reason.toLowerCase(Locale.ROOT);
            String chinese = lower.contains("no space") ? "磁盘空间不足"
                    : lower.contains("read-only") ? "文件系统是只读的"
                    : lower.contains("permission") || lower.contains("not permitted") ? "没有写入权限"
                    : lower.contains("quota") ? "超出磁盘配额"
                    : lower.contains("is a directory") ? "目标是一个目录"
                    : "文件系统错误（" + reason + "）";
            // a failed rename names the temporary file first and the result second
            return chinese + "：" + (system.getOtherFile() != null ? system.getOtherFile() : system.getFile());
        }
        return "写入错误（" + e.getMessage() + "）";
    }
}
