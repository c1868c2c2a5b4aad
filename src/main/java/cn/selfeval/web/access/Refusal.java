package cn.selfeval.web.access;

/**
 * A request refused before its route: 401 (not logged in), 403 (not allowed), 429 (too many failed logins). The
 * server answers it as every refusal (JSON under /api/, a page elsewhere); a page asked for without login is sent
 * to the login page instead ({@link #loginPage}).
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final String kind;
    private final String loginPage;

    Refusal(int status, String kind, String message, String loginPage) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.loginPage = loginPage;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    /** Where to send a browser instead of answering, or null. */
    public String loginPage() {
        return loginPage;
    }
}
