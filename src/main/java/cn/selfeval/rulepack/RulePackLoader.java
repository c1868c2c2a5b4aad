package cn.selfeval.rulepack;

import cn.selfeval.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a rule pack folder:
 * <pre>
 * pack.yaml            id, name, version, districts, years, calendar
 * framework.yaml       the indicator tree with points
 * **&#47;*.drl             the rules
 * **&#47;*.params.yaml     the parameters the rules next to them use
 * **&#47;*.tests.yaml      tests of the rules next to them (not part of the content hash)
 * </pre>
 */
public final class RulePackLoader {

    public static final String MANIFEST = "pack.yaml";
    public static final String FRAMEWORK = "framework.yaml";
    public static final String PARAMS_SUFFIX = ".params.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RulePackLoader() {
    }

    public static RulePack load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulePackException("规则包目录不存在：" + dir);
        }
        List<String> problems = new ArrayList<>();
        PackManifest manifest = read(dir, MANIFEST, new TypeReference<PackManifest>() { }, problems);
        Framework framework = read(dir, FRAMEWORK, new TypeReference<Framework>() { }, problems);
        List<Path> files = allFiles(dir);
        Map<String, Parameter> parameters = readParameters(dir, endingWith(files, PARAMS_SUFFIX), problems);
        List<RuleFile> ruleFiles = readRuleFiles(dir, endingWith(files, ".drl"));
        if (manifest != null) {
            requireText(manifest.id(), MANIFEST, "id", problems);
            requireText(manifest.version(), MANIFEST, "version", problems);
            requireText(manifest.calendar(), MANIFEST, "calendar", problems);
        }
        if (framework != null && framework.fullMarks() == null) {
            problems.add(dir.resolve(FRAMEWORK) + "：缺少 fullMarks（指标体系的满分，如 100）");
        }
        if (ruleFiles.isEmpty()) {
            problems.add(dir + "：规则包中没有任何 .drl 规则文件");
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        Path calendarFile = dir.resolve(manifest.calendar()).normalize();
        if (!Files.isRegularFile(calendarFile)) {
            throw new RulePackException(dir.resolve(MANIFEST) + "：calendar 指向的工作日历文件不存在：" + calendarFile);
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.load(calendarFile);
        String hash = contentHash(dir, files, calendarFile);
        return new RulePack(dir, manifest, framework, new Parameters(parameters), ruleFiles, calendar, hash);
    }

    private static <T> T read(Path dir, String name, TypeReference<T> type, List<String> problems) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(file + "：文件不存在");
            return null;
        }
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            problems.add(describe(file, e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Parameter> readParameters(Path dir, List<Path> paramFiles, List<String> problems) {
        Map<String, Parameter> all = new LinkedHashMap<>();
        for (Path file : paramFiles) {
            String relative = relative(dir, file);
            Map<String, ParameterEntry> entries = read(dir, relative, new TypeReference<>() { }, problems);
            if (entries == null) {
                continue;
            }
            entries.forEach((name, entry) -> {
                String where = file + "：参数 " + name;
                if (entry == null || entry.value() == null) {
                    problems.add(where + " 缺少 value");
                    return;
                }
                if (entry.source() == null || entry.source().kind() == null) {
                    problems.add(where + " 缺少 source.kind（statute 法律法规 / normative 规范性文件 / practice 评价实践 / default 默认值）");
                    return;
                }
                Parameter previous = all.put(name, new Parameter(name, entry.value(), entry.unit(), entry.label(),
                        entry.source(), entry.appliesFrom(), relative));
                if (previous != null) {
                    problems.add(where + " 重复定义（已在 " + previous.file() + " 中定义）");
                }
            });
        }
        return all;
    }

    private static List<RuleFile> readRuleFiles(Path dir, List<Path> drlFiles) {
        return drlFiles.stream()
                .map(file -> new RuleFile(relative(dir, file), readString(file)))
                .toList();
    }

    /** SHA-256 over the relative path and bytes of every file that can change a result. */
    private static String contentHash(Path dir, List<Path> packFiles, Path calendarFile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = packFiles.stream()
                    .filter(f -> f.getFileName().toString().endsWith(".drl")
                            || f.getFileName().toString().endsWith(".yaml") && !f.getFileName().toString().endsWith(".tests.yaml"))
                    .toList();
            for (Path file : files) {
                digest.update(relative(dir, file).getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            digest.update("calendar".getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(calendarFile));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every regular file below the pack folder, sorted, read once per load. */
    private static List<Path> allFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> endingWith(List<Path> files, String suffix) {
        return files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireText(String value, String file, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(file + "：缺少 " + field);
        }
    }

    private static String describe(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return where + "：无法读取（" + e.getOriginalMessage() + "）";
    }

    /** One entry of a *.params.yaml file, before it gets its name. */
    record ParameterEntry(Double value, String unit, String label, ParameterSource source, LocalDate appliesFrom) {
    }
}
