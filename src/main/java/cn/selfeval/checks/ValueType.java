package cn.selfeval.checks;

import cn.selfeval.model.Labelled;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What kind of value a field holds, as far as conditions and messages care. */
public enum ValueType {
    NUMBER("数"),
    DATE("日期"),
    BOOLEAN("是/否"),
    ENUM("可选值"),
    TEXT("文本"),
    OTHER("其他");

    private final String label;

    ValueType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ValueType of(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return NUMBER;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            return ENUM;
        }
        if (type == String.class) {
            return TEXT;
        }
        return OTHER;
    }

    /** A number of any Java type as a decimal, for comparisons; null stays null. */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof cn.selfeval.decimal.Figure figure) {
            return figure.value();
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw new IllegalArgumentException("not a decimal: " + value.getClass().getSimpleName());
    }
}
