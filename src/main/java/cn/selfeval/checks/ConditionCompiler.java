package cn.selfeval.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compiles a condition written in plain YAML against the fields of a kind of fact:
 * <pre>
 * when:
 *   method: singleSource                       # equals (an enumerated field takes its JSON code)
 *   budgetAmount: { above: procurement.single_source.max_budget }   # compared with a parameter
 *   amount: { above: budgetAmount }            # … or with another field
 *   approvedOn: { missing: true }              # not filled in
 *   acquiredOn: { inYear: true }               # within the evaluation year
 *   anyOf: [ { withinStandard: false }, { amount: { above: budgetAmount } } ]
 *   not: { exempt: true }
 * </pre>
 * Every entry of a mapping must hold (and). Unknown fields, enumerated codes and parameters are problems naming
 * the line, with the closest valid name.
 */
final class ConditionCompiler {

    static final List<String> OPERATORS = List.of("is", "isNot", "in", "notIn", "above", "atLeast", "below", "atMost",
            "missing", "inYear", "byYearEnd", "afterYear", "beforeYear");
    private static final Set<String> COMBINATORS = Set.of("anyOf", "allOf", "not");

    private final Vocabulary vocabulary;
    private final String facts;
    private final CheckProblems problems;

    ConditionCompiler(Vocabulary vocabulary, String facts, CheckProblems problems) {
        this.vocabulary = vocabulary;
        this.facts = facts;
        this.problems = problems;
    }

    /** The condition, or null when it has problems (already reported). */
    Condition compile(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping("条件", null);
        if (entries == null) {
            return null;
        }
        if (entries.isEmpty()) {
            problems.at(node.position(), "条件是空的");
            return null;
        }
        List<Condition> all = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            Condition condition = entry(entry.getKey(), entry.getValue(), node.keyPosition(entry.getKey()));
            ok &= condition != null;
            all.add(condition);
        }
        return ok ? all.stream().reduce(Condition::and).orElse(Condition.ALWAYS) : null;
    }

    private Condition entry(String key, YamlNode value, Position at) {
        switch (key) {
            case "anyOf", "allOf": {
                List<Condition> parts = new ArrayList<>();
                for (YamlNode item : value.items()) {
                    Condition part = compile(item);
                    if (part == null) {
                        return null;
                    }
                    parts.add(part);
                }
                return key.equals("anyOf") ? e -> parts.stream().anyMatch(p -> p.test(e))
                        : e -> parts.stream().allMatch(p -> p.test(e));
            }
            case "not": {
                Condition inner = compile(value);
                return inner == null ? null : e -> !inner.test(e);
            }
            default:
                return field(key, value, at);
        }
    }

    private Condition field(String name, YamlNode value, Position at) {
        FieldRef field = vocabulary.conditionFields().get(name);
        if (field == null) {
            List<String> names = new ArrayList<>(vocabulary.conditionFields().keySet());
            names.addAll(COMBINATORS);
            problems.at(at, "条件中的 " + name + " 不是 " + facts + " 的字段" + CheckProblems.didYouMean(name, names)
                    + "；可用字段：" + String.join("、", vocabulary.conditionFields().keySet()));
            return null;
        }
        if (!value.isMapping()) {
            return operator(field, "is", value, at);
        }
        Map<String, YamlNode> operators = value.mapping("字段 " + name + " 的条件", new LinkedHashSet<>(OPERATORS));
        if (operators == null || operators.isEmpty()) {
            return null;
        }
        List<Condition> all = new ArrayList<>();
        for (Map.Entry<String, YamlNode> op : operators.entrySet()) {
            Condition condition = operator(field, op.getKey(), op.getValue(), value.keyPosition(op.getKey()));
            if (condition == null) {
                return null;
            }
            all.add(condition);
        }
        return all.stream().reduce(Condition::and).orElse(Condition.ALWAYS);
    }

    private Condition operator(FieldRef field, String op, YamlNode value, Position at) {
        switch (op) {
            case "missing": {
                Boolean missing = bool(value, at, field.name() + " 的 missing");
                return missing == null ? null : e -> (field.read(e) == null) == missing;
            }
            case "inYear", "byYearEnd", "afterYear", "beforeYear": {
                if (field.type() != ValueType.DATE) {
                    problems.at(at, op + " 只能用于日期字段，" + field.describe() + " 是" + field.type().label());
                    return null;
                }
                Boolean expected = bool(value, at, field.name() + " 的 " + op);
                if (expected == null) {
                    return null;
                }
                return e -> {
                    LocalDate date = (LocalDate) field.read(e);
                    return date != null && yearTest(op, date, e.year()) == expected;
                };
            }
            case "in", "notIn": {
                List<Operand> operands = new ArrayList<>();
                for (YamlNode item : value.items()) {
                    Operand operand = operand(field, item, at);
                    if (operand == null) {
                        return null;
                    }
                    operands.add(operand);
                }
                boolean in = op.equals("in");
                return e -> {
                    Object actual = field.read(e);
                    boolean found = operands.stream().anyMatch(o -> same(actual, o.value(e)));
                    return actual != null && found == in;
                };
            }
            default: {
                Operand operand = operand(field, value, at);
                if (operand == null) {
                    return null;
                }
                if (!op.equals("is") && !op.equals("isNot") && field.type() != ValueType.NUMBER
                        && field.type() != ValueType.DATE) {
                    problems.at(at, op + " 只能比较数或日期，" + field.describe() + " 是" + field.type().label());
                    return null;
                }
                return e -> compare(op, field.read(e), operand.value(e));
            }
        }
    }

    private static boolean yearTest(String op, LocalDate date, int year) {
        return switch (op) {
            case "inYear" -> date.getYear() == year;
            case "byYearEnd" -> date.getYear() <= year;
            case "afterYear" -> date.getYear() > year;
            default -> date.getYear() < year;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean compare(String op, Object left, Object right) {
        if (op.equals("is")) {
            return left != null && same(left, right);
        }
        if (op.equals("isNot")) {
            return left != null && !same(left, right);
        }
        if (left == null || right == null) {
            return false;
        }
        int order = left instanceof LocalDate date ? date.compareTo((LocalDate) right)
                : ValueType.decimal(left).compareTo(ValueType.decimal(right));
        return switch (op) {
            case "above" -> order > 0;
            case "atLeast" -> order >= 0;
            case "below" -> order < 0;
            default -> order <= 0;
        };
    }

    private static boolean same(Object left, Object right) {
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Number && right instanceof Number) {
            return ValueType.decimal(left).compareTo(ValueType.decimal(right)) == 0;
        }
        return Objects.equals(left, right);
    }

    /** A value to compare a field with: a literal of the field's type, another field, or a parameter. */
    @FunctionalInterface
    interface Operand {
        Object value(Evaluation e);
    }

    private Operand operand(FieldRef field, YamlNode node, Position at) {
        String text = node.text(field.name() + " 的比较值");
        if (text == null) {
            problems.at(at, field.describe() + " 的比较值不能为空；判断是否填写请用 missing: true");
            return null;
        }
        switch (field.type()) {
            case ENUM: {
                Object constant = field.enumValue(text);
                if (constant == null) {
                    problems.at(at, "“" + text + "”不是 " + field.describe() + "的可选值"
                            + CheckProblems.didYouMean(text, field.enumCodes()) + "；可选：" + String.join("、", field.enumCodes()));
                    return null;
                }
                return e -> constant;
            }
            case BOOLEAN: {
                Boolean bool = bool(node, at, field.name());
                return bool == null ? null : e -> bool;
            }
            case DATE: {
                FieldRef other = vocabulary.conditionFields().get(text);
                if (other != null && other.type() == ValueType.DATE) {
                    return e -> other.read(e);
                }
                try {
                    LocalDate date = LocalDate.parse(text);
                    return e -> date;
                } catch (DateTimeParseException ex) {
                    problems.at(at, "“" + text + "”既不是日期（YYYY-MM-DD）也不是 " + facts + " 的日期字段"
                            + CheckProblems.didYouMean(text, new ArrayList<>(vocabulary.conditionFields().keySet())));
                    return null;
                }
            }
            case NUMBER: {
                try {
                    BigDecimal number = new BigDecimal(text);
                    return e -> number;
                } catch (NumberFormatException ex) {
                    FieldRef other = vocabulary.conditionFields().get(text);
                    if (other != null && other.type() == ValueType.NUMBER) {
                        return e -> other.read(e);
                    }
                    ValueSource parameter = vocabulary.isParameter(text) ? vocabulary.resolve(text) : null;
                    if (parameter != null) {
                        return parameter::value;
                    }
                    List<String> names = new ArrayList<>(vocabulary.conditionFields().keySet());
                    names.addAll(vocabulary.names());
                    problems.at(at, "“" + text + "”既不是数，也不是 " + facts + " 的数值字段或规则包的参数"
                            + CheckProblems.didYouMean(text, names));
                    return null;
                }
            }
            default:
                return e -> text;
        }
    }

    private Boolean bool(YamlNode node, Position at, String what) {
        String text = node.text(what);
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        problems.at(at, what + " 应为 true 或 false，实为 " + text);
        return null;
    }
}
