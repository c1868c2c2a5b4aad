package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the submission schema says about one place in the document: the property's own schema followed by the
 * schemas it {@code $ref}s, so that its own {@code title} wins over the shared definition's.
 */
public final class SchemaField {

    private final JsonNode schemaRoot;
    private final List<JsonNode> chain;

    private SchemaField(JsonNode schemaRoot, List<JsonNode> chain) {
        this.schemaRoot = schemaRoot;
        this.chain = chain;
    }

    public static SchemaField root(JsonNode schemaRoot) {
        return of(schemaRoot, schemaRoot);
    }

    private static SchemaField of(JsonNode schemaRoot, JsonNode schema) {
        List<JsonNode> chain = new ArrayList<>();
        JsonNode current = schema;
        while (current != null && current.isObject() && chain.size() < 8) {
            chain.add(current);
            JsonNode ref = current.get("$ref");
            current = ref != null && ref.isTextual() && ref.asText().startsWith("#")
                    ? schemaRoot.at(ref.asText().substring(1))
                    : null;
        }
        return new SchemaField(schemaRoot, chain);
    }

    /** The schema of the place at {@code path}, or null when the schema does not describe it. */
    public static SchemaField at(JsonNode schemaRoot, NodePath path) {
        SchemaField field = root(schemaRoot);
        for (Object element : path.elements()) {
            field = field.child(element);
            if (field == null) {
                return null;
            }
        }
        return field;
    }

    public SchemaField child(Object element) {
        if (element instanceof Integer) {
            JsonNode items = get("items");
            return items != null && items.isObject() ? of(schemaRoot, items) : null;
        }
        JsonNode properties = get("properties");
        if (properties != null && properties.has((String) element)) {
            return of(schemaRoot, properties.get((String) element));
        }
        JsonNode additional = get("additionalProperties");
        return additional != null && additional.isObject() ? of(schemaRoot, additional) : null;
    }

    /** The first value of {@code keyword} along the reference chain. */
    public JsonNode get(String keyword) {
        for (JsonNode schema : chain) {
            if (schema.has(keyword)) {
                return schema.get(keyword);
            }
        }
        return null;
    }

    /** An amount in 万元: it refers to the schema's amount definition, or its description says 万元. */
    public boolean amount() {
        for (JsonNode schema : chain) {
            JsonNode ref = schema.get("$ref");
            if (ref != null && ref.asText().equals("#/$defs/amount")) {
                return true;
            }
        }
        JsonNode description = get("description");
        return description != null && description.asText().contains("万元");
    }

    public String title() {
        JsonNode title = get("title");
        return title == null ? null : title.asText();
    }

    /** The property names the schema declares, in schema order. */
    public List<String> propertyNames() {
        List<String> names = new ArrayList<>();
        JsonNode properties = get("properties");
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    public String description() {
        JsonNode description = get("description");
        return description == null ? null : description.asText();
    }

    /** The names of the required properties. */
    public List<String> required() {
        List<String> names = new ArrayList<>();
        JsonNode required = get("required");
        if (required != null) {
            required.forEach(r -> names.add(r.asText()));
        }
        return names;
    }

    /** The codes of an enumeration, in schema order; empty when the field is not one. */
    public List<String> enumCodes() {
        List<String> codes = new ArrayList<>();
        JsonNode values = get("enum");
        if (values != null) {
            values.forEach(v -> codes.add(v.asText()));
        }
        return codes;
    }

    /** The JSON types the schema allows ("string", "null", ...). */
    public List<String> types() {
        List<String> types = new ArrayList<>();
        JsonNode type = get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types;
    }
}
