package cn.selfeval.decimal;

import static cn.selfeval.decimal.DecimalAssertions.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void proportionalScoresAreCutNotRounded() {
        // 元岗 2023 代征出租屋综合税: 4 × 493.3 / 500 = 3.9464
        assertDecimal("3.94", Rounding.proportionalScore(d("4"), Ratio.of(d("493.3"), d("500"))));
        // 荔湖 2023: 1,486 of 1,487 on time, 20 points
        assertDecimal("19.98", Rounding.proportionalScore(d("20"), Ratio.of(d("1486"), d("1487"))));
        assertDecimal("6.66", Rounding.proportionalScore(d("20"), Ratio.of(d("1"), d("3"))));
    }

    @Test
    void aCheckMayCutScoresToFewerDecimals() {
        // 元岗 2023 prints 3.9 for 4 × 493.3 / 500 = 3.9464: one decimal, cut
        assertDecimal("3.9", Rounding.proportionalScore(d("4"), Ratio.of(d("493.3"), d("500")), 1));
        assertEquals(2, Rounding.proportionalScore(d("4"), Ratio.of(d("493.3"), d("500")), 1).scale(),
                "kept at the scale of hundredths, like every other score");
        assertDecimal("3.99", Rounding.proportionalScore(d("4"), Ratio.of(d("99999"), d("100000")), 2));
        assertDecimal("3", Rounding.proportionalScore(d("4"), Ratio.of(d("99999"), d("100000")), 0));
        assertThrows(IllegalArgumentException.class, () -> Rounding.proportionalScore(d("4"), Ratio.ONE, 3));
    }

    @Test
    void ratesAreHalfUpPercentagesWithTwoDecimals() {
        assertDecimal("97.2", Rounding.percent(d("31435.28"), d("32341.81")));
        assertDecimal("100", Rounding.percent(d("3.0001"), d("3")));
        assertDecimal("100.31", Rounding.percent(d("9016.65"), d("8988.68")));
        assertNull(Rounding.percent(d("1"), d("0")));
    }

    @Test
    void sharesAddUpExactlyAndGoToTheLargestRemaindersFirst() {
        List<BigDecimal> equal = Rounding.allot(d("20"), Collections.nCopies(6, BigDecimal.ONE));
        assertEquals(List.of(d("3.34"), d("3.34"), d("3.33"), d("3.33"), d("3.33"), d("3.33")), equal);
        List<BigDecimal> weighted = Rounding.allot(d("20"), List.of(d("1"), d("1"), d("2")));
        assertEquals(List.of(d("5.00"), d("5.00"), d("10.00")), weighted);
        List<BigDecimal> scaled = Rounding.allot(d("20"), List.of(d("3"), d("3"), d("3.5")));
        assertDecimal("20", scaled.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(List.of(d("6.32"), d("6.31"), d("7.37")), scaled, "20×3/9.5 = 6.3158, 20×3.5/9.5 = 7.3684");
        assertEquals(List.of(d("0.00"), d("0.00")), Rounding.allot(d("20"), List.of(d("0"), d("0"))));
    }

    @Test
    void aStartedPercentagePointCountsAsAWholeOne() {
        assertEquals(0, Rounding.startedPoints(d("0")));
        assertEquals(0, Rounding.startedPoints(d("-3.2")));
        assertEquals(1, Rounding.startedPoints(d("0.01")));
        assertEquals(3, Rounding.startedPoints(d("2.5")));
        assertEquals(2, Rounding.startedPoints(d("2")));
    }

    @Test
    void numbersShowTwoDecimalsAtMostAndNoExponent() {
        assertEquals("450", Numbers.plain(d("450.0")));
        assertEquals("100", Numbers.plain(d("1E+2")));
        assertEquals("0.28", Numbers.plain(d("0.28")));
        assertEquals("1000", Numbers.plain(d("1000.004")));
        assertEquals("2.00", Numbers.fixed(d("2")));
    }
}
