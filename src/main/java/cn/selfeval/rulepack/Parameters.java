package cn.selfeval.rulepack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of a rule pack, looked up by name from the rules (the global {@code params}). Rules see the
 * parameters {@linkplain #forYear resolved for the evaluation year}: {@link #number} gives the value in force at
 * the year's end, {@link #on} the value in force on a fact's own date (e.g. the day a procurement started).
 * An unknown name, or a year or day no value applies to, is a rule-pack error, never a silent zero.
 */
public final class Parameters {

    private final Map<String, Parameter> byName;
    private final Integer year;

    public Parameters(Map<String, Parameter> byName) {
        this(new TreeMap<>(byName), null);
    }

    private Parameters(Map<String, Parameter> byName, Integer year) {
        this.byName = byName;
        this.year = year;
    }

    /** The same parameters as the checks of {@code year} see them. */
    public Parameters forYear(int year) {
        return new Parameters(byName, year);
    }

    /** The value in force for the evaluation year (at its last day). */
    public BigDecimal number(String name) {
        if (year == null) {
            throw new IllegalStateException("参数 " + name + " 须按评价年度取值（Parameters.forYear）");
        }
        Parameter parameter = get(name);
        BigDecimal value = parameter.forYear(year).orElseThrow(() -> new NoValueException(parameter, year + "年度")).value();
        if (value == null) {
            throw new IllegalStateException("参数 " + name + " 是分档（brackets），不是数值");
        }
        return value;
    }

    /** The scale (brackets) in force for the evaluation year. */
    public Scale scale(String name) {
        if (year == null) {
            throw new IllegalStateException("参数 " + name + " 须按评价年度取值（Parameters.forYear）");
        }
        Parameter parameter = get(name);
        DatedValue value = parameter.forYear(year).orElseThrow(() -> new NoValueException(parameter, year + "年度"));
        if (value.scale() == null) {
            throw new IllegalStateException("参数 " + name + " 是数值，不是分档（brackets）");
        }
        return value.scale();
    }

    /** The value in force on {@code day}, for rules whose law applies by the date of the fact. */
    public BigDecimal on(String name, LocalDate day) {
        Parameter parameter = get(name);
        return parameter.on(day).orElseThrow(() -> new NoValueException(parameter, day.toString())).value();
    }

    public int integer(String name) {
        BigDecimal value = number(name);
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

    /** Thrown when a parameter has no value for the year or day a check needs. */
    public static final class NoValueException extends RuntimeException {
        NoValueException(Parameter parameter, String when) {
            super("参数 " + parameter.name() + " 在" + when + "没有适用的值（最早的取值自 " + parameter.firstApplies()
                    + " 起，见 " + parameter.file() + "）");
        }
    }
}
