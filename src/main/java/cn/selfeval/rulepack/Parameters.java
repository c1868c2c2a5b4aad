package cn.selfeval.rulepack;

import java.math.BigDecimal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of a rule pack, looked up by name from the rules (the global {@code params}).
 * An unknown name is a rule-pack error, never a silent zero.
 */
public final class Parameters {

    private final Map<String, Parameter> byName;

    public Parameters(Map<String, Parameter> byName) {
        this.byName = new TreeMap<>(byName);
    }

    public BigDecimal number(String name) {
        return get(name).value();
    }

    public int integer(String name) {
        BigDecimal value = get(name).value();
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("参数 " + name + " 应为整数，实为 " + value.toPlainString());
        }
    }

    public Parameter get(String name) {
        Parameter parameter = byName.get(name);
        if (parameter == null) {
            throw new UnknownParameterException(name);
        }
        return parameter;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** All parameters, sorted by name. */
    public Map<String, Parameter> all() {
        return Collections.unmodifiableMap(byName);
    }

    /** Thrown when a rule asks for a parameter the pack does not define. */
    public static final class UnknownParameterException extends RuntimeException {
        public UnknownParameterException(String name) {
            super("规则包未定义参数 " + name);
        }
    }
}
