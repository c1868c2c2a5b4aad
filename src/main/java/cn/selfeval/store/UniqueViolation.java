package cn.selfeval.store;

import java.sql.SQLException;

/** Whether a failed statement broke a unique constraint (another writer got there first), on SQLite or PostgreSQL. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if ("23505".equals(state) || message.contains("SQLITE_CONSTRAINT_UNIQUE")
                        || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY") || message.contains("UNIQUE constraint failed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
