package cn.selfeval.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as submissions write them (2023-03-28), read without the general formatter for the common form. */
final class IsoDates {

    private IsoDates() {
    }

    /** The date, or null when the text is not an ISO date that exists (2023-02-30 is not). */
    static LocalDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
