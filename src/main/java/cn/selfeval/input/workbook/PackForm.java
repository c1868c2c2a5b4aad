package cn.selfeval.input.workbook;

import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The 填报表 of a rule pack: the workbook whose 自评得分 sheet lists the pack's framework. One place for
 * {@code selfeval template}, {@code selfeval convert} and the service's template download, so all three write the
 * same file for the same pack.
 */
public final class PackForm {

    private PackForm() {
    }

    /** The empty template for {@code pack}. */
    public static byte[] template(RulePack pack) {
        return WorkbookWriter.write(null, indicators(pack), describe(pack));
    }

    /** A submission's tree written as the workbook of {@code pack} (no pack: the 自评得分 sheet lists only its scores). */
    public static byte[] filled(JsonNode document, RulePack pack) {
        return WorkbookWriter.write(document, pack == null ? List.of() : indicators(pack), pack == null ? null : describe(pack));
    }

    /** "规则包「name」（id 版本 v）的指标体系" for 填表说明. */
    public static String describe(RulePack pack) {
        return "规则包「" + pack.manifest().name() + "」（" + pack.manifest().id() + " 版本 " + pack.manifest().version()
                + "）的指标体系";
    }

    /** Every indicator of the pack's framework, depth first, for the 自评得分 sheet. */
    static List<WorkbookWriter.Indicator> indicators(RulePack pack) {
        List<WorkbookWriter.Indicator> rows = new ArrayList<>();
        pack.framework().indicators().forEach(i -> add(rows, i, 0));
        return rows;
    }

    private static void add(List<WorkbookWriter.Indicator> rows, Indicator indicator, int depth) {
        rows.add(new WorkbookWriter.Indicator(indicator.code(), indicator.name(), indicator.points(), depth, indicator.leaf()));
        indicator.children().forEach(child -> add(rows, child, depth + 1));
    }
}
