package cn.selfeval.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;

/**
 * The review store's database: one SQLite file in a data folder (the default, nothing to install) or a
 * PostgreSQL database shared by several servers. Opening it runs the pending migrations (Flyway, the same
 * scripts for both) before anything else uses it, and refuses a schema newer than this program knows.
 */
public final class Database implements AutoCloseable {

    /** The SQLite file inside the data folder. */
    public static final String SQLITE_FILE = "selfeval.db";

    /**
     * Where a data folder is when none is named: -Dselfeval.data (the tests' own folder), else
     * $XDG_DATA_HOME/selfeval, else ~/.local/share/selfeval.
     */
    public static Path defaultDataDir() {
        String property = System.getProperty("selfeval.data");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("selfeval");
    }

    public enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final String description;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Path sqliteFile;

    private Database(Kind kind, String description, HikariDataSource pool, Path sqliteFile) {
        this.kind = kind;
        this.description = description;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.sqliteFile = sqliteFile;
    }

    /** The SQLite store in {@code dataDir} (created with the folder when missing), migrated. */
    public static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("无法建立数据目录 " + dataDir + "：" + e.getMessage(), e);
        }
        Path file = dataDir.resolve(SQLITE_FILE).toAbsolutePath();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        // Every connection: write-ahead log (readers do not wait for the writer), wait for a busy database rather
        // than fail, foreign keys enforced, and write transactions that take the write lock when they begin, so
        // that two of them never deadlock upgrading from read to write.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("busy_timeout", "30000");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.setMaximumPoolSize(4);
        config.setPoolName("selfeval-sqlite");
        return open(Kind.SQLITE, "SQLite " + file, config, file);
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://db.example/selfeval?user=selfeval&password=…}. */
    public static Database postgresql(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StoreException("数据库地址应以 jdbc:postgresql: 开头，实为 " + redact(jdbcUrl));
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(10);
        config.setPoolName("selfeval-postgresql");
        return open(Kind.POSTGRESQL, "PostgreSQL " + redact(jdbcUrl), config, null);
    }

    /** {@code --database URL} when given (or SELFEVAL_DATABASE), else SQLite in the data folder. */
    public static Database open(String jdbcUrl, Path dataDir) {
        return jdbcUrl != null && !jdbcUrl.isBlank() ? postgresql(jdbcUrl.strip())
                : sqlite(dataDir != null ? dataDir : defaultDataDir());
    }

    private static Database open(Kind kind, String description, HikariConfig config, Path sqliteFile) {
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(5);
            }
            migrate(pool, description);
            return new Database(kind, description, pool, sqliteFile);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("无法连接数据库 " + description + "：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(HikariDataSource pool, String description) {
        Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                .failOnMissingLocations(true).load();
        List<MigrationInfo> future = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!future.isEmpty()) {
            MigrationInfo newest = future.get(future.size() - 1);
            throw new StoreException("数据库 " + description + " 的结构版本为 " + newest.getVersion() + "（"
                    + newest.getDescription() + "），比本程序认识的 " + known(flyway) + " 新：它由更新的 selfeval 写过。"
                    + "请用那个版本（或更新的版本）运行；本程序不降级数据库，以免损坏数据");
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("无法更新数据库 " + description + " 的结构：" + e.getMessage(), e);
        }
    }

    private static String known(Flyway flyway) {
        MigrationInfo[] pending = flyway.info().all();
        return Arrays.stream(pending).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                .map(m -> m.getVersion().toString()).reduce((a, b) -> b).orElse("（无）");
    }

    /** A URL without its password, for messages and logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Kind kind() {
        return kind;
    }

    /** "SQLite /home/…/selfeval.db" or "PostgreSQL jdbc:postgresql://…" (no password). */
    public String description() {
        return description;
    }

    /** The SQLite file, or null for PostgreSQL. */
    public Path sqliteFile() {
        return sqliteFile;
    }

    /** The schema version this database is at, e.g. "1". */
    public String schemaVersion() {
        Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().toString();
    }

    /**
     * A consistent copy of the SQLite database in {@code target} while the service runs (VACUUM INTO); the
     * target must not exist. For PostgreSQL, {@link UnsupportedOperationException}: pg_dump does this.
     */
    public void backupTo(Path target) {
        if (kind != Kind.SQLITE) {
            throw new UnsupportedOperationException("PostgreSQL 用 pg_dump 备份");
        }
        if (Files.exists(target)) {
            throw new StoreException("备份文件 " + target + " 已存在；请换一个文件名（备份不覆盖已有文件）");
        }
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            jdbi.useHandle(h -> h.execute("VACUUM INTO ?", partial.toString()));
            Files.move(partial, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message below says what failed
            }
            throw new StoreException("无法写出备份 " + target + "：" + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

}
