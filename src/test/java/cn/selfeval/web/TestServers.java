package cn.selfeval.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One server over the shipped rules/ for every test class in the JVM (compiling the packs takes seconds), with
 * small limits so that the limit tests need no large files, and a fixed clock so that pages are the same every run.
 */
public final class TestServers {

    /** 2026-11-30 10:00 in Beijing. */
    public static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    public static final Limits LIMITS = Limits.defaults().withMaxFileBytes(256 * 1024).withMaxRequestBytes(2 * Limits.MIB)
            .withMaxFiles(8).withCheckTimeout(Duration.ofSeconds(30));

    private static WebServer shared;

    private TestServers() {
    }

    public static synchronized WebServer shared() {
        if (shared == null) {
            shared = start(Path.of("rules"));
            WebServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return shared;
    }

    /**
     * Allows pack code: the shipped guangzhou-2023 pack still has one .drl (sme-policy.drl) until it is written as
     * check kinds; the refusal of code without --allow-pack-code is tested with a pack of its own (PackCodeTest).
     */
    public static WebServer start(Path rules) {
        return start(rules, true, LIMITS);
    }

    public static WebServer start(Path rules, boolean allowPackCode, Limits limits) {
        return WebServer.start(new WebServer.Settings(rules, "127.0.0.1", 0, limits, Clock.fixed(NOW, ZoneOffset.UTC),
                allowPackCode));
    }
}
