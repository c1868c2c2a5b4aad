package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Plain-text renderings of JSON values for messages. */
final class JsonValues {
    private JsonValues() {
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "空";
        }
        if (value.isTextual()) {
            return "文本“" + value.asText() + "”";
        }
        if (value.isIntegralNumber()) {
            return "整数 " + value.asText();
        }
        if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
            return "数字 " + value.asText();
        }
        if (value.isNumber()) {
            return "数字 " + number(value.decimalValue());
        }
        if (value.isBoolean()) {
            return "布尔值 " + value.asText();
        }
        if (value.isNull()) {
            return "空值 null";
        }
        if (value.isArray()) {
            return "数组 […]";
        }
        return "对象 {…}";
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
