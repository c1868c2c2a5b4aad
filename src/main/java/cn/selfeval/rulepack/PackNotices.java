package cn.selfeval.rulepack;

import java.util.ArrayList;
import java.util.List;

/**
 * What every output of a score card must say about the pack that scored it, before any figure: that the pack is a
 * draft, and that the district's own framework table was not verified (the pack's table is used as a stand-in).
 * Written once here; the text report, the JSON document, the web card, the standalone HTML and the 表2 workbook
 * show these sentences as they are.
 */
public final class PackNotices {

    private PackNotices() {
    }

    /** The notices for a submission of {@code district} scored with {@code pack}, in the order shown. */
    public static List<String> of(RulePack pack, String district) {
        PackManifest manifest = pack.manifest();
        List<String> notices = new ArrayList<>();
        if (manifest.draft()) {
            notices.add("草稿：本评分表由草稿规则包 " + manifest.id() + "（pack.yaml 中 status: draft）计算，规则尚未定稿，"
                    + "不是正式的评分结果，不能作为自评或评审的依据。");
        }
        if (!manifest.frameworkVerifiedFor(district)) {
            String name = manifest.localDistrict(district);
            notices.add("指标体系未经核实：" + (name.isEmpty() ? "该区" : name) + "自己的部门整体绩效指标评分表未经核实，本评分表以「"
                    + pack.framework().name() + "」代替"
                    + (pack.framework().source() == null ? "" : "（来源：" + pack.framework().source() + "）")
                    + "；该区的指标、分值和计分标准可能不同，得分仅供参考。");
        }
        if (manifest.frameworkCaveat() != null && !manifest.frameworkCaveat().isBlank()) {
            notices.add("指标体系未全部核实：" + manifest.frameworkCaveat().strip());
        }
        return List.copyOf(notices);
    }
}
