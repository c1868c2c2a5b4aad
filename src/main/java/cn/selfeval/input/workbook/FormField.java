package cn.selfeval.input.workbook;

import cn.selfeval.input.NodePath;
import cn.selfeval.input.SchemaField;
import cn.selfeval.input.SubmissionSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of the form: a column of a list sheet, a row of a key–value sheet or a column of a table sheet.
 * Everything but its place comes from the submission schema.
 *
 * @param path        the JSON property names from the item (or object) the sheet describes to the value, e.g.
 *                    {@code [exemption, type]}
 * @param title       the schema's Chinese title, what the header says
 * @param description the schema's description, as the header's comment shows it
 * @param type        what the cell holds
 * @param enumCodes   the codes of an enumeration (the cell shows their Chinese labels), else empty
 * @param required    whether the value must be filled whenever its row (or sheet) is
 * @param amount      an amount in 万元
 * @param minimum     the schema's minimum, or null
 */
public record FormField(List<String> path, String title, String description, FieldType type, List<String> enumCodes,
        boolean required, boolean amount, BigDecimal minimum, boolean planned) {

    public FormField {
        path = List.copyOf(path);
        enumCodes = List.copyOf(enumCodes);
    }

    /** The header as the template writes it: a leading * for required fields, the unit for amounts. */
    public String header() {
        return (required ? "*" : "") + title + (amount ? "（万元）" : "");
    }

    /** The JSON path of this field under {@code base}. */
    public NodePath under(NodePath base) {
        NodePath path = base;
        for (String name : this.path) {
            path = path.property(name);
        }
        return path;
    }

    /** The JSON name of the value's own property. */
    public String name() {
        return path.get(path.size() - 1);
    }

    static FormField of(List<String> path, SchemaField field, boolean required) {
        List<String> types = new ArrayList<>(field.types());
        types.remove("null");
        String jsonType = types.isEmpty() ? "string" : types.get(0);
        List<String> codes = field.enumCodes();
        FieldType type;
        if (!codes.isEmpty()) {
            type = FieldType.ENUM;
        } else if ("string".equals(jsonType) && field.get("format") != null && "date".equals(field.get("format").asText())) {
            type = FieldType.DATE;
        } else {
            type = switch (jsonType) {
                case "number" -> FieldType.NUMBER;
                case "integer" -> FieldType.INTEGER;
                case "boolean" -> FieldType.BOOLEAN;
                default -> FieldType.TEXT;
            };
        }
        String description = field.description() == null ? "" : field.description();
        boolean amount = type == FieldType.NUMBER && field.amount();
        BigDecimal minimum = field.get("minimum") == null ? null : field.get("minimum").decimalValue();
        return new FormField(path, field.title(), Descriptions.forWorkbook(description, codes), type, codes, required,
                amount, minimum, field.get(SubmissionSchema.PLANNED_KEYWORD) != null
                && field.get(SubmissionSchema.PLANNED_KEYWORD).asBoolean());
    }
}
