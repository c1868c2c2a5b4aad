package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The JSON Schema of a submission ({@value #RESOURCE} on the class path), compiled once. */
public final class SubmissionSchema {

    /**
     * selfeval's annotation of a field that records a step still planned (plannedProcurementStartOn): only the in-year
     * 预警 reads it, so a workbook made from a template older than its column lacks nothing the score needs.
     */
    public static final String PLANNED_KEYWORD = "x-selfeval-planned";


    public static final String RESOURCE = "/schema/submission.schema.json";

    private static final SubmissionSchema INSTANCE = load();

    private final JsonNode schemaNode;
    private final JsonSchema schema;
    private final SchemaField rootField;

    private SubmissionSchema(JsonNode schemaNode, JsonSchema schema) {
        this.schemaNode = schemaNode;
        this.schema = schema;
        this.rootField = SchemaField.root(schemaNode);
    }

    public static SubmissionSchema get() {
        return INSTANCE;
    }

    private static SubmissionSchema load() {
        try (InputStream in = SubmissionSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            JsonNode node = new ObjectMapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build();
            // selfeval's own annotation (a planned step's field, see FormField) is known to the validator, not guessed at.
            JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword(PLANNED_KEYWORD)).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta))
                    .getSchema(node, config);
            schema.initializeValidators();
            return new SubmissionSchema(node, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema says about the document as a whole. */
    public SchemaField rootField() {
        return rootField;
    }

    /** The schema document itself, e.g. to hand to users. */
    public JsonNode schemaNode() {
        return schemaNode;
    }

    Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }

    /** What the schema says about the place at {@code path}; null when it says nothing. */
    public SchemaField field(NodePath path) {
        return path == null ? null : rootField.at(path);
    }

    /**
     * The Chinese title of a field of the facts of a list, e.g. ("procurementProjects", "awardNoticeOn") →
     * 中标（成交）通知书日期; {@code field} may be a dotted path ("exemption.reason"); amounts end in （万元）; null when
     * the schema has none.
     */
    public String fieldTitle(String list, String field) {
        NodePath path = NodePath.ROOT;
        for (String name : list.split("\\.")) {
            path = path.property(name);
        }
        SchemaField listField = field(path);
        if (listField != null && listField.types().contains("array")) {
            path = path.index(0);
        }
        for (String name : field.split("\\.")) {
            path = path.property(name);
        }
        SchemaField described = field(path);
        if (described == null || described.title() == null) {
            return null;
        }
        return described.amount() ? described.title() + "（万元）" : described.title();
    }

    /** The Chinese title of a list (or object) of the submission, e.g. "assetManagement.assetPurchases" → 资产购置. */
    public String listTitle(String list) {
        NodePath path = NodePath.ROOT;
        for (String name : list.split("\\.")) {
            path = path.property(name);
        }
        return title(path);
    }

    /** The Chinese title of the place at {@code path}, or null. */
    public String title(NodePath path) {
        SchemaField field = field(path);
        return field == null ? null : field.title();
    }
}
