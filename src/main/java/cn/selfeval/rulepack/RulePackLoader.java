package cn.selfeval.rulepack;

import java.math.BigDecimal;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a rule pack folder:
 * <pre>
 * pack.yaml            id, name, version, region, districts, years, calendar, status (see {@link PackManifests})
 * framework.yaml       the indicator tree with points
 * **&#47;*.drl             the rules
 * **&#47;*.params.yaml     the parameters the rules next to them use
 * **&#47;*.tests.yaml      tests of the rules next to them (not part of the content hash)
 * </pre>
 * A pack.yaml with {@code extends: ../other-pack} starts from another pack's files; see {@link PackOverlay}.
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
        PackManifest manifest = read(dir.resolve(MANIFEST), new TypeReference<PackManifest>() { }, problems);
        PackOverlay overlay = manifest == null ? PackOverlay.single(dir, null)
                : PackOverlay.resolve(dir, manifest, RulePackLoader::readManifest);
        Framework framework = read(overlay.file(FRAMEWORK), new TypeReference<Framework>() { }, problems);
        Map<String, Parameter> parameters = readParameters(overlay, problems);
        List<RuleFile> ruleFiles = readRuleFiles(overlay);
        PackOverlay.CalendarRef calendarRef = overlay.calendar();
        if (manifest != null) {
            problems.addAll(PackManifests.problems(dir.resolve(MANIFEST), manifest));
            if (calendarRef == null) {
                problems.add(dir.resolve(MANIFEST) + "：缺少 calendar（工作日历文件，如 ../calendar/cn-workdays.json）");
            }
        }
        if (framework != null && framework.fullMarks() == null) {
            problems.add(overlay.file(FRAMEWORK) + "：缺少 fullMarks（指标体系的满分，如 100）");
        }
        if (ruleFiles.isEmpty() && overlay.endingWith(".checks.yaml").isEmpty()) {
            problems.add(dir + "：规则包中没有任何检查（*.checks.yaml）或规则文件（*.drl）");
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        Path calendarFile = calendarRef.file();
        if (!Files.isRegularFile(calendarFile)) {
            throw new RulePackException(calendarRef.declaredIn() + "：calendar 指向的工作日历文件不存在：" + calendarFile);
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.load(calendarFile);
        String hash = contentHash(overlay, calendarFile);
        return new RulePack(dir, manifest, framework, new Parameters(parameters), ruleFiles, calendar, calendarFile,
                hash, overlay.files());
    }

    /** Reads the pack.yaml of a parent pack; a problem in it stops the load. */
    static PackManifest readManifest(Path file) {
        List<String> problems = new ArrayList<>();
        PackManifest manifest = read(file, new TypeReference<PackManifest>() { }, problems);
        if (manifest == null) {
            throw new RulePackException(problems);
        }
        return manifest;
    }

    static <T> T read(Path file, TypeReference<T> type, List<String> problems) {
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

    /**
     * The parameters of every effective *.params.yaml, farthest parent first: a parameter defined in a nearer
     * layer (the pack itself before its parent) replaces one of the same name; two definitions in one layer
     * are a problem.
     */
    private static Map<String, Parameter> readParameters(PackOverlay overlay, List<String> problems) {
        Map<String, Parameter> all = new LinkedHashMap<>();
        Map<String, Integer> definedIn = new HashMap<>();
        List<String> paramFiles = overlay.endingWith(PARAMS_SUFFIX).stream()
                .sorted(Comparator.comparingInt(overlay::layerOf).reversed())
                .toList();
        for (String relative : paramFiles) {
            Path file = overlay.file(relative);
            int layer = overlay.layerOf(relative);
            Map<String, ParameterEntry> entries = read(file, new TypeReference<>() { }, problems);
            if (entries == null) {
                continue;
            }
            Map<String, Integer> lines = YamlLines.topLevelKeys(file);
            entries.forEach((name, entry) -> {
                String where = file + (lines.containsKey(name) ? ":" + lines.get(name) : "") + "：参数 " + name;
                Parameter parameter = parameter(name, entry, relative, where, problems);
                if (parameter == null) {
                    return;
                }
                Parameter previous = all.put(name, parameter);
                Integer previousLayer = definedIn.put(name, layer);
                if (previous != null && previousLayer == layer) {
                    problems.add(where + " 重复定义（已在 " + overlay.file(previous.file()) + " 中定义）");
                }
            });
        }
        return all;
    }

    private static List<RuleFile> readRuleFiles(PackOverlay overlay) {
        return overlay.endingWith(".drl").stream()
                .map(relative -> new RuleFile(relative, readString(overlay.file(relative))))
                .toList();
    }

    /** SHA-256 over the pack-relative path and bytes of every effective file that can change a result. */
    private static String contentHash(PackOverlay overlay, Path calendarFile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> file : overlay.files().entrySet()) {
                String name = file.getValue().getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".yaml") && !name.endsWith(".tests.yaml")) {
                    digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file.getValue()));
                }
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

    private static String describe(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return where + "：无法读取（" + e.getOriginalMessage() + "）";
    }

    /** A parameter from its entry, or null (with the problems added) when the entry is incomplete. */
    private static Parameter parameter(String name, ParameterEntry entry, String relative, String where,
            List<String> problems) {
        if (entry == null) {
            problems.add(where + " 没有内容（应有 label、unit 和 values）");
            return null;
        }
        if (entry.value() != null || entry.source() != null || entry.appliesFrom() != null) {
            problems.add(where + " 使用了旧写法（value、source、appliesFrom 直接写在参数下）：请改为在 values: 下按施行日期"
                    + "列出取值，每个取值写 value 和 source，如 values: { 2021-01-01: { value: 0.5, source: { kind: default, note: … } } }");
            return null;
        }
        if (entry.values() == null || entry.values().isEmpty()) {
            problems.add(where + " 缺少 values（按施行日期列出的取值）");
            return null;
        }
        List<DatedValue> values = new ArrayList<>();
        entry.values().forEach((from, value) -> {
            String at = where + " 自 " + from + " 起的取值";
            if (value == null || value.value() == null) {
                problems.add(at + " 缺少 value");
            } else if (value.source() == null || value.source().kind() == null) {
                problems.add(at + " 缺少 source.kind（statute 法律法规 / normative 规范性文件 / practice 评价实践 / default 默认值）");
            } else {
                values.add(new DatedValue(from, value.value(), value.source()));
            }
        });
        return values.size() == entry.values().size()
                ? new Parameter(name, entry.unit(), entry.label(), values, relative) : null;
    }

    /**
     * One entry of a *.params.yaml file, before it gets its name. {@code value}, {@code source} and
     * {@code appliesFrom} are the old single-value form, read only to say how to rewrite it.
     */
    record ParameterEntry(String unit, String label, TreeMap<LocalDate, ValueEntry> values, BigDecimal value,
            ParameterSource source, LocalDate appliesFrom) {
    }

    /** One dated value of a parameter entry. */
    record ValueEntry(BigDecimal value, ParameterSource source) {
    }
}
