package cn.selfeval.rulepack;

import cn.selfeval.calendar.WorkingDayCalendar;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded rule pack: its folder, manifest, framework, parameters, rule files and working-day calendar.
 *
 * @param contentHash SHA-256 over every file that can change a result, so that two outputs with the
 *                    same hash were produced by the same rules
 */
public record RulePack(Path dir, PackManifest manifest, Framework framework, Parameters parameters,
        List<RuleFile> ruleFiles, WorkingDayCalendar calendar, String contentHash) {

    /** The first 12 hex digits of the content hash, as printed in reports. */
    public String shortHash() {
        return contentHash.substring(0, 12);
    }

    /** Where a pack-relative file lives, as the user would type it. */
    public String displayPath(String relative) {
        return dir.resolve(relative).normalize().toString();
    }
}
