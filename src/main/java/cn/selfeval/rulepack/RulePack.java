package cn.selfeval.rulepack;

import cn.selfeval.calendar.WorkingDayCalendar;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * A loaded rule pack: its folder, manifest, framework, parameters, rule files and working-day calendar.
 *
 * @param calendarFile the working-day calendar file on disk (named in this pack's or a parent's pack.yaml)
 * @param contentHash SHA-256 over every file that can change a result, so that two outputs with the
 *                    same hash were produced by the same rules
 * @param files       the effective files: pack-relative path (forward slashes) → the real file on disk, which
 *                    is in a parent pack's folder when the file is inherited through {@code extends}
 */
public record RulePack(Path dir, PackManifest manifest, Framework framework, Parameters parameters,
        List<RuleFile> ruleFiles, WorkingDayCalendar calendar, Path calendarFile, String contentHash,
        SortedMap<String, Path> files) {

    /** The pack's own pack.yaml. */
    public Path manifestFile() {
        return dir.resolve(RulePackLoader.MANIFEST);
    }

    /** The first 12 hex digits of the content hash, as printed in reports. */
    public String shortHash() {
        return contentHash.substring(0, 12);
    }

    /** The real file of a pack-relative path (the pack's own folder when no effective file has that path). */
    public Path file(String relative) {
        Path file = files.get(relative);
        return file != null ? file : dir.resolve(relative);
    }

    /** Where a pack-relative file really lives (the parent's folder for an inherited file), as the user would type it. */
    public String displayPath(String relative) {
        return file(relative).normalize().toString();
    }

    /** Whether the file comes from a parent pack rather than this pack's own folder. */
    public boolean inherited(String relative) {
        Path file = files.get(relative);
        return file != null && !file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    /** The pack-relative path of an own file; the real path of an inherited one. */
    public String citePath(String relative) {
        return inherited(relative) ? displayPath(relative) : relative;
    }

    /** The pack-relative paths of the effective files whose name ends with the suffix, in path order. */
    public List<String> filesEndingWith(String suffix) {
        return files.keySet().stream().filter(f -> f.endsWith(suffix)).toList();
    }
}
