package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Accepts the Chinese label of an enumeration wherever its English code is accepted ("竞争性磋商" for
 * competitiveConsultation), by replacing labels with codes before the schema sees the document. A text that is
 * neither stays as it is, for the schema to report with the list of choices.
 */
final class EnumNormalizer {

    private EnumNormalizer() {
    }

    static void normalize(JsonNode document, SubmissionSchema schema) {
        if (document != null) {
            walk(document, schema.rootField());
        }
    }

    private static void walk(JsonNode node, SchemaField field) {
        if (field == null) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            object.fields().forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> entry : entries) {
                SchemaField child = field.child(entry.getKey());
                String code = codeOf(entry.getValue(), child);
                if (code != null) {
                    object.set(entry.getKey(), TextNode.valueOf(code));
                } else {
                    walk(entry.getValue(), child);
                }
            }
        } else if (node instanceof ArrayNode array) {
            SchemaField items = field.child(0);
            for (int i = 0; i < array.size(); i++) {
                String code = codeOf(array.get(i), items);
                if (code != null) {
                    array.set(i, TextNode.valueOf(code));
                } else {
                    walk(array.get(i), items);
                }
            }
        }
    }

    /** The code to put in place of a label; null when the value is already a code, or no label of the field. */
    private static String codeOf(JsonNode value, SchemaField field) {
        if (field == null || value == null || !value.isTextual()) {
            return null;
        }
        List<String> codes = field.enumCodes();
        if (codes.isEmpty() || codes.contains(value.asText())) {
            return null;
        }
        return EnumLabels.codeFor(value.asText(), codes);
    }
}
