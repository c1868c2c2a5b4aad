package cn.selfeval.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the store keeps them: UTC, always six decimals, so that text order is time order. */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String text(Instant instant) {
        return FORMAT.format(instant);
    }

    public static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
