package cn.selfeval.engine;

import cn.selfeval.decimal.Figure;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.model.Exemption;
import cn.selfeval.model.Labelled;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one way values are written in explanations and comparisons: dates as 2023-10-07, decimals with at most two
 * decimals and no trailing zeros (450, not 450.0), enumerated values by their Chinese label (单一来源采购, never
 * SINGLE_SOURCE), true/false as 是/否, an absent value as 未填报.
 */
public final class Values {

    public static final String ABSENT = "未填报";

    private Values() {
    }

    /**
     * A value as {@link #format} writes it, except a percentage — a number whose label ends in "（%）", as every
     * rate of the facts and of the packs' {@code percent:} values is labelled — by {@link Numbers#percent}.
     */
    public static String shown(Object value, String label) {
        if (value instanceof BigDecimal decimal && label != null && label.endsWith("（%）")) {
            return Numbers.percent(decimal);
        }
        return format(value);
    }

    public static String format(Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (value instanceof BigDecimal decimal) {
            return Numbers.plain(decimal);
        }
        if (value instanceof Figure figure) {
            return figure.shown();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof Boolean bool) {
            return bool ? "是" : "否";
        }
        if (value instanceof Exemption exemption) {
            return exemption.describe();
        }
        return value.toString();
    }
}
