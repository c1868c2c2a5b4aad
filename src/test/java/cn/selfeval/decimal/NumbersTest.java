package cn.selfeval.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static String percent(String value) {
        return Numbers.percent(new BigDecimal(value));
    }

    @Test
    void aPercentageIsShownWithTwoDecimalsAtMost() {
        assertEquals("97.2", percent("97.20"));
        assertEquals("30", percent("30.000"));
        assertEquals("33.33", percent("33.33333333333333333333333333333333"));
        assertEquals("66.67", percent("66.66666666666666666666666666666667"));
        assertEquals("100", percent("100"));
        assertEquals("0", percent("0"));
    }

    @Test
    void aPercentageThatIsNotWholeIsNeverShownAsAWholeNumber() {
        // 59,999 of 60,000: 99.9983…% is not a fully spent budget
        assertEquals("99.998", percent("99.99833333333333333333333333333333"));
        assertEquals("99.999", percent("99.999"));
        assertEquals("100.004", percent("100.004"));
        assertEquals("0.004", percent("0.004"));
        assertEquals("-0.004", percent("-0.004"));
    }

    @Test
    void anAmountIsStillShownToTheHundredth() {
        assertEquals("1000", Numbers.plain(new BigDecimal("1000.004")));
    }
}
