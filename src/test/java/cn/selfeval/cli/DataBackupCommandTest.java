package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.review.Actor;
import cn.selfeval.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataBackupCommandTest {

    @TempDir
    Path temp;

    @Test
    void aBackupIsACompleteDatabaseAndAnExistingFileIsNeverOverwritten() throws Exception {
        Path data = temp.resolve("data");
        try (Database db = Database.sqlite(data)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO rounds (id, name, year, district, pack, created_at, created_by, "
                    + "created_from) VALUES ('r1', '增城区复核', 2023, '增城区', NULL, '2026-12-06T00:00:00.000000Z', ?, '命令行')",
                    Actor.LOCAL_USER));
        }
        Path backup = temp.resolve("备份.db");
        var run = CliRun.selfeval("data", "backup", "--data", data.toString(), backup.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("备份到 " + backup), run.out());
        Path restored = temp.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(backup, restored.resolve(Database.SQLITE_FILE));
        try (Database db = Database.sqlite(restored)) {
            assertEquals("增城区复核", db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM rounds").mapTo(String.class).one()));
        }
        var again = CliRun.selfeval("data", "backup", "--data", data.toString(), backup.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, again.exit());
        assertTrue(again.err().contains("已存在") && again.err().contains("不覆盖"), again.err());
    }
}
