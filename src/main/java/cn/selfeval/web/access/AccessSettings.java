package cn.selfeval.web.access;

import java.time.Duration;
import java.util.Set;

/**
 * How {@code serve} knows who makes a request.
 *
 * @param sessionIdle       a browser session ends after this long without a request ({@code --session-idle})
 * @param trustedUserHeader the header a reverse proxy names the logged-in account in ({@code --trusted-user-header});
 *                          null for none
 * @param trustedProxies    the addresses that header (and X-Forwarded-For / X-Forwarded-Proto) is believed from
 *                          ({@code --trusted-proxy}); from any other address it is ignored
 */
public record AccessSettings(Duration sessionIdle, String trustedUserHeader, Set<String> trustedProxies) {

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    public AccessSettings {
        trustedProxies = Set.copyOf(trustedProxies);
        trustedUserHeader = trustedUserHeader == null || trustedUserHeader.isBlank() ? null : trustedUserHeader.strip();
    }

    public static AccessSettings defaults() {
        return new AccessSettings(DEFAULT_IDLE, null, Set.of());
    }
}
