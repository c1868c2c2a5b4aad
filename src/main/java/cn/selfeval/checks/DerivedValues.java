package cn.selfeval.checks;

import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.model.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values a check defines in the pack ({@code values:}), computed before its kind judges: a total over the list
 * ({@code sum}; judging each fact, the fact's own value — so one word, {@code scope}, switches a check between
 * the total and each item), a percentage ({@code percent … of …}), a difference, a sum of other values or the magnitude of
 * one (e.g. 预算调整率 counts a cut like an increase). Each may be used
 * like a field: as the {@code rate} of a rate check, in conditions, messages and comparisons. A value whose operand
 * is missing (an actual not submitted) or whose percentage has a zero base is missing too, so that the kind
 * reports it as uncomputable rather than guessing.
 */
public final class DerivedValues {

    public static final DerivedValues NONE = new DerivedValues(List.of());

    /** The operations a value may be defined by, for the authors' reference and did-you-mean. */
    public static final Map<String, String> OPERATIONS = ordered(
            "sum", "{ sum: 字段 }：scope: total 时为列表中各事实该字段之和（有一项未填报则无法计算）；逐项判断时为该事实的字段值，"
                    + "所以把 scope: total 改为 each 就从按合计判断变为逐项判断",
            "percent", "{ percent: 值, of: 值 }：值 ÷ 值 × 100（精确；分母为0或未填报则无法计算）",
            "difference", "{ difference: [值, 值] }：前者减后者",
            "add", "{ add: [值, 值, …] }：各值之和",
            "absolute", "{ absolute: 值 }：绝对值（如调增、调减都计为预算调整）");

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("sum", "percent", "of", "difference", "add",
            "absolute", "label"));

    private final List<Value> values;

    /** One value: its name, its label, and how it is computed from the facts and the values before it. */
    private record Value(String name, String label, Computation computation) {
    }

    @FunctionalInterface
    private interface Computation {
        BigDecimal compute(Evaluation evaluation, List<? extends Fact> facts);
    }

    private DerivedValues(List<Value> values) {
        this.values = values;
    }

    /** The values as variables of the check's messages and conditions. */
    public List<Variable> variables() {
        return values.stream().map(v -> new Variable(v.name(), v.label(), ValueType.NUMBER)).toList();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The evaluation with every value computed, in the order defined; the facts are those a sum adds up. */
    public Evaluation apply(Evaluation evaluation, List<? extends Fact> facts) {
        if (values.isEmpty()) {
            return evaluation;
        }
        Evaluation current = evaluation;
        for (Value value : values) {
            Map<String, Object> computed = new HashMap<>();
            computed.put(value.name(), value.computation().compute(current, facts));
            current = current.with(computed);
        }
        return current;
    }

    /**
     * Reads {@code values:}. Operands are fields of the facts (not for a total), the values before, or parameters.
     *
     * @param fields the fields of the list's facts, which {@code sum} adds up
     * @param total  whether the check judges the list as a whole (only then may a value be a sum)
     */
    static DerivedValues read(YamlNode node, Map<String, FieldRef> fields, boolean total, Vocabulary base,
            CheckProblems problems, String check) {
        Map<String, YamlNode> entries = node.mapping("values", null);
        if (entries == null) {
            return null;
        }
        List<Value> values = new ArrayList<>();
        List<Variable> known = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            String name = entry.getKey();
            Vocabulary vocabulary = new Vocabulary(known, total ? Map.of() : base.fields(), base.parameters());
            if (vocabulary.resolve(name) != null && !vocabulary.isParameter(name)) {
                problems.at(entry.getValue().position(), "计算值 " + name + " 与字段或前面的计算值同名，请换一个名称");
                ok = false;
                continue;
            }
            Value value = value(name, entry.getValue(), fields, total, vocabulary, problems, check);
            if (value == null) {
                ok = false;
                continue;
            }
            values.add(value);
            known.add(new Variable(value.name(), value.label(), ValueType.NUMBER));
            base.parametersUsed().addAll(vocabulary.parametersUsed());
        }
        return ok ? new DerivedValues(List.copyOf(values)) : null;
    }

    private static Value value(String name, YamlNode node, Map<String, FieldRef> fields, boolean total,
            Vocabulary vocabulary, CheckProblems problems, String check) {
        Map<String, YamlNode> spec = node.mapping("计算值 " + name, KEYS);
        if (spec == null) {
            return null;
        }
        String label = spec.containsKey("label") ? spec.get("label").text("label") : name;
        List<String> operations = spec.keySet().stream().filter(OPERATIONS::containsKey).toList();
        if (operations.size() != 1) {
            problems.at(node.position(), "计算值 " + name + " 写一种计算：" + String.join("、", OPERATIONS.keySet())
                    + "（如 { percent: actualTotal, of: budgetTotal }）");
            return null;
        }
        String operation = operations.get(0);
        YamlNode operand = spec.get(operation);
        switch (operation) {
            case "sum" -> {
                String field = operand.text("sum");
                FieldRef ref = field == null ? null : fields.get(field);
                if (ref == null || ref.type() != ValueType.NUMBER) {
                    problems.at(operand.position(), "sum: " + field + " 应为列表中事实的数字段"
                            + CheckProblems.didYouMean(String.valueOf(field), List.copyOf(fields.keySet())));
                    return null;
                }
                return new Value(name, label, (e, facts) -> sum(ref, facts, e.year()));
            }
            case "percent" -> {
                if (!spec.containsKey("of")) {
                    problems.at(node.position(), "计算值 " + name + "：percent 需要 of（分母）");
                    return null;
                }
                ValueSource part = operand(operand, vocabulary, problems, name);
                ValueSource whole = operand(spec.get("of"), vocabulary, problems, name);
                if (part == null || whole == null) {
                    return null;
                }
                return new Value(name, label, (e, facts) -> Rounding.exactPercent(number(part, e), number(whole, e)));
            }
            case "absolute" -> {
                if (spec.containsKey("of")) {
                    problems.at(spec.get("of").position(), "计算值 " + name + "：of 只与 percent 一起写");
                    return null;
                }
                ValueSource source = operand(operand, vocabulary, problems, name);
                if (source == null) {
                    return null;
                }
                return new Value(name, label, (e, facts) -> {
                    BigDecimal value = number(source, e);
                    return value == null ? null : value.abs();
                });
            }
            default -> {
                if (spec.containsKey("of")) {
                    problems.at(spec.get("of").position(), "计算值 " + name + "：of 只与 percent 一起写");
                    return null;
                }
                List<ValueSource> sources = new ArrayList<>();
                for (YamlNode item : operand.items()) {
                    ValueSource source = operand(item, vocabulary, problems, name);
                    if (source == null) {
                        return null;
                    }
                    sources.add(source);
                }
                if (operation.equals("difference") && sources.size() != 2) {
                    problems.at(operand.position(), "计算值 " + name + "：difference 写两项 [被减数, 减数]");
                    return null;
                }
                if (sources.isEmpty()) {
                    problems.at(operand.position(), "计算值 " + name + "：add 至少写一项");
                    return null;
                }
                boolean subtract = operation.equals("difference");
                return new Value(name, label, (e, facts) -> combine(sources, e, subtract));
            }
        }
    }

    private static ValueSource operand(YamlNode node, Vocabulary vocabulary, CheckProblems problems, String name) {
        String text = node.text("计算值的运算对象");
        ValueSource source = text == null ? null : vocabulary.resolve(text);
        if (source == null || source.type() != ValueType.NUMBER) {
            problems.at(node.position(), "计算值 " + name + " 中的 " + text + " 不是数字段、前面的计算值或参数"
                    + CheckProblems.didYouMean(String.valueOf(text), vocabulary.names()));
            return null;
        }
        return source;
    }

    private static BigDecimal sum(FieldRef field, List<? extends Fact> facts, int year) {
        BigDecimal total = BigDecimal.ZERO;
        for (Fact fact : facts) {
            BigDecimal value = ValueType.decimal(field.read(fact, year));
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    private static BigDecimal combine(List<ValueSource> sources, Evaluation evaluation, boolean subtract) {
        BigDecimal result = null;
        for (ValueSource source : sources) {
            BigDecimal value = number(source, evaluation);
            if (value == null) {
                return null;
            }
            result = result == null ? value : subtract ? result.subtract(value) : result.add(value);
        }
        return result;
    }

    private static BigDecimal number(ValueSource source, Evaluation evaluation) {
        return ValueType.decimal(source.value(evaluation));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
