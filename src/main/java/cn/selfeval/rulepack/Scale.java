package cn.selfeval.rulepack;

import cn.selfeval.decimal.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * A parameter value that is a scale (分档), like OpenFisca's {@code brackets}: the points a value is worth by the
 * bracket it falls in. The first bracket has no lower bound; each next one applies above its bound ({@code above})
 * or from it ({@code atLeast}). E.g. 预算调整率: up to 5% 0 points, above 5% 1, above 10% 2.
 *
 * @param brackets in ascending order of their bounds, the first without a bound
 */
public record Scale(List<Bracket> brackets) {

    /**
     * One bracket.
     *
     * @param bound     its lower bound (null for the first)
     * @param inclusive whether the bound itself belongs to it (atLeast) or not (above)
     * @param amount      the points of a value in it
     * @param description the bracket in words: "超过5%、不超过10%", for the first "不超过5%"
     */
    public record Bracket(BigDecimal bound, boolean inclusive, BigDecimal amount, String description) {

        boolean holds(BigDecimal value) {
            return bound == null || (inclusive ? value.compareTo(bound) >= 0 : value.compareTo(bound) > 0);
        }
    }

    public Scale {
        brackets = List.copyOf(brackets);
    }

    /** A scale from its brackets, with each bracket's description ("超过5%至10%") in the unit given. */
    public static Scale of(List<Bracket> brackets, String unit) {
        String u = "%".equals(unit) ? "%" : unit == null ? "" : unit;
        List<Bracket> described = new java.util.ArrayList<>();
        for (int i = 0; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            Bracket next = i + 1 < brackets.size() ? brackets.get(i + 1) : null;
            String upper = next == null ? "" : (next.inclusive() ? "低于" : "不超过") + Numbers.plain(next.bound()) + u;
            String lower = b.bound() == null ? "" : (b.inclusive() ? "不低于" : "超过") + Numbers.plain(b.bound()) + u;
            String text = lower.isEmpty() ? upper : upper.isEmpty() ? lower : lower + "、" + upper;
            described.add(new Bracket(b.bound(), b.inclusive(), b.amount(), text));
        }
        return new Scale(described);
    }

    /** The bracket {@code value} falls in: the last whose bound it passes. */
    public Bracket bracketOf(BigDecimal value) {
        Bracket found = brackets.get(0);
        for (Bracket bracket : brackets) {
            if (bracket.holds(value)) {
                found = bracket;
            }
        }
        return found;
    }
}
