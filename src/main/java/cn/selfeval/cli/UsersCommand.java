package cn.selfeval.cli;

import cn.selfeval.access.AccessException;
import cn.selfeval.access.Account;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.Passwords;
import cn.selfeval.access.Role;
import cn.selfeval.review.Actor;
import cn.selfeval.store.Database;
import cn.selfeval.store.StoreException;
import cn.selfeval.web.view.Times;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users",
        description = {"服务（serve）的账户：建立、列出、改密码、停用，发放和撤销接口令牌，把复核人员分配到复核轮次。",
                "账户保存在复核数据中（--data 或 --database，与 serve 相同）。没有默认账户和默认密码：",
                "第一个管理员用 selfeval users add 名字 --role admin 建立。密码至少 " + Passwords.MIN_LENGTH + " 个字符，"
                        + "在终端中输入两次（不显示），或在非终端时从标准输入读一行；密码不出现在命令行、输出或日志中。"},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Passwd.class,
                UsersCommand.Disable.class, UsersCommand.Token.class, UsersCommand.Revoke.class, UsersCommand.Assign.class})
final class UsersCommand implements Runnable {

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand shares: the store, the actor, the answer to a refused change. */
    abstract static class Action implements Callable<Integer> {

        @CommandLine.Mixin
        DataOptions data;

        @CommandLine.Mixin
        HelpOption help;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String command = "selfeval users " + spec.name();
            try (Database db = data.open()) {
                return run(new Accounts(db, Clock.systemUTC()), out, err);
            } catch (AccessException e) {
                err.println(command + "：" + e.getMessage());
                return ExitCode.USAGE;
            } catch (StoreException e) {
                err.println(command + "：" + e.getMessage());
                return ExitCode.INTERNAL_ERROR;
            } finally {
                out.flush();
                err.flush();
            }
        }

        abstract int run(Accounts accounts, PrintWriter out, PrintWriter err);

        static Actor actor() {
            return new Actor(Actor.LOCAL_USER + "（" + System.getProperty("user.name", "?") + "）", "命令行");
        }

        /**
         * The new password: typed twice on the terminal (not shown), else one line of standard input.
         *
         * @throws AccessException when nothing is read or the two typed differ
         */
        static String newPassword(PrintWriter err) {
            java.io.Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("新密码（至少 %d 个字符，不显示）：", Passwords.MIN_LENGTH);
                char[] second = console.readPassword("再输入一次：");
                try {
                    if (first == null || second == null) {
                        throw new AccessException(AccessException.Kind.BAD_INPUT, "没有输入密码；未保存");
                    }
                    if (!Arrays.equals(first, second)) {
                        throw new AccessException(AccessException.Kind.BAD_INPUT, "两次输入的密码不同；未保存");
                    }
                    return new String(first);
                } finally {
                    if (first != null) {
                        Arrays.fill(first, ' ');
                    }
                    if (second != null) {
                        Arrays.fill(second, ' ');
                    }
                }
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new AccessException(AccessException.Kind.BAD_INPUT,
                            "标准输入中没有密码（非终端时从标准输入读一行作为密码）；未保存");
                }
                return line;
            } catch (IOException e) {
                throw new AccessException(AccessException.Kind.BAD_INPUT, "无法从标准输入读取密码：" + e.getMessage());
            }
        }
    }

    @Command(name = "add", description = "建立账户；密码在终端中输入两次，或从标准输入读一行。")
    static final class Add extends Action {

        @Parameters(paramLabel = "名字", description = "登录用的账户名（字母、数字或 . _ @ -）")
        String name;

        @Option(names = "--role", required = true, paramLabel = "角色",
                description = "admin（管理员）、reviewer（复核人员）、policy（政策人员）或 unit（单位填报人）")
        String role;

        @Option(names = "--unit", paramLabel = "单位名称", description = "单位填报人所属的单位，与其填报中的单位名称一致（unit 必填）")
        String unit;

        @Option(names = "--display", paramLabel = "显示名", description = "页面和操作记录中显示的名字（默认为账户名）")
        String display;

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            Role chosen = Role.of(role == null ? "" : role.strip()).orElseThrow(() -> new AccessException(
                    AccessException.Kind.BAD_INPUT, "--role 应为 " + Role.choices() + "，实为 " + role));
            Account account = accounts.add(name, display, chosen, unit, newPassword(err), actor());
            out.println("已建立账户 " + account.name() + "（" + account.displayName() + "，" + account.role().label()
                    + (account.unitName() == null ? "" : "，" + account.unitName()) + "）");
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "列出全部账户（不显示密码和令牌）。")
    static final class ListAccounts extends Action {

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            java.util.List<Account> all = accounts.list();
            if (all.isEmpty()) {
                out.println("还没有账户；用 selfeval users add 名字 --role admin 建立第一个管理员");
            }
            for (Account a : all) {
                long tokens = accounts.tokens(a.name()).stream().filter(t -> t.revokedAt() == null).count();
                out.println(a.name() + "\t" + a.displayName() + "\t" + a.role().label()
                        + (a.unitName() == null ? "" : "\t" + a.unitName())
                        + "\t" + (a.enabled() ? "可用" : "已停用 " + Times.format(a.disabledAt()))
                        + (tokens == 0 ? "" : "\t令牌 " + tokens + " 个"));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "passwd", description = "改密码（该账户的全部登录会话随之结束）。")
    static final class Passwd extends Action {

        @Parameters(paramLabel = "名字", description = "账户名（见 users list）")
        String name;

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            accounts.passwd(name, newPassword(err), actor());
            out.println("已修改 " + name + " 的密码；其已登录的会话已结束");
            return ExitCode.OK;
        }
    }

    @Command(name = "disable", description = "停用账户：不能再登录，会话结束，令牌撤销；账户和它的记录保留。")
    static final class Disable extends Action {

        @Parameters(paramLabel = "名字", description = "账户名（见 users list）")
        String name;

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            accounts.disable(name, actor());
            out.println("已停用账户 " + name);
            return ExitCode.OK;
        }
    }

    @Command(name = "token", description = {"为脚本发放一个接口令牌（Authorization: Bearer 令牌），只显示这一次；",
            "服务只保存它的哈希。撤销：selfeval users revoke 名字 令牌编号。"})
    static final class Token extends Action {

        @Parameters(paramLabel = "名字", description = "账户名（见 users list）")
        String name;

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            Accounts.IssuedToken token = accounts.issueToken(name, actor());
            err.println("已为 " + name + " 发放令牌（编号 " + token.id() + "）；令牌只显示这一次，请妥善保存：");
            err.flush();
            out.println(token.token());
            return ExitCode.OK;
        }
    }

    @Command(name = "revoke", description = "撤销账户的一个接口令牌（写编号），或不写编号时撤销其全部令牌。")
    static final class Revoke extends Action {

        @Parameters(index = "0", paramLabel = "名字", description = "账户名（见 users list）")
        String name;

        @Parameters(index = "1", arity = "0..1", paramLabel = "令牌编号", description = "只撤销这一个令牌（编号见 users list）；不写则撤销该账户的全部令牌")
        String tokenId;

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            int revoked = accounts.revoke(name, tokenId, actor());
            out.println("已撤销 " + name + " 的 " + (tokenId == null ? revoked + " 个令牌" : "令牌 " + tokenId));
            return ExitCode.OK;
        }
    }

    @Command(name = "assign", description = "把复核人员分配到复核轮次（轮次编号见 /rounds 页面或 GET /api/rounds）；复核人员只看到分配给自己的轮次。")
    static final class Assign extends Action {

        @Parameters(index = "0", paramLabel = "名字", description = "账户名（见 users list）")
        String name;

        @Parameters(index = "1", paramLabel = "轮次", description = "复核轮次的编号")
        String round;

        @Override
        int run(Accounts accounts, PrintWriter out, PrintWriter err) {
            accounts.assign(name, round, actor());
            out.println("已把 " + name + " 分配到复核轮次 " + round);
            return ExitCode.OK;
        }
    }
}
