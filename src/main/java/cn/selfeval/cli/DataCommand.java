package cn.selfeval.cli;

import cn.selfeval.store.Database;
import cn.selfeval.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "data", description = "复核数据的维护。", subcommands = {DataCommand.Backup.class})
final class DataCommand implements Runnable {

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "backup",
            description = {"把复核数据（SQLite）完整复制到一个新文件，服务运行时也可进行；得到的文件就是一个可直接使用的数据库。",
                    "恢复：停止服务，把备份文件改名为数据目录中的 selfeval.db（先移走原文件及其 -wal、-shm 文件），再启动服务。",
                    "PostgreSQL 的数据用 pg_dump 备份（本命令给出写法）。"})
    static final class Backup implements Callable<Integer> {

        @Parameters(paramLabel = "文件", description = "备份写到的文件（不能已存在）")
        Path target;

        @CommandLine.Mixin
        DataOptions data;

        @CommandLine.Mixin
        HelpOption help;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Database db = data.open()) {
                if (db.kind() == Database.Kind.POSTGRESQL) {
                    err.println("selfeval data backup：复核数据在 " + db.description() + " 中；PostgreSQL 请用 pg_dump 备份，例如：");
                    err.println("  pg_dump --format=custom --file=" + target + " \"postgresql://用户@主机/数据库\"");
                    err.println("恢复：pg_restore --clean --dbname=\"postgresql://用户@主机/数据库\" " + target);
                    return ExitCode.USAGE;
                }
                db.backupTo(target);
                out.println("已把 " + db.description() + " 备份到 " + target + "（结构版本 " + db.schemaVersion() + "）");
                return ExitCode.OK;
            } catch (StoreException e) {
                err.println("selfeval data backup：" + e.getMessage());
                return ExitCode.INTERNAL_ERROR;
            }
        }
    }
}
