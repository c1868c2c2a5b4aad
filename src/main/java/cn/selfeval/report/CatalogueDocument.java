package cn.selfeval.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document — headings, paragraphs, tables, lists — written once and rendered both as Markdown and as a
 * self-contained HTML page, so that the two forms of a catalogue can never say different things.
 */
final class CatalogueDocument {

    private interface Block {
    }

    private record Heading(int level, String anchor, String text, String note) implements Block {
    }

    /** @param emphasis shown set apart (an indicator no rule checks) */
    private record Paragraph(String text, boolean emphasis) implements Block {
    }

    /** @param codeColumn a column shown as code (a file path), or -1 */
    private record Table(List<String> columns, List<List<String>> rows, int codeColumn) implements Block {
    }

    private record Code(String text) implements Block {
    }

    /** @param links each item links to an anchor (a table of contents) when its anchor is not null */
    private record Items(List<String> items, List<String> anchors, List<Integer> depths) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    CatalogueDocument(String title) {
        this.title = title;
    }

    CatalogueDocument heading(int level, String anchor, String text, String note) {
        blocks.add(new Heading(level, anchor, text, note));
        return this;
    }

    CatalogueDocument paragraph(String text) {
        blocks.add(new Paragraph(text, false));
        return this;
    }

    CatalogueDocument note(String text) {
        blocks.add(new Paragraph(text, true));
        return this;
    }

    CatalogueDocument table(List<String> columns, List<List<String>> rows, int codeColumn) {
        if (!rows.isEmpty()) {
            blocks.add(new Table(columns, rows, codeColumn));
        }
        return this;
    }

    /** A block of YAML shown as written. */
    CatalogueDocument code(String text) {
        blocks.add(new Code(text));
        return this;
    }

    /** A bulleted list; with anchors, a table of contents. */
    CatalogueDocument items(List<String> items, List<String> anchors, List<Integer> depths) {
        blocks.add(new Items(items, anchors, depths));
        return this;
    }

    // ---------------------------------------------------------------- Markdown

    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(md(title)).append("\n\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                md.append("#".repeat(Math.min(6, h.level()))).append(' ')
                        .append(h.anchor() == null ? "" : "<a id=\"" + h.anchor() + "\"></a>")
                        .append(md(h.text())).append(h.note() == null ? "" : " — " + md(h.note())).append("\n\n");
            } else if (block instanceof Paragraph p) {
                md.append(p.emphasis() ? "**" + md(p.text()) + "**" : md(p.text())).append("\n\n");
            } else if (block instanceof Table t) {
                table(md, t);
            } else if (block instanceof Code c) {
                md.append("```yaml\n").append(c.text().strip()).append("\n```\n\n");
            } else if (block instanceof Items list) {
                for (int i = 0; i < list.items().size(); i++) {
                    String item = md(list.items().get(i));
                    String anchor = list.anchors() == null ? null : list.anchors().get(i);
                    md.append("  ".repeat(list.depths() == null ? 0 : list.depths().get(i))).append("- ")
                            .append(anchor == null ? item : "[" + item + "](#" + anchor + ")").append('\n');
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Table t) {
        md.append("| ").append(String.join(" | ", t.columns())).append(" |\n");
        md.append("|").append("---|".repeat(t.columns().size())).append('\n');
        for (List<String> row : t.rows()) {
            md.append("| ");
            for (int i = 0; i < row.size(); i++) {
                md.append(i == 0 ? "" : " | ").append(md(row.get(i)).replace("|", "\\|").replace("\n", " "));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    /** Escapes the characters Markdown would read as markup in running text. */
    private static String md(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;").replace("[", "\\[");
    }

    // ---------------------------------------------------------------- HTML

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:72em;\
            padding:0 1em;color:#222;line-height:1.5}
            h1{font-size:1.6em;border-bottom:2px solid #333;padding-bottom:.3em}
            h2{font-size:1.35em;margin-top:1.6em;border-bottom:1px solid #ccc}
            h3{font-size:1.15em;margin-top:1.3em}h4,h5,h6{font-size:1em;margin-top:1.1em}
            table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}
            th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}code{font-family:Consolas,monospace;font-size:.95em}
            pre{background:#f6f6f6;border:1px solid #ddd;padding:.6em;overflow-x:auto;font-size:.9em}
            .note{color:#a00;font-weight:bold}.points{color:#555;font-weight:normal}
            ul.toc{list-style:none;padding-left:0}ul.toc li{margin:.1em 0}ul li.depth-1{margin-left:1.5em}\
            ul li.depth-2{margin-left:3em}ul li.depth-3{margin-left:4.5em}ul li.depth-4{margin-left:6em}\
            ul li.depth-5{margin-left:7.5em}ul li.depth-6{margin-left:9em}
            @media print{a{color:inherit;text-decoration:none}h2,h3{page-break-after:avoid}}
            """;

    /** Deeper items are indented as this deep (an indicator framework has four levels). */
    private static final int MAX_DEPTH = 6;

    private static final String STYLE_BLOCK = "\n" + CSS;

    /**
     * The Content-Security-Policy hash of the page's one {@code <style>} block: the page keeps its styles inline (it is
     * also written as a file), and the service allows exactly that block and no other inline style.
     */
    static String styleHash() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(STYLE_BLOCK.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE_BLOCK).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                int level = Math.min(6, h.level());
                html.append("<h").append(level).append(h.anchor() == null ? "" : " id=\"" + escape(h.anchor()) + "\"")
                        .append('>').append(escape(h.text()));
                if (h.note() != null) {
                    html.append(" <span class=\"note\">").append(escape(h.note())).append("</span>");
                }
                html.append("</h").append(level).append(">\n");
            } else if (block instanceof Paragraph p) {
                html.append(p.emphasis() ? "<p class=\"note\">" : "<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Table t) {
                htmlTable(html, t);
            } else if (block instanceof Code c) {
                html.append("<pre><code>").append(escape(c.text().strip())).append("</code></pre>\n");
            } else if (block instanceof Items list) {
                html.append(list.anchors() == null ? "<ul>\n" : "<ul class=\"toc\">\n");
                for (int i = 0; i < list.items().size(); i++) {
                    String item = escape(list.items().get(i));
                    String anchor = list.anchors() == null ? null : list.anchors().get(i);
                    int depth = list.depths() == null ? 0 : list.depths().get(i);
                    html.append(depth == 0 ? "<li>" : "<li class=\"depth-" + Math.min(depth, MAX_DEPTH) + "\">")
                            .append(anchor == null ? item : "<a href=\"#" + escape(anchor) + "\">" + item + "</a>")
                            .append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void htmlTable(StringBuilder html, Table t) {
        html.append("<table>\n<tr>");
        t.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = escape(row.get(i));
                html.append("<td>").append(i == t.codeColumn() ? "<code>" + cell + "</code>" : cell).append("</td>");
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
}
