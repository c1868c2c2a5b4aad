package cn.selfeval.checks;

import cn.selfeval.engine.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * A message with named placeholders, e.g. {@code 项目{id}「{name}」：合同{contractSignedOn}才签订}. The names are
 * resolved when the pack loads (an unknown one is a problem naming the file and line), values are written by
 * {@link Values}. {@code {{} and {@code }}} stand for literal braces.
 */
public final class Template {

    private final String text;
    private final List<Object> parts;

    private Template(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    public static final Template EMPTY = new Template("", List.of());

    /** The template, or null (with a problem) when a placeholder is unknown or a brace is unmatched. */
    static Template compile(String text, Vocabulary vocabulary, Position position, CheckProblems problems) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean ok = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i++;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    problems.at(position, "说明文字“" + text + "”中的 { 没有对应的 }（占位符写作 {字段名}）");
                    return null;
                }
                String name = text.substring(i + 1, end).strip();
                ValueSource source = vocabulary.resolve(name);
                if (source == null) {
                    problems.at(position, "说明文字中的占位符 {" + name + "} 不是字段、计算值或参数"
                            + CheckProblems.didYouMean(name, vocabulary.names()) + "；可用的计算值和字段见 rules doc 生成的编写参考");
                    ok = false;
                } else {
                    parts.add(literal.toString());
                    literal.setLength(0);
                    parts.add(source);
                }
                i = end;
            } else if (c == '}') {
                problems.at(position, "说明文字“" + text + "”中的 } 没有对应的 {（要写 } 本身请写 }}）");
                return null;
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return ok ? new Template(text, List.copyOf(parts)) : null;
    }

    public String render(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            out.append(part instanceof ValueSource source ? Values.format(source.value(evaluation)) : (String) part);
        }
        return out.toString();
    }

    /** The template as written, for the catalogue. */
    public String text() {
        return text;
    }
}
