package cn.selfeval.report;

import cn.selfeval.engine.CompiledPack;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.RuleInfo;
import cn.selfeval.rulepack.DatedValue;
import cn.selfeval.rulepack.DrlScanner;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.rulepack.Parameter;
import cn.selfeval.rulepack.RulePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The catalogue of a rule pack for policy staff and reviewers: every indicator of the framework with its
 * points, the rules that score it (file, name, legal basis) and the parameters those rules use (value,
 * unit, meaning, source, date applied from). Indicators that no rule scores are marked 未检查.
 * Rendered as Markdown or as one self-contained HTML page.
 */
public final class PackCatalogue {

    static final String UNCHECKED = "未检查";

    /** One indicator as the catalogue shows it. */
    record Entry(Indicator indicator, int depth, List<RuleInfo> rules, List<Parameter> parameters) {

        boolean unchecked() {
            return indicator.leaf() && rules.isEmpty();
        }
    }

    private final RulePack pack;
    private final List<Entry> entries = new ArrayList<>();
    private final int ruleCount;

    private PackCatalogue(CompiledPack compiled) {
        this.pack = compiled.pack();
        this.ruleCount = compiled.rulesByName().size();
        DrlScanner.Scan scan = DrlScanner.scan(pack.ruleFiles());
        Map<String, Integer> declaredAt = new HashMap<>();
        scan.rules().forEach(r -> declaredAt.putIfAbsent(r.file() + "\n" + r.name(), r.line()));
        Comparator<RuleInfo> fileOrder = Comparator.comparing(RuleInfo::file)
                .thenComparing(r -> declaredAt.getOrDefault(r.file() + "\n" + r.name(), 0));
        for (Indicator root : pack.framework().indicators()) {
            add(root, 0, compiled, scan, fileOrder);
        }
    }

    public static String markdown(CompiledPack compiled) {
        return new PackCatalogue(compiled).renderMarkdown();
    }

    public static String html(CompiledPack compiled) {
        return new PackCatalogue(compiled).renderHtml();
    }

    private void add(Indicator indicator, int depth, CompiledPack compiled, DrlScanner.Scan scan,
            Comparator<RuleInfo> fileOrder) {
        List<RuleInfo> rules = compiled.rules().stream()
                .filter(r -> r.indicatorCode().equals(indicator.code()))
                .sorted(fileOrder)
                .toList();
        TreeSet<String> names = new TreeSet<>();
        for (DrlScanner.ParameterUse use : scan.parameterUses()) {
            // A use outside every rule is in a function of the file, which its rules call.
            if (rules.stream().anyMatch(r -> r.file().equals(use.file())
                    && (use.rule() == null || r.name().equals(use.rule())))) {
                names.add(use.parameter());
            }
        }
        List<Parameter> parameters = names.stream()
                .filter(pack.parameters()::contains)
                .map(pack.parameters()::get)
                .toList();
        entries.add(new Entry(indicator, depth, rules, parameters));
        indicator.children().forEach(child -> add(child, depth + 1, compiled, scan, fileOrder));
    }

    private String title() {
        PackManifest m = pack.manifest();
        return "规则目录：" + (m.name() == null ? m.id() : m.name());
    }

    private List<String[]> facts() {
        PackManifest m = pack.manifest();
        long leaves = entries.stream().filter(e -> e.indicator().leaf()).count();
        long unchecked = entries.stream().filter(Entry::unchecked).count();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"规则包", m.id() + "（版本 " + m.version() + "）"});
        facts.add(new String[] {"内容哈希", pack.contentHash()});
        if (m.region() != null) {
            facts.add(new String[] {"适用地区", m.region() + (m.districts().isEmpty() ? "" : "：" + String.join("、", m.districts()))});
        }
        if (!m.years().isEmpty()) {
            facts.add(new String[] {"适用年度", m.years().stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("")});
        }
        facts.add(new String[] {"指标体系", pack.framework().name() + "（总分 " + Numbers.plain(pack.framework().totalPoints())
                + " 分）" + (pack.framework().source() == null ? "" : "，来源：" + pack.framework().source())});
        facts.add(new String[] {"规则", ruleCount + " 条；末级指标 " + leaves + " 项，其中 " + (leaves - unchecked) + " 项由规则检查、"
                + unchecked + " 项" + UNCHECKED + "（需人工评分）"});
        return facts;
    }

    private static String heading(Entry e) {
        return e.indicator().code() + " " + e.indicator().name() + "（" + Numbers.plain(e.indicator().points()) + " 分）";
    }

    /** One row per dated value: "30 | 2021-01-01 至 2022-06-30", "40 | 2022-07-01 至 2022-12-31", "30 | 2023-01-01 起". */
    private static List<String[]> parameterRows(Parameter p) {
        List<String[]> rows = new ArrayList<>();
        List<DatedValue> values = p.values();
        for (int i = 0; i < values.size(); i++) {
            DatedValue value = values.get(i);
            String period = i + 1 < values.size()
                    ? value.from() + " 至 " + values.get(i + 1).from().minusDays(1) : value.from() + " 起";
            rows.add(new String[] {i == 0 ? p.name() : "", Numbers.plain(value.value()), orDash(p.unit()),
                    i == 0 ? orDash(p.label()) : "", value.source().describe(), period});
        }
        return rows;
    }

    private static final String[] RULE_COLUMNS = {"规则", "文件", "法律依据"};
    private static final String[] PARAMETER_COLUMNS = {"参数", "取值", "单位", "含义", "来源", "适用期间"};

    // ---------------------------------------------------------------- Markdown

    private String renderMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(md(title())).append("\n\n");
        for (String[] fact : facts()) {
            md.append("- ").append(fact[0]).append("：").append(md(fact[1])).append('\n');
        }
        md.append('\n');
        for (Entry e : entries) {
            md.append("#".repeat(Math.min(6, e.depth() + 2))).append(' ').append(md(heading(e)));
            md.append(e.unchecked() ? " — " + UNCHECKED : "").append("\n\n");
            if (e.unchecked()) {
                md.append("没有规则给该指标评分，需人工评分。\n\n");
                continue;
            }
            if (!e.rules().isEmpty()) {
                md.append("规则：\n\n");
                table(md, RULE_COLUMNS, e.rules().stream()
                        .map(r -> new String[] {r.name(), pack.citePath(r.file()), r.legalBasis()}).toList());
            }
            if (!e.parameters().isEmpty()) {
                md.append("参数：\n\n");
                table(md, PARAMETER_COLUMNS, e.parameters().stream().flatMap(p -> parameterRows(p).stream()).toList());
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String[] columns, List<String[]> rows) {
        md.append("| ").append(String.join(" | ", columns)).append(" |\n");
        md.append("|").append("---|".repeat(columns.length)).append('\n');
        for (String[] row : rows) {
            md.append("| ");
            for (int i = 0; i < row.length; i++) {
                md.append(i == 0 ? "" : " | ").append(md(row[i]).replace("|", "\\|").replace("\n", " "));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    /** Escapes the characters Markdown would read as markup in running text. */
    private static String md(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;");
    }

    // ---------------------------------------------------------------- HTML

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:72em;\
            padding:0 1em;color:#222;line-height:1.5}
            h1{font-size:1.6em;border-bottom:2px solid #333;padding-bottom:.3em}
            h2{font-size:1.35em;margin-top:1.6em;border-bottom:1px solid #ccc}
            h3{font-size:1.15em;margin-top:1.3em}h4,h5,h6{font-size:1em;margin-top:1.1em}
            dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{font-weight:bold}
            dl.facts dd{margin:0;word-break:break-all}
            table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}
            th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}code{font-family:Consolas,monospace;font-size:.95em}
            .unchecked{color:#a00;font-weight:bold}.points{color:#555;font-weight:normal}
            """;

    private String renderHtml() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title())).append("</h1>\n<dl class=\"facts\">\n");
        for (String[] fact : facts()) {
            html.append("<dt>").append(escape(fact[0])).append("</dt><dd>").append(escape(fact[1])).append("</dd>\n");
        }
        html.append("</dl>\n");
        for (Entry e : entries) {
            int level = Math.min(6, e.depth() + 2);
            html.append("<h").append(level).append(" id=\"").append(escape(e.indicator().code())).append("\">")
                    .append(escape(e.indicator().code() + " " + e.indicator().name()))
                    .append(" <span class=\"points\">（").append(Numbers.plain(e.indicator().points())).append(" 分）</span>");
            if (e.unchecked()) {
                html.append(" <span class=\"unchecked\">").append(UNCHECKED).append("</span>");
            }
            html.append("</h").append(level).append(">\n");
            if (e.unchecked()) {
                html.append("<p>没有规则给该指标评分，需人工评分。</p>\n");
                continue;
            }
            if (!e.rules().isEmpty()) {
                htmlTable(html, RULE_COLUMNS, e.rules().stream()
                        .map(r -> new String[] {r.name(), pack.citePath(r.file()), r.legalBasis()}).toList(), 1);
            }
            if (!e.parameters().isEmpty()) {
                htmlTable(html, PARAMETER_COLUMNS, e.parameters().stream().flatMap(p -> parameterRows(p).stream()).toList(), 0);
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** @param codeColumn a column shown as code (a file path), or -1 */
    private static void htmlTable(StringBuilder html, String[] columns, List<String[]> rows, int codeColumn) {
        html.append("<table>\n<tr>");
        for (String column : columns) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr>\n");
        for (String[] row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                String cell = escape(row[i]);
                html.append("<td>").append(i == codeColumn ? "<code>" + cell + "</code>" : cell).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
