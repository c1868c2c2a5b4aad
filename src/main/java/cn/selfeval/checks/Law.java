package cn.selfeval.checks;

/**
 * One entry of a pack's laws.yaml: a statute, regulation, normative document or scoring practice that checks cite.
 *
 * @param key    what checks write ("政府采购法 第四十六条" cites the entry 政府采购法)
 * @param title  the full title (中华人民共和国政府采购法)
 * @param cited  the title as citations print it, in 《》 (政府采购法); the full title when not given
 * @param number the document number (文号), printed after the title: 《…》（财库〔2020〕10号）
 * @param kind   statute 法律 / regulation 行政法规 / normative 规范性文件 / policy 政策要求 / practice 评价实践
 */
public record Law(String key, String title, String cited, String number, String kind, String link) {

    /** 《政府采购法》第四十六条, 《…意向公开工作的通知》（财库〔2020〕10号）, or 部门整体支出绩效评价：… for a practice. */
    public String cite(String article) {
        String rest = article == null ? "" : article.strip();
        if ("practice".equals(kind) || "policy".equals(kind)) {
            return rest.isEmpty() ? cited : cited + (rest.startsWith("（") || rest.startsWith("：") ? "" : "：") + rest;
        }
        String citation = "《" + cited + "》" + (number == null ? "" : "（" + number + "）");
        return citation + rest;
    }
}
