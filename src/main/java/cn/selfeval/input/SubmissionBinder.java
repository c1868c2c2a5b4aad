package cn.selfeval.input;

import cn.selfeval.model.Submission;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Binds a schema-valid JSON tree to the model; anything Jackson still objects to becomes a problem. */
final class SubmissionBinder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SubmissionBinder() {
    }

    static Submission bind(JsonNode document, ProblemCollector problems) {
        try {
            Submission submission = MAPPER.treeToValue(document, Submission.class);
            if (submission == null) {
                problems.at(NodePath.ROOT, "文件中没有数据");
            }
            return submission;
        } catch (JsonMappingException e) {
            problems.at(pathOf(e), "无法读取该值（" + e.getOriginalMessage() + "）");
        } catch (Exception e) {
            problems.at(NodePath.ROOT, "无法读取数据（" + e.getMessage() + "）");
        }
        return null;
    }

    private static NodePath pathOf(JsonMappingException e) {
        NodePath path = NodePath.ROOT;
        for (JsonMappingException.Reference reference : e.getPath()) {
            path = reference.getFieldName() != null
                    ? path.property(reference.getFieldName())
                    : path.index(reference.getIndex());
        }
        return path;
    }
}
