package cn.selfeval.checks;

import cn.selfeval.rulepack.Parameter;
import cn.selfeval.rulepack.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a check's messages and comparisons may use, in the order they are looked up: the values its kind
 * computes (e.g. {@code deadline}), the fields of its facts by JSON name ({@code contractSignedOn},
 * {@code exemption.reason}, derived values), the pack's parameters by name, and {@code evaluationYear}.
 */
public final class Vocabulary {

    /**
     * A value the kind computes.
     *
     * @param label       how comparisons name it (short)
     * @param description what it is, for the authors' reference
     */
    public record Variable(String name, String label, String description, ValueType type) {

        public Variable(String name, String label, ValueType type) {
            this(name, label, label, type);
        }
    }

    public static final String EVALUATION_YEAR = "evaluationYear";

    private final Map<String, Variable> variables;
    private final Map<String, FieldRef> fields;
    private final Map<String, FieldRef> conditionFields;
    private final Parameters parameters;
    private final List<String> parametersUsed = new ArrayList<>();

    public Vocabulary(List<Variable> variables, Map<String, FieldRef> fields, Parameters parameters) {
        this(variables, fields, parameters, List.of());
    }

    /** @param values the values the check defines ({@code values:}), which conditions may test like fields */
    public Vocabulary(List<Variable> variables, Map<String, FieldRef> fields, Parameters parameters,
            List<Variable> values) {
        this.variables = new LinkedHashMap<>();
        variables.forEach(v -> this.variables.put(v.name(), v));
        values.forEach(v -> this.variables.putIfAbsent(v.name(), v));
        Map<String, FieldRef> all = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        values.forEach(v -> all.put(v.name(), FieldRef.ofValue(v.name(), v.label())));
        this.fields = fields == null ? Map.of() : fields;
        this.conditionFields = java.util.Collections.unmodifiableMap(all);
        this.parameters = parameters;
    }

    /** What conditions may test: the fields, and the values the check defines. */
    public Map<String, FieldRef> conditionFields() {
        return conditionFields;
    }

    public Parameters parameters() {
        return parameters;
    }

    public Map<String, FieldRef> fields() {
        return fields;
    }

    /** The parameters resolved so far (for the catalogue and the unused-parameter warning). */
    public List<String> parametersUsed() {
        return parametersUsed;
    }

    /** The source of a name, or null when the name means nothing here. */
    public ValueSource resolve(String name) {
        Variable variable = variables.get(name);
        if (variable != null) {
            return new ValueSource() {
                public Object value(Evaluation e) {
                    return e.variables().get(name);
                }

                public String label() {
                    return variable.label();
                }

                public ValueType type() {
                    return variable.type();
                }
            };
        }
        FieldRef field = fields.get(name);
        if (field != null) {
            return new ValueSource() {
                public Object value(Evaluation e) {
                    return e.fact() == null ? null : field.read(e.fact(), e.year());
                }

                public String label() {
                    return field.title() == null ? field.name() : field.title();
                }

                public ValueType type() {
                    return field.type();
                }
            };
        }
        if (parameters.contains(name)) {
            parametersUsed.add(name);
            Parameter parameter = parameters.get(name);
            return new ValueSource() {
                public Object value(Evaluation e) {
                    return e.context().params().number(name);
                }

                public String label() {
                    return parameter.label() == null ? name : parameter.label();
                }

                public ValueType type() {
                    return ValueType.NUMBER;
                }
            };
        }
        if (EVALUATION_YEAR.equals(name)) {
            return new ValueSource() {
                public Object value(Evaluation e) {
                    return e.year();
                }

                public String label() {
                    return "评价年度";
                }

                public ValueType type() {
                    return ValueType.NUMBER;
                }
            };
        }
        return null;
    }

    /** Every name this vocabulary knows, for did-you-mean suggestions. */
    public List<String> names() {
        List<String> names = new ArrayList<>(variables.keySet());
        names.addAll(fields.keySet());
        names.add(EVALUATION_YEAR);
        names.addAll(parameters.all().keySet());
        return names;
    }

    public boolean isParameter(String name) {
        return !variables.containsKey(name) && !fields.containsKey(name) && parameters.contains(name);
    }
}
