package cn.selfeval.decimal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

/** Asserts on decimals by value (2.0 equals 2.00), the way points and amounts are compared everywhere. */
public final class DecimalAssertions {

    private DecimalAssertions() {
    }

    public static void assertDecimal(String expected, BigDecimal actual) {
        assertDecimal(expected, actual, "");
    }

    public static void assertDecimal(String expected, BigDecimal actual, String message) {
        assertNotNull(actual, message);
        assertTrue(new BigDecimal(expected).compareTo(actual) == 0,
                () -> (message.isEmpty() ? "" : message + " ==> ") + "expected: <" + expected + "> but was: <"
                        + actual.toPlainString() + ">");
    }
}
