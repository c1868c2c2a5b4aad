package cn.selfeval.checks;

import cn.selfeval.model.Labelled;
import java.util.List;

/**
 * A field of a fact as checks written as data refer to it: its JSON name (a dotted path for a nested field, e.g.
 * {@code exemption.reason}), its Chinese title and type, and how to read it from a fact.
 *
 * @param derived   true for a value computed from the fact's fields (annotated {@code @Derived} in the model)
 * @param enumType  for an {@link ValueType#ENUM} field, the enum whose JSON codes it takes
 */
public record FieldRef(String name, String title, ValueType type, boolean derived, Class<?> enumType,
        Reader reader) {

    /** Reads the field of a fact for an evaluation year (null when a step of the path is absent). */
    @FunctionalInterface
    public interface Reader {
        Object read(Object fact, int year);
    }

    public Object read(Object fact, int year) {
        return reader.read(fact, year);
    }

    /** A value the check defines ({@code values:}), tested by conditions like a field; read from the evaluation. */
    static FieldRef ofValue(String name, String title) {
        return new FieldRef(name, title, ValueType.NUMBER, true, null, null);
    }

    /** The field's value in an evaluation: a check's own value from its variables, a field from the fact. */
    public Object read(Evaluation evaluation) {
        return reader == null ? evaluation.variables().get(name) : reader.read(evaluation.fact(), evaluation.year());
    }

    /** The JSON codes of the enum, in declaration order; empty for other types. */
    public List<String> enumCodes() {
        if (enumType == null) {
            return List.of();
        }
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(c -> ((Labelled) c).code()).toList();
    }

    /** The enum constant with the JSON code, or null. */
    public Object enumValue(String code) {
        if (enumType == null) {
            return null;
        }
        for (Object constant : enumType.getEnumConstants()) {
            if (((Labelled) constant).code().equals(code)) {
                return constant;
            }
        }
        return null;
    }

    /** "awardNoticeOn（中标（成交）通知书日期）". */
    public String describe() {
        return title == null ? name : name + "（" + title + "）";
    }
}
