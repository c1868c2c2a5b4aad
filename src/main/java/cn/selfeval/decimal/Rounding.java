package cn.selfeval.decimal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one rounding policy of selfeval. Points and amounts are exact decimals; a value is rounded only where
 * one of these three rules says so, and nowhere else:
 * <ol>
 * <li><b>Rates</b> (执行率, 控制率, 完成率 …) are compared with their limits <em>exactly</em> ({@link #exactPercent}:
 *     34 significant digits, more than any amount of a submission can need, so 300.01 of 300 is above 100% and
 *     29.997% is below 30%). Only what is shown is rounded: half up to two decimals ({@link #percent}), or, where
 *     two decimals would make a rate beyond its limit look equal to it, as many more as it takes
 *     ({@link #beside}: 100.003%, never "100.00%，超出0"); a rate that is not whole is never shown as a whole one
 *     ({@link Numbers#percent}: 99.998%, never "100%").</li>
 * <li><b>Proportional scores</b> (分值 × 完成率, 分值 × 支出率) are cut to hundredths of a point (截尾, not rounded),
 *     which is what the real reports do: 荔湖 2023 scores 1,486 of 1,487 as 19.99 of 20. A check may cut to tenths
 *     instead ({@link #proportionalScore(BigDecimal, Ratio, int)}, the completion kind's {@code scoreDecimals}):
 *     元岗 2023 scores 4 × 493.3 / 500 = 3.946 as 3.9.</li>
 * <li><b>Shares</b> of an indicator's points (equal shares, or shares in proportion to declared weights) are
 *     allotted in hundredths by the largest-remainder method, so that the shares add up exactly to the points:
 *     20 points over 6 indicators are 3.34, 3.34, 3.33, 3.33, 3.33, 3.33 (元岗 2023: "3.33–3.34分").</li>
 * </ol>
 * Everything else is exact: a deduction is a parameter (at most two decimals, checked by {@code rules validate}),
 * a multiple of one, or a share less a proportional score; sums are exact. So every point a user sees has at most
 * two decimals, and what is displayed adds up.
 */
public final class Rounding {

    /** Points are kept in hundredths (分 to 0.01). */
    public static final int POINT_SCALE = 2;
    /** Rates are percentages with two decimals. */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = BigDecimal.ONE.movePointLeft(POINT_SCALE);

    private Rounding() {
    }

    /** {@code part / whole × 100}, half up to two decimals; null when {@code whole} is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** Exact rates: 34 significant digits (IEEE 754 decimal128), beyond any difference two amounts can make. */
    public static final MathContext EXACT = MathContext.DECIMAL128;
    /** The most decimals a figure beside its limit is shown with. */
    private static final int MAX_SHOWN_SCALE = 8;

    /** {@code part / whole × 100} exactly (to 34 digits), for comparing with a limit; null when {@code whole} is zero. */
    public static BigDecimal exactPercent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        BigDecimal percent = part.multiply(HUNDRED).divide(whole, EXACT);
        return percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    }

    /**
     * How {@code value} is shown beside {@code limit}: two decimals, half up; when that would show it equal to the
     * limit (or on the limit's other side) although it is not, as many more decimals as it takes, rounded away from
     * the limit beyond {@value #MAX_SHOWN_SCALE} decimals. 100.003 beside 100 is 100.003; 29.997 beside 30 is 29.997.
     */
    public static Figure beside(BigDecimal value, BigDecimal limit) {
        int side = value.compareTo(limit);
        for (int scale = PERCENT_SCALE; scale <= MAX_SHOWN_SCALE; scale++) {
            BigDecimal shown = value.setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
            if (shown.compareTo(limit) == side) {
                return new Figure(shown, scale);
            }
        }
        RoundingMode away = side > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
        return new Figure(value.setScale(MAX_SHOWN_SCALE, away), MAX_SHOWN_SCALE);
    }

    /** A difference shown so that a non-zero one never reads as 0: 0.003, not 0 (two decimals when they suffice). */
    public static Figure difference(BigDecimal value) {
        return beside(value, BigDecimal.ZERO);
    }

    /** The rate of a ratio as a report shows it (rule 1). */
    public static BigDecimal percent(Ratio ratio) {
        return percent(ratio.numerator(), ratio.denominator());
    }

    /** {@code points × ratio}, cut to hundredths (rule 2). */
    public static BigDecimal proportionalScore(BigDecimal points, Ratio ratio) {
        return proportionalScore(points, ratio, POINT_SCALE);
    }

    /**
     * {@code points × ratio}, cut to {@code decimals} places (0 to {@value #POINT_SCALE}; rule 2 with the check's own
     * precision), kept at the scale of hundredths so that sums and displays treat it like every other score.
     */
    public static BigDecimal proportionalScore(BigDecimal points, Ratio ratio, int decimals) {
        if (decimals < 0 || decimals > POINT_SCALE) {
            throw new IllegalArgumentException("score decimals must be 0 to " + POINT_SCALE + ", not " + decimals);
        }
        return points.multiply(ratio.numerator()).divide(ratio.denominator(), decimals, RoundingMode.DOWN)
                .setScale(POINT_SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * {@code points} split in proportion to {@code weights} (rule 3): each share is cut to hundredths, then the
     * hundredths left over go one each to the largest remainders (ties to the earlier item). Equal weights give
     * equal shares. All weights zero, or none, gives zero shares.
     */
    public static List<BigDecimal> allot(BigDecimal points, List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return weights.stream().map(w -> BigDecimal.ZERO.setScale(POINT_SCALE)).toList();
        }
        List<BigDecimal> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal allotted = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            BigDecimal exact = points.multiply(weight);
            BigDecimal share = exact.divide(total, POINT_SCALE, RoundingMode.DOWN);
            shares.add(share);
            remainders.add(exact.subtract(share.multiply(total)));
            allotted = allotted.add(share);
        }
        int cents = points.subtract(allotted).divide(CENT, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
                .toList();
        for (int i = 0; i < cents; i++) {
            int index = byRemainder.get(i);
            shares.set(index, shares.get(index).add(CENT));
        }
        return shares;
    }

    /** Whole percentage points in {@code excess}, a started point counting as a whole one (不足1个百分点按1个计). */
    public static int startedPoints(BigDecimal excess) {
        return excess.signum() <= 0 ? 0 : excess.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** Whole percentage points in {@code excess}, a started one not counting (每超过一个百分点: 1.9 is one point). */
    public static int wholePoints(BigDecimal excess) {
        return excess.signum() <= 0 ? 0 : excess.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * Points lost in proportion to an excess ({@code perPoint × excess}, 每超过1个百分点扣X分 counted exactly): rounded
     * up to hundredths, so that the score left is cut to hundredths like every proportional score (rule 2).
     */
    public static BigDecimal linearDeduction(BigDecimal perPoint, BigDecimal excess) {
        if (excess.signum() <= 0) {
            return BigDecimal.ZERO.setScale(POINT_SCALE);
        }
        return perPoint.multiply(excess).setScale(POINT_SCALE, RoundingMode.CEILING);
    }

    /** Points with the scale of hundredths, for sums and display. */
    public static BigDecimal points(BigDecimal value) {
        return value.setScale(POINT_SCALE, RoundingMode.UNNECESSARY);
    }
}
