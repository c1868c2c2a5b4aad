package cn.selfeval.checks;

import cn.selfeval.engine.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * A message with named placeholders, e.g. {@code 项目{id}「{name}」：合同{contractSignedOn}才签订}. The names are
 * resolved when the pack loads (an unknown one is a problem naming the file and line), values are written by
 * {@link Values}. A part in {@code [[ … ]]} is written only when every placeholder in it has a value, e.g.
 * {@code {issuedOn}印发[[、{repealedOn}废止]]}. {@code {{} and {@code }}} stand for literal braces.
 */
public final class Template {

    private final String text;
    private final List<Object> parts;

    private Template(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    public static final Template EMPTY = new Template("", List.of());

    /** The template, or null (with a problem) when a placeholder is unknown or a bracket is unmatched. */
    static Template compile(String text, Vocabulary vocabulary, Position position, CheckProblems problems) {
        List<Object> parts = new ArrayList<>();
        int at = 0;
        boolean ok = true;
        while (at < text.length()) {
            int open = text.indexOf("[[", at);
            if (open < 0) {
                ok &= parse(text.substring(at), text, vocabulary, position, problems, parts);
                break;
            }
            int close = text.indexOf("]]", open);
            if (close < 0) {
                problems.at(position, "说明文字“" + text + "”中的 [[ 没有对应的 ]]（可省略的部分写作 [[…{字段名}…]]）");
                return null;
            }
            ok &= parse(text.substring(at, open), text, vocabulary, position, problems, parts);
            List<Object> optional = new ArrayList<>();
            ok &= parse(text.substring(open + 2, close), text, vocabulary, position, problems, optional);
            parts.add(new Optional(List.copyOf(optional)));
            at = close + 2;
        }
        return ok ? new Template(text, List.copyOf(parts)) : null;
    }

    /** {@code {separatesDuties?规定了:未规定}}: one of two texts by a true/false value. */
    private record Choice(ValueSource source, String whenTrue, String whenFalse) {

        String render(Evaluation evaluation) {
            return Boolean.TRUE.equals(source.value(evaluation)) ? whenTrue : whenFalse;
        }
    }

    /** A part written only when all its placeholders have values. */
    private record Optional(List<Object> parts) {
    }

    private static boolean parse(String segment, String text, Vocabulary vocabulary, Position position,
            CheckProblems problems, List<Object> parts) {
        StringBuilder literal = new StringBuilder();
        boolean ok = true;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < segment.length() && segment.charAt(i + 1) == c) {
                literal.append(c);
                i++;
            } else if (c == '{') {
                int end = segment.indexOf('}', i);
                if (end < 0) {
                    problems.at(position, "说明文字“" + text + "”中的 { 没有对应的 }（占位符写作 {字段名}）");
                    return false;
                }
                String name = segment.substring(i + 1, end).strip();
                String[] choice = null;
                int question = name.indexOf('?');
                if (question > 0) {
                    String[] texts = name.substring(question + 1).split(":", -1);
                    name = name.substring(0, question).strip();
                    if (texts.length != 2) {
                        problems.at(position, "占位符 {" + segment.substring(i + 1, end) + "} 应写作 {字段名?成立时的文字:不成立时的文字}");
                        return false;
                    }
                    choice = texts;
                }
                ValueSource source = vocabulary.resolve(name);
                if (source != null && choice != null && source.type() != ValueType.BOOLEAN
                        && source.type() != ValueType.OTHER) {
                    problems.at(position, "占位符 {" + name + "?…:…} 只能用于是/否字段，" + name + " 是" + source.type().label());
                    ok = false;
                } else if (source != null && choice != null) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                    parts.add(new Choice(source, choice[0], choice[1]));
                } else if (source == null) {
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
                return false;
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return ok;
    }

    public String render(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        render(parts, evaluation, out);
        return out.toString();
    }

    private static void render(List<Object> parts, Evaluation evaluation, StringBuilder out) {
        for (Object part : parts) {
            if (part instanceof ValueSource source) {
                out.append(source.shown(evaluation));
            } else if (part instanceof Choice choice) {
                out.append(choice.render(evaluation));
            } else if (part instanceof Optional optional) {
                StringBuilder inner = new StringBuilder();
                if (renderAll(optional.parts(), evaluation, inner)) {
                    out.append(inner);
                }
            } else {
                out.append((String) part);
            }
        }
    }

    /** An optional part: written only when every value is there (none absent, none empty). */
    private static boolean renderAll(List<Object> parts, Evaluation evaluation, StringBuilder out) {
        for (Object part : parts) {
            if (part instanceof ValueSource source) {
                Object value = source.value(evaluation);
                if (value == null || value instanceof String text && text.isEmpty()) {
                    return false;
                }
                out.append(Values.shown(value, source.label()));
            } else if (part instanceof Choice choice) {
                out.append(choice.render(evaluation));
            } else {
                out.append((String) part);
            }
        }
        return true;
    }

    /** The template as written, for the catalogue. */
    public String text() {
        return text;
    }
}
