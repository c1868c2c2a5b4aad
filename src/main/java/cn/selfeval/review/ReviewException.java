package cn.selfeval.review;

import java.util.List;

/**
 * A request the review cannot carry out, with the API's kind and HTTP status and a Chinese message: a round or
 * unit that does not exist (404), a bad decision (400), a decision or publication that collides with another (409).
 */
public final class ReviewException extends RuntimeException {

    private final int status;
    private final String kind;
    private final List<String> details;

    public ReviewException(int status, String kind, String message) {
        this(status, kind, message, List.of());
    }

    public ReviewException(int status, String kind, String message, List<String> details) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public List<String> details() {
        return details;
    }

    static ReviewException notFound(String message) {
        return new ReviewException(404, "not-found", message);
    }

    static ReviewException badRequest(String message) {
        return new ReviewException(400, "bad-request", message);
    }

    static ReviewException conflict(String message) {
        return new ReviewException(409, "conflict", message);
    }
}
