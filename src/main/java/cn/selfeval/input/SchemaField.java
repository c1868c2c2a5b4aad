package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the submission schema says about one place in the document: the property's own schema followed by the
 * schemas it {@code $ref}s, so that its own {@code title} wins over the shared definition's. A field remembers its
 * children once looked up (every submission walks the same schema); the schema document is never changed.
 */
public final class SchemaField {

    /** The key of the items of an array among a field's remembered children. */
    private static final String ITEMS = "[]";
    private static final SchemaField NONE = new SchemaField(null, List.of());

    private final JsonNode schemaRoot;
    private final List<JsonNode> chain;
    private final Map<String, SchemaField> children = new ConcurrentHashMap<>();
    private volatile List<String> enumCodes;
    private volatile List<String> types;

    private SchemaField(JsonNode schemaRoot, List<JsonNode> chain) {
        this.schemaRoot = schemaRoot;
        this.chain = chain;
    }

    /** The schema's root; {@link SubmissionSchema#rootField()} keeps one for the submission schema. */
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

    /** The schema of the place at {@code path} below this field, or null when the schema does not describe it. */
    public SchemaField at(NodePath path) {
        SchemaField field = this;
        for (Object element : path.elements()) {
            field = field.child(element);
            if (field == null) {
                return null;
            }
        }
        return field;
    }

    /** The schema of a property (a String) or of an array's items (an Integer); null when it says nothing. */
    public SchemaField child(Object element) {
        String key = element instanceof Integer ? ITEMS : (String) element;
        SchemaField child = children.computeIfAbsent(key, k -> {
            SchemaField found = lookUp(element);
            return found == null ? NONE : found;
        });
        return child == NONE ? null : child;
    }

    private SchemaField lookUp(Object element) {
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
        List<String> known = enumCodes;
        if (known == null) {
            List<String> codes = new ArrayList<>();
            JsonNode values = get("enum");
            if (values != null) {
                values.forEach(v -> codes.add(v.asText()));
            }
            known = enumCodes = List.copyOf(codes);
        }
        return known;
    }

    /** The JSON types the schema allows ("string", "null", ...). */
    public List<String> types() {
        List<String> known = types;
        if (known == null) {
            List<String> list = new ArrayList<>();
            JsonNode type = get("type");
            if (type != null && type.isArray()) {
                type.forEach(t -> list.add(t.asText()));
            } else if (type != null) {
                list.add(type.asText());
            }
            known = types = List.copyOf(list);
        }
        return known;
    }
}
