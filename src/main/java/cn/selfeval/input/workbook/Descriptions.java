package cn.selfeval.input.workbook;

import java.util.List;

/**
 * The schema's descriptions are written for JSON ("填空数组 []", "true/false", "goods 货物"); a finance officer
 * filling the workbook reads them with the workbook's words.
 */
final class Descriptions {

    private Descriptions() {
    }

    static String forWorkbook(String text, List<String> enumCodes) {
        if (text == null) {
            return "";
        }
        String result = text
                .replace("没有则填空数组 []", "没有的在“本表情况”中选择“本年度没有此类事项”")
                .replace("填空数组 []", "在“本表情况”中选择“本年度没有此类事项”")
                .replace("填 [] 表示", "选择“本年度没有此类事项”表示")
                .replace("填 []", "在“本表情况”中选择“本年度没有此类事项”")
                .replace("[]", "“本年度没有此类事项”")
                .replace("不填或填 null 表示", "不填表示")
                .replace("不填或填 null", "不填")
                .replace("（或填 null）", "")
                .replace("或填 null", "")
                .replace("（true/false）", "（是/否）")
                .replace("true/false", "是/否")
                .replace("，YYYY-MM-DD", "")
                .replace("YYYY-MM-DD", "日期")
                .replace("并在 standard 中说明", "并在“适用的配置标准”中说明")
                .replace("（按项目编号对应 procurementProjects）", "（按项目编号对应“采购项目”表）")
                .replace("对应 procurementProjects 中某个项目的编号（id）", "对应“采购项目”表中某个项目的编号");
        for (String code : enumCodes) {
            result = result.replace(code + " ", "");
        }
        return result;
    }
}
