package cn.selfeval.cli;

import cn.selfeval.check.PackLocator;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rule pack whose framework a workbook's 自评得分 sheet lists (the sheet itself: {@link cn.selfeval.input.workbook.PackForm}). */
final class FormPacks {

    private FormPacks() {
    }

    /**
     * The pack for a template: the one given, the one serving a year and district, or (neither given) the
     * non-draft pack under rules/ that serves the latest year; of several, the one serving the most districts (the
     * general table; a district with a pack of its own, such as 天河区, asks for it with --district).
     *
     * @throws RulePackException when none fits, or the latest year is served by several packs of as many districts
     */
    static RulePack choose(Path pack, Integer year, String district) {
        if (pack != null) {
            return RulePackLoader.load(pack);
        }
        PackLocator locator = new PackLocator(Home.rules());
        if (year != null) {
            return RulePackLoader.load(locator.dirFor(year, district));
        }
        List<DeclaredPack> live = new ArrayList<>();
        for (Path dir : locator.packDirs()) {
            try {
                DeclaredPack declared = DeclaredPack.read(dir);
                if (!declared.manifest().draft() && !declared.manifest().years().isEmpty()) {
                    live.add(declared);
                }
            } catch (RulePackException e) {
                // an unreadable pack.yaml takes no part, as in choosing a pack for a check
            }
        }
        if (live.isEmpty()) {
            throw new RulePackException(Home.rules() + " 下没有可用的规则包；请用 --pack 指定规则包目录");
        }
        int latest = live.stream().mapToInt(FormPacks::lastYear).max().getAsInt();
        List<DeclaredPack> latestYear = live.stream().filter(p -> lastYear(p) == latest).toList();
        int widest = latestYear.stream().mapToInt(FormPacks::districtCount).max().getAsInt();
        List<DeclaredPack> newest = latestYear.stream().filter(p -> districtCount(p) == widest)
                .sorted(Comparator.comparing(p -> p.dir().toString())).toList();
        if (newest.size() > 1) {
            throw new RulePackException(String.format("%s 都适用于%d年度，无法自动选择；请用 --year 和 --district 或 --pack 指定",
                    String.join(" 与 ", newest.stream().map(p -> p.dir().toString()).toList()), latest));
        }
        return RulePackLoader.load(newest.get(0).dir());
    }

    /** Districts served; a pack for every district counts as the widest. */
    private static int districtCount(DeclaredPack pack) {
        return pack.manifest().districts().isEmpty() ? Integer.MAX_VALUE : pack.manifest().districts().size();
    }

    private static int lastYear(DeclaredPack pack) {
        return pack.manifest().years().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
