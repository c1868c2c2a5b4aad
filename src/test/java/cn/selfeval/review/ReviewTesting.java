package cn.selfeval.review;

import cn.selfeval.check.PackRegistry;
import cn.selfeval.check.ScopedChoice;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.InputProblem;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** What the review tests share: one PostgreSQL for the JVM, fresh databases on it or in SQLite, a real check. */
public final class ReviewTesting {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PackRegistry packs;

    private ReviewTesting() {
    }

    /** A real PostgreSQL server, started once, stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres;
    }

    /** The JDBC address of a new, empty PostgreSQL database. */
    public static String newPostgresUrl() {
        String name = "selfeval_" + DATABASES.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    public enum Kind { SQLITE, POSTGRESQL }

    public static Database open(Kind kind, Path tempDir) {
        return kind == Kind.SQLITE ? Database.sqlite(tempDir.resolve("data-" + DATABASES.incrementAndGet()))
                : Database.postgresql(newPostgresUrl());
    }

    /** The command line's checking (read, choose the pack, check) over the shipped rules. */
    public static synchronized SubmissionCheck check() {
        if (packs == null) {
            packs = new PackRegistry(Path.of("rules"));
        }
        PackRegistry registry = packs;
        return (fileName, bytes, pack) -> {
            try {
                SubmissionReader.Parsed parsed = SubmissionReader.parse(fileName, bytes);
                PackRegistry.Selection chosen = ScopedChoice.choose(parsed, (year, district) -> pack == null
                        ? registry.select(year, district) : registry.select(pack, year, district, "规则包 " + pack));
                return SubmissionCheck.Result.checked(chosen.checker().check(parsed).card(),
                        chosen.checker().compiled().pack().framework().grades());
            } catch (InvalidSubmissionException e) {
                return SubmissionCheck.Result.refused("invalid-submission", e.problems().stream().map(InputProblem::format).toList());
            }
        };
    }

    public static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("fixtures", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
