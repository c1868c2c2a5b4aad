package cn.selfeval.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in Chinese what Jackson's parser found wrong with malformed JSON. */
final class JsonSyntaxTranslator {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** Full-width punctuation typed by a Chinese input method, with the ASCII character JSON needs instead. */
    private static final Map<Character, String> FULL_WIDTH = Map.of(
            '，', ",", '：', ":", '“', "\"", '”', "\"", '｛', "{", '｝', "}", '［', "[", '］', "]", '　', "空格");

    private JsonSyntaxTranslator() {
    }

    /** "JSON 格式错误：第12行第7列附近缺少逗号…". */
    static String translate(JsonProcessingException e, Integer line, Integer column) {
        return translate(e.getOriginalMessage(), line, column);
    }

    static String translate(String original, Integer line, Integer column) {
        String where = line == null ? "" : "第" + line + "行" + (column == null ? "" : "第" + column + "列") + "附近";
        return "JSON 格式错误：" + where + describe(original);
    }

    static String describe(String original) {
        String message = original == null ? "" : original;
        if (message.startsWith("Document nesting depth")) {
            return "括号嵌套超过 " + JsonDocumentReader.MAX_NESTING + " 层（填报数据只有几层），文件可能已损坏，未继续读取";
        }
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return "数字超过 " + JsonDocumentReader.MAX_NUMBER_DIGITS + " 位，不是有效的金额或分值，未继续读取";
        }
        if (message.startsWith("String value length") || message.startsWith("String length")) {
            return "文本超过 " + JsonDocumentReader.MAX_STRING_CHARS + " 个字，未继续读取（各字段的长度上限见填报格式说明）";
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        if (unexpected.find()) {
            return unexpectedCharacter(Character.toChars(Integer.parseInt(unexpected.group(2))), message);
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            return "括号不配对：这里应是“" + close.group(2) + "”，却是“" + close.group(1) + "”";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            if (message.contains("close marker for Object")) {
                return "文件提前结束：有“{”没有对应的“}”";
            }
            if (message.contains("close marker for Array")) {
                return "文件提前结束：有“[”没有对应的“]”";
            }
            if (message.contains("VALUE_STRING") || message.contains("string value")) {
                return "文件提前结束：文本缺少结尾的双引号";
            }
            return "文件提前结束，内容不完整";
        }
        if (message.startsWith("Unrecognized token")) {
            return "无法识别的内容“" + quoted(message) + "”：文本要用英文双引号括起来，true、false、null 要小写";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "文本中有未转义的换行符或控制字符（换行要写成 \\n）";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "文件不是 UTF-8 编码，请用 UTF-8 另存后再提交";
        }
        if (message.startsWith("Duplicate field")) {
            return "同一对象中字段“" + quoted(message) + "”出现了两次";
        }
        if (message.startsWith("Trailing token")) {
            return "JSON 已经结束，后面还有多余的内容";
        }
        if (message.contains("Leading zeroes not allowed")) {
            return "数字不能以 0 开头";
        }
        if (message.startsWith("Non-standard token")) {
            return "“" + quoted(message) + "”不是 JSON 允许的数字";
        }
        if (message.contains("Invalid numeric value") || message.contains("Unexpected character")) {
            return "数字写法不正确（" + firstLine(message) + "）";
        }
        return "无法解析（" + firstLine(message) + "）";
    }

    private static String unexpectedCharacter(char[] chars, String message) {
        String found = new String(chars);
        String ascii = chars.length == 1 ? FULL_WIDTH.get(chars[0]) : null;
        if (ascii != null) {
            return "使用了中文标点“" + found + "”，JSON 里要用英文半角的“" + ascii + "”";
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return "JSON 不允许写注释";
        }
        if (found.equals("'")) {
            return "要用英文双引号，不能用单引号";
        }
        if (message.contains("comma to separate Object entries")) {
            return "缺少逗号或右花括号“}”";
        }
        if (message.contains("comma to separate Array entries")) {
            return "缺少逗号或右方括号“]”";
        }
        if (message.contains("double-quote to start field name")) {
            return found.equals("}") ? "“}”前面多了一个逗号" : "字段名要用英文双引号括起来";
        }
        if (message.contains("colon to separate field name and value")) {
            return "字段名后缺少冒号";
        }
        if (message.contains("expected a value") || message.contains("expected a valid value")) {
            return found.equals("]") || found.equals("}")
                    ? "“" + found + "”前面多了一个逗号或缺少值"
                    : "这里应是一个值，却是“" + found + "”";
        }
        return "出现了意外的字符“" + found + "”（" + firstLine(message) + "）";
    }

    private static String quoted(String message) {
        Matcher matcher = QUOTED.matcher(message);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
