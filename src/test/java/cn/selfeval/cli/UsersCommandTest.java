package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** selfeval users: accounts from the command line, the password from standard input and never printed. */
@ResourceLock("java.lang.System.in")
class UsersCommandTest {

    private static final String PASSWORD = "长长的密码-horse-battery";

    @TempDir
    Path temp;

    private CliRun.Run withStdin(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.selfeval(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void anAccountIsAddedWithThePasswordFromStdinWhichIsNeverPrinted() {
        String data = temp.resolve("data").toString();
        CliRun.Run added = withStdin(PASSWORD + "\n", "users", "add", "zhang", "--role", "unit", "--unit", "广州市增城区人民政府荔湖街道办事处",
                "--display", "张三", "--data", data);
        assertEquals(ExitCode.OK, added.exit(), added.err());
        assertEquals("已建立账户 zhang（张三，单位填报人，广州市增城区人民政府荔湖街道办事处）", added.out().strip());
        assertFalse((added.out() + added.err()).contains(PASSWORD));

        CliRun.Run list = CliRun.selfeval("users", "list", "--data", data);
        assertEquals(ExitCode.OK, list.exit(), list.err());
        assertTrue(list.out().startsWith("zhang\t张三\t单位填报人\t广州市增城区人民政府荔湖街道办事处\t可用"), list.out());

        try (Database db = Database.sqlite(Path.of(data))) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            assertTrue(accounts.login("zhang", PASSWORD).isPresent());
            assertTrue(accounts.login("zhang", PASSWORD + "x").isEmpty());
        }

        CliRun.Run taken = withStdin(PASSWORD + "\n", "users", "add", "zhang", "--role", "admin", "--data", data);
        assertEquals(ExitCode.USAGE, taken.exit());
        assertEquals("selfeval users add：已有名为“zhang”的账户；未建立", taken.err().strip());
    }

    @Test
    void aShortPasswordAMissingUnitAndAnUnknownRoleAreRefused() {
        String data = temp.resolve("data").toString();
        CliRun.Run shortOne = withStdin("short\n", "users", "add", "admin", "--role", "admin", "--data", data);
        assertEquals(ExitCode.USAGE, shortOne.exit());
        assertEquals("selfeval users add：密码至少 12 个字符，实为 5 个；未保存", shortOne.err().strip());
        assertFalse(shortOne.err().contains("short\n"));

        CliRun.Run noUnit = withStdin(PASSWORD + "\n", "users", "add", "li", "--role", "unit", "--data", data);
        assertEquals(ExitCode.USAGE, noUnit.exit());
        assertTrue(noUnit.err().contains("单位填报人账户须写明所属单位：--unit 单位名称"), noUnit.err());

        CliRun.Run role = withStdin(PASSWORD + "\n", "users", "add", "li", "--role", "boss", "--data", data);
        assertEquals(ExitCode.USAGE, role.exit());
        assertTrue(role.err().contains("--role 应为 unit（单位填报人）、reviewer（复核人员）、policy（政策人员）、admin（管理员），实为 boss"),
                role.err());

        CliRun.Run empty = withStdin("", "users", "add", "li", "--role", "admin", "--data", data);
        assertEquals(ExitCode.USAGE, empty.exit());
        assertTrue(empty.err().contains("标准输入中没有密码"), empty.err());
        assertEquals("还没有账户；用 selfeval users add 名字 --role admin 建立第一个管理员", CliRun.selfeval("users", "list", "--data", data)
                .out().strip(), "nothing was added");
    }

    @Test
    void aTokenIsPrintedOnceStoredHashedAndRevocable() {
        String data = temp.resolve("data").toString();
        assertEquals(ExitCode.OK, withStdin(PASSWORD + "\n", "users", "add", "bot", "--role", "reviewer", "--data", data).exit());
        CliRun.Run issued = CliRun.selfeval("users", "token", "bot", "--data", data);
        assertEquals(ExitCode.OK, issued.exit(), issued.err());
        String token = issued.lastLine();
        assertEquals(43, token.length(), issued.out());
        String id = issued.err().replaceAll("(?s).*编号 ([0-9a-f]+).*", "$1");
        try (Database db = Database.sqlite(Path.of(data))) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            assertEquals("bot", accounts.byToken(token).orElseThrow().name());
            Integer stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :t")
                    .bind("t", token).mapTo(Integer.class).one());
            assertEquals(0, stored, "the token itself is not stored");
        }
        CliRun.Run revoked = CliRun.selfeval("users", "revoke", "bot", id, "--data", data);
        assertEquals(ExitCode.OK, revoked.exit(), revoked.err());
        assertEquals("已撤销 bot 的 令牌 " + id, revoked.out().strip());
        try (Database db = Database.sqlite(Path.of(data))) {
            assertTrue(new Accounts(db, Clock.systemUTC()).byToken(token).isEmpty());
        }
        CliRun.Run again = CliRun.selfeval("users", "revoke", "bot", id, "--data", data);
        assertEquals(ExitCode.USAGE, again.exit());
        assertTrue(again.err().contains("bot 没有未撤销的令牌 " + id), again.err());
    }

    @Test
    void passwdDisableAndAssign() {
        String data = temp.resolve("data").toString();
        assertEquals(ExitCode.OK, withStdin(PASSWORD + "\n", "users", "add", "wang", "--role", "reviewer", "--data", data).exit());
        assertEquals(ExitCode.OK, withStdin("另一个足够长的新的密码!!\n", "users", "passwd", "wang", "--data", data).exit());
        CliRun.Run unknownRound = CliRun.selfeval("users", "assign", "wang", "no-such-round", "--data", data);
        assertEquals(ExitCode.USAGE, unknownRound.exit());
        assertEquals("selfeval users assign：没有这个复核轮次：no-such-round", unknownRound.err().strip());
        CliRun.Run disabled = CliRun.selfeval("users", "disable", "wang", "--data", data);
        assertEquals(ExitCode.OK, disabled.exit(), disabled.err());
        try (Database db = Database.sqlite(Path.of(data))) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            assertTrue(accounts.login("wang", "另一个足够长的新的密码!!").isEmpty(), "disabled");
            assertEquals(Role.REVIEWER, accounts.find("wang").orElseThrow().role());
        }
        CliRun.Run nobody = CliRun.selfeval("users", "disable", "nobody", "--data", data);
        assertEquals(ExitCode.USAGE, nobody.exit());
        assertEquals("selfeval users disable：没有名为“nobody”的账户", nobody.err().strip());
    }

    @Test
    void serveBeyondLoopbackWithoutAnAdministratorSaysTheCommandThatAddsOne() {
        String data = temp.resolve("data").toString();
        CliRun.Run refused = CliRun.selfeval("serve", "--bind", "0.0.0.0", "--port", "0", "--data", data);
        assertEquals(ExitCode.NO_ADMIN, refused.exit(), refused.err());
        assertTrue(refused.err().contains("selfeval users add admin --role admin --data " + data), refused.err());
        assertTrue(refused.err().contains("还没有管理员账户，未启动服务"), refused.err());
    }
}
