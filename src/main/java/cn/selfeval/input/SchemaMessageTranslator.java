package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns networknt's schema violations into plain Chinese problems naming the field's title from the schema.
 * One problem per place: when a value has the wrong type, its enum or range violations are not repeated.
 */
final class SchemaMessageTranslator {

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SubmissionSchema schema;
    private ProblemCollector problems;

    SchemaMessageTranslator(SubmissionSchema schema) {
        this.schema = schema;
    }

    private record Translated(NodePath path, String key, int priority, String message) {
    }

    void translate(Iterable<ValidationMessage> messages, ProblemCollector problems) {
        this.problems = problems;
        Map<String, Translated> byPlace = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            Translated translated = translateSafely(message);
            Translated previous = byPlace.get(translated.key());
            if (previous == null || translated.priority() < previous.priority()) {
                byPlace.put(translated.key(), translated);
            }
        }
        byPlace.values().forEach(t -> problems.at(t.path(), t.message()));
    }

    private Translated translateSafely(ValidationMessage message) {
        try {
            return translate(message);
        } catch (RuntimeException e) {
            NodePath path = NodePath.of(message.getInstanceLocation());
            return new Translated(path, path + "#" + message.getType(), 3, "不符合要求（" + message.getMessage() + "）");
        }
    }

    private Translated translate(ValidationMessage message) {
        NodePath path = NodePath.of(message.getInstanceLocation());
        String keyword = message.getType();
        String property = message.getProperty();
        JsonNode value = message.getInstanceNode();
        switch (keyword) {
            case "required": {
                String title = schema.title(path.property(property));
                String forWorkbook = problems == null ? null : problems.missing(path, property, title);
                if (forWorkbook != null) {
                    NodePath cell = path.property(property);
                    return new Translated(cell, cell + "#missing", 1, forWorkbook);
                }
                return new Translated(path, path.property(property) + "#missing", 1, missing(path, property));
            }
            case "additionalProperties": {
                NodePath unknown = path.property(property);
                return new Translated(unknown, unknown.toString(), 1, unknownField(path, property));
            }
            case "type":
                return new Translated(path, path.toString(), 0,
                        "应为" + expectedTypes(message.getSchemaNode()) + "，实为" + JsonValues.describe(value));
            case "enum":
                return new Translated(path, path.toString(), 2, notAllowed(path, value, message.getSchemaNode()));
            case "minimum":
            case "maximum":
                return new Translated(path, path.toString(), 2, outOfRange(path, value));
            case "format":
                return new Translated(path, path.toString(), 2, badDate(value));
            case "maxLength":
                return new Translated(path, path.toString(), 2, "文字过长：最多 " + message.getSchemaNode().asInt()
                        + " 个字，实为 " + value.asText().codePointCount(0, value.asText().length()) + " 个字");
            case "multipleOf":
                return new Translated(path, path.toString(), 2, "最多两位小数（分值精确到0.01分），实为 "
                        + JsonValues.describe(value).replaceFirst("^(整数|数字) ", ""));
            case "pattern":
                return new Translated(path, path.toString(), 2, "\\S".equals(message.getSchemaNode().asText())
                        ? "不能为空白"
                        : "格式不符合要求（应匹配 " + message.getSchemaNode().asText() + "）");
            default:
                return new Translated(path, path + "#" + keyword, 3, "不符合要求（" + message.getMessage() + "）");
        }
    }

    private String missing(NodePath object, String property) {
        String title = schema.title(object.property(property));
        return "缺少必填字段 " + property + (title == null ? "" : "（" + title + "）");
    }

    private String unknownField(NodePath object, String property) {
        SchemaField field = schema.field(object);
        List<String> accepted = field == null ? List.of() : field.propertyNames();
        String guess = Spelling.closest(property, accepted);
        return "不认识的字段 " + property + (guess == null ? "" : "（是不是 " + guess + "？）")
                + "，可用字段：" + String.join("、", accepted);
    }

    private static String expectedTypes(JsonNode typeNode) {
        List<String> names = new ArrayList<>();
        if (typeNode != null && typeNode.isArray()) {
            typeNode.forEach(t -> names.add(typeName(t.asText())));
        } else if (typeNode != null) {
            names.add(typeName(typeNode.asText()));
        }
        return String.join("或", names);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "文本";
            case "number" -> "数字";
            case "integer" -> "整数";
            case "boolean" -> "布尔值 true 或 false";
            case "object" -> "对象 {…}";
            case "array" -> "数组 […]";
            case "null" -> "空值 null";
            default -> jsonType;
        };
    }

    private String notAllowed(NodePath path, JsonNode value, JsonNode enumNode) {
        List<String> codes = new ArrayList<>();
        if (enumNode != null) {
            enumNode.forEach(code -> codes.add(code.asText()));
        }
        String title = schema.title(path);
        String shown = value != null && value.isTextual() ? value.asText() : String.valueOf(value);
        String choices = problems != null && problems.fromWorkbook()
                ? String.join("、", codes.stream().map(EnumLabels::label).toList())
                : EnumLabels.describeAll(codes);
        return "“" + shown + "”不是可选的" + (title == null ? "值" : title) + "，可选：" + choices;
    }

    private String outOfRange(NodePath path, JsonNode value) {
        SchemaField field = schema.field(path);
        JsonNode minimum = field == null ? null : field.get("minimum");
        JsonNode maximum = field == null ? null : field.get("maximum");
        String actual = "，实为 " + JsonValues.describe(value).replaceFirst("^(整数|数字) ", "");
        boolean belowMinimum = minimum != null && value != null && value.isNumber()
                && value.doubleValue() < minimum.doubleValue();
        if (belowMinimum && minimum.doubleValue() == 0) {
            return negative(path, field) + "不能为负数" + actual;
        }
        if (minimum != null && maximum != null && minimum.doubleValue() != 0) {
            return "应在 " + number(minimum) + " 至 " + number(maximum) + " 之间" + actual;
        }
        if (belowMinimum || maximum == null) {
            return "不能小于 " + (minimum == null ? "下限" : number(minimum)) + actual;
        }
        return "不能大于 " + number(maximum) + actual;
    }

    /** What kind of quantity cannot be negative here: a self-score, a count or (by default) an amount. */
    private static String negative(NodePath path, SchemaField field) {
        if (!path.elements().isEmpty() && "selfScores".equals(path.elements().get(0))) {
            return "自评得分";
        }
        return field.types().contains("integer") ? "数量" : "金额";
    }

    private static String badDate(JsonNode value) {
        String text = value == null ? "" : value.asText();
        if (DATE_SHAPE.matcher(text).matches()) {
            return "日期“" + text + "”不存在";
        }
        return "日期“" + text + "”不存在或格式不是 YYYY-MM-DD（如 2023-04-01）";
    }

    private static String number(JsonNode node) {
        return JsonValues.number(node.decimalValue());
    }
}
