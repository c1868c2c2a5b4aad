package cn.selfeval.access;

/** A request about accounts that cannot be done, with a Chinese message saying why. */
public final class AccessException extends RuntimeException {

    public enum Kind { BAD_INPUT, NOT_FOUND, CONFLICT }

    private final Kind kind;

    public AccessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static AccessException badInput(String message) {
        return new AccessException(Kind.BAD_INPUT, message);
    }

    static AccessException notFound(String message) {
        return new AccessException(Kind.NOT_FOUND, message);
    }

    static AccessException conflict(String message) {
        return new AccessException(Kind.CONFLICT, message);
    }
}
