package cn.selfeval.web.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on pages and downloads, in Beijing time whatever the server's zone. */
public final class Times {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    /** "2026-12-01 17:30:05（北京时间）" */
    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(BEIJING)) + "（北京时间）";
    }

    /** "20261201-173005", for download file names. */
    public static String stamp(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(instant.atZone(BEIJING));
    }
}
