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

    /**
     * Only the parameters of the pack in {@code dir} (with those it inherits), for comparing an earlier copy of a pack:
     * the copy need not have its calendar or compile.
     */
    public static Parameters loadParameters(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulePackException("规则包目录不存在：" + dir);
        }
        List<String> problems = new ArrayList<>();
        PackManifest manifest = read(dir.resolve(MANIFEST), new TypeReference<PackManifest>() { }, problems);
        PackOverlay overlay = manifest == null ? PackOverlay.single(dir, null)
                : PackOverlay.resolve(dir, manifest, RulePackLoader::readManifest);
        Map<String, Parameter> parameters = readParameters(overlay, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new Parameters(parameters);
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
            if (value == null || (value.value() == null) == (value.brackets() == null)) {
                problems.add(at + (value != null && value.value() != null ? " 的 value 和 brackets 只写一项"
                        : " 缺少 value（数值）或 brackets（分档）"));
            } else if (value.source() == null || value.source().kind() == null) {
                problems.add(at + " 缺少 source.kind（statute 法律法规 / normative 规范性文件 / practice 评价实践 / default 默认值）");
            } else if (value.brackets() != null) {
                Scale scale = scale(value.brackets(), entry.unit(), at, problems);
                if (scale != null) {
                    values.add(new DatedValue(from, null, value.source(), scale));
                }
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

    /** One dated value of a parameter entry: a number, or the brackets of a scale. */
    record ValueEntry(BigDecimal value, List<BracketEntry> brackets, ParameterSource source) {
    }

    /** One bracket of a scale: its lower bound (above, or atLeast; none for the first) and its points. */
    record BracketEntry(BigDecimal above, BigDecimal atLeast, BigDecimal value) {
    }

    /**
     * The brackets as a scale, or null (with problems): the first without a bound, each next with one bound above
     * the one before, each with a value.
     */
    private static Scale scale(List<BracketEntry> entries, String unit, String at, List<String> problems) {
        if (entries.isEmpty()) {
            problems.add(at + " 的 brackets 为空：至少写一档，如 - { value: 0 }");
            return null;
        }
        List<Scale.Bracket> brackets = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i < entries.size(); i++) {
            BracketEntry entry = entries.get(i);
            String where = at + " 的第" + (i + 1) + "档";
            if (entry == null || entry.value() == null) {
                problems.add(where + " 缺少 value（该档的分值）");
                return null;
            }
            if (entry.above() != null && entry.atLeast() != null) {
                problems.add(where + " 的 above（超过）和 atLeast（不低于）只写一项");
                return null;
            }
            BigDecimal bound = entry.above() != null ? entry.above() : entry.atLeast();
            if (i == 0 && bound != null) {
                problems.add(where + " 是最低一档，不写 above、atLeast（其下没有更低的档）");
                return null;
            }
            if (i > 0 && bound == null) {
                problems.add(where + " 缺少下限：写 above（超过）或 atLeast（不低于）");
                return null;
            }
            if (i > 1 && bound.compareTo(previous) <= 0) {
                problems.add(where + " 的下限 " + bound.toPlainString() + " 应高于上一档的 " + previous.toPlainString()
                        + "（各档按下限从低到高排列）");
                return null;
            }
            previous = bound;
            brackets.add(new Scale.Bracket(bound, entry.atLeast() != null, entry.value(), null));
        }
        return Scale.of(brackets, unit);
    }
}
