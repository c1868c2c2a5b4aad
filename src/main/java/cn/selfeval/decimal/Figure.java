package cn.selfeval.decimal;

import java.math.BigDecimal;

/**
 * A number as it is shown, with the decimals chosen for it ({@link Rounding#beside}): a rate beside its limit,
 * or a small difference, that two decimals would misrepresent. Messages and comparisons write it with exactly
 * these decimals, trailing zeros dropped; conditions compare its value.
 */
public record Figure(BigDecimal value, int decimals) {

    /** "100.003", "30", "0.5". */
    public String shown() {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    @Override
    public String toString() {
        return shown();
    }
}
