package cn.selfeval.store;

/** The store cannot be opened or used; the message is Chinese and says what to do. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
