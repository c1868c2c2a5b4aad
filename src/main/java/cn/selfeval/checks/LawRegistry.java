package cn.selfeval.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The laws a pack cites ({@value #FILE}), by the key checks write. A citation is "key article", e.g.
 * "政府采购法 第四十六条" or "资产管理条例 （按资产配置标准配置资产）"; it prints as 《政府采购法》第四十六条 —
 * the same law always the same way.
 */
public final class LawRegistry {

    public static final String FILE = "laws.yaml";

    private static final Set<String> FIELDS = Set.of("title", "cited", "number", "kind", "link");
    private static final Set<String> KINDS = Set.of("statute", "regulation", "normative", "policy", "practice");

    private final Map<String, Law> byKey;

    private LawRegistry(Map<String, Law> byKey) {
        this.byKey = byKey;
    }

    public static LawRegistry empty() {
        return new LawRegistry(Map.of());
    }

    /** Reads laws.yaml; problems name its lines. */
    public static LawRegistry read(String text, String file, CheckProblems problems) {
        Map<String, Law> laws = new LinkedHashMap<>();
        YamlNode root = YamlNode.parse(text, file, problems);
        Map<String, YamlNode> entries = root == null ? null : root.mapping("法规登记表", null);
        if (entries == null) {
            return new LawRegistry(laws);
        }
        entries.forEach((key, node) -> {
            Map<String, YamlNode> fields = node.mapping("法规 " + key, FIELDS);
            if (fields == null) {
                return;
            }
            String title = fields.containsKey("title") ? fields.get("title").text("title") : null;
            if (title == null) {
                problems.at(node.position(), "法规 " + key + " 缺少 title（全称）");
                return;
            }
            String kind = fields.containsKey("kind") ? fields.get("kind").text("kind") : "statute";
            if (!KINDS.contains(kind)) {
                problems.at(fields.get("kind").position(), "法规 " + key + " 的 kind 只能是 " + String.join("、", KINDS)
                        + "，实为 " + kind);
            }
            laws.put(key, new Law(key, title, fields.containsKey("cited") ? fields.get("cited").text("cited") : title,
                    fields.containsKey("number") ? fields.get("number").text("number") : null, kind,
                    fields.containsKey("link") ? fields.get("link").text("link") : null));
        });
        return new LawRegistry(laws);
    }

    public Map<String, Law> all() {
        return byKey;
    }

    /**
     * "政府采购法 第四十六条；民法典 第二百零一条" from the entries a check lists; an entry whose law is not in the
     * registry is a problem at its line.
     */
    String cite(List<YamlNode> entries, CheckProblems problems, List<String> lawsCited) {
        List<String> citations = new ArrayList<>();
        for (YamlNode entry : entries) {
            String text = entry.text("法律依据");
            if (text == null) {
                continue;
            }
            Law law = lawOf(text);
            if (law == null) {
                String key = text.split("[\\s（：]", 2)[0];
                problems.at(entry.position(), "法律依据“" + text + "”中的“" + key + "”不在 " + FILE + " 中"
                        + CheckProblems.didYouMean(key, List.copyOf(byKey.keySet()))
                        + "；先在 " + FILE + " 中登记该法规（全称、文号），再以“简称 条款”引用");
                continue;
            }
            lawsCited.add(law.key());
            citations.add(law.cite(text.substring(law.key().length())));
        }
        return String.join("；", citations);
    }

    /**
     * A hand-written rule's {@code @legalBasis} ("政府采购法 第八十五条；民法典 第二百零三条") as printed; the unknown
     * entries are added to {@code unknown}. Without a registry the text is kept as written.
     */
    public String citeText(String basis, List<String> unknown) {
        if (byKey.isEmpty()) {
            return basis;
        }
        List<String> citations = new ArrayList<>();
        for (String entry : entries(basis)) {
            Law law = lawOf(entry.strip());
            if (law == null) {
                unknown.add(entry.strip());
            } else {
                citations.add(law.cite(entry.strip().substring(law.key().length())));
            }
        }
        return String.join("；", citations);
    }

    /** The citations of a text separated by "；", a "；" inside （） belonging to its citation. */
    private static List<String> entries(String basis) {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < basis.length(); i++) {
            char c = basis.charAt(i);
            depth += c == '（' ? 1 : c == '）' ? -1 : 0;
            if (c == '；' && depth == 0) {
                entries.add(basis.substring(start, i));
                start = i + 1;
            }
        }
        entries.add(basis.substring(start));
        return entries;
    }

    /** The keys, for did-you-mean suggestions. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The registered law whose key is the longest prefix of the citation text. */
    private Law lawOf(String text) {
        return byKey.values().stream()
                .filter(l -> text.equals(l.key()) || text.startsWith(l.key())
                        && (Character.isWhitespace(text.charAt(l.key().length())) || "（：".indexOf(text.charAt(l.key().length())) >= 0))
                .max(Comparator.comparingInt(l -> l.key().length()))
                .orElse(null);
    }
}
