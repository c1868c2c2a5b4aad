package cn.selfeval.checks;

import cn.selfeval.model.FactLists;
import cn.selfeval.rulepack.Parameters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message templates in hand-written DRL: a rule writes {@code .with("max", max).deduct(points, "项目{id}「{name}」…")}
 * and the placeholders are the fields of the fact the outcome is about, the values given with {@code with}, and the
 * pack's parameters — the same templates, written the same way ({@link Values}), as checks written as data.
 */
public final class RuleMessages {

    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();
    private static final String WHERE = "rule-message";

    private RuleMessages() {
    }

    /**
     * @throws IllegalStateException naming the unknown placeholder (the rule fails, and its file is reported)
     */
    public static String render(String template, Object fact, Map<String, Object> variables, Parameters params,
            int year) {
        if (template.indexOf('{') < 0 && template.indexOf("[[") < 0) {
            return template;
        }
        java.util.TreeMap<String, ValueType> types = new java.util.TreeMap<>();
        variables.forEach((n, v) -> types.put(n, v == null ? ValueType.OTHER : ValueType.of(v.getClass())));
        String key = fact.getClass().getName() + "\n" + types + "\n" + template;
        Template compiled = CACHE.computeIfAbsent(key, k -> compile(template, fact.getClass(), types, params));
        return compiled.render(new Evaluation(fact, variables, new CheckContext(year, params, null, null, null)));
    }

    private static Template compile(String template, Class<?> type, Map<String, ValueType> variables, Parameters params) {
        List<Vocabulary.Variable> declared = variables.entrySet().stream()
                .map(v -> new Vocabulary.Variable(v.getKey(), v.getKey(), v.getValue())).toList();
        Vocabulary vocabulary = new Vocabulary(declared, FieldCatalog.of(type, FactLists.of(type)), params);
        CheckProblems problems = new CheckProblems(f -> f);
        Template compiled = Template.compile(template, vocabulary, new Position(WHERE, 0), problems);
        if (compiled == null) {
            throw new IllegalStateException(String.join("；", problems.all()).replace(WHERE + ":0：", "说明文字："));
        }
        return compiled;
    }
}
