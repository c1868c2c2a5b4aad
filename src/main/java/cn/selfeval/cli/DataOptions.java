package cn.selfeval.cli;

import cn.selfeval.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the review store is: {@code --data DIR} (SQLite) or {@code --database URL} / SELFEVAL_DATABASE (PostgreSQL). */
final class DataOptions {

    @Option(names = "--data", paramLabel = "目录",
            description = "复核数据所在的目录（SQLite 数据库 selfeval.db；默认 $XDG_DATA_HOME/selfeval 或 ~/.local/share/selfeval，首次使用时建立）")
    Path dataDir;

    @Option(names = "--database", paramLabel = "地址",
            description = "改用 PostgreSQL：jdbc:postgresql://主机/数据库?user=…&password=…（也可用环境变量 SELFEVAL_DATABASE）")
    String database;

    /** The command that adds the first administrator to this store: "selfeval users add admin --role admin --data …". */
    String usersAddAdmin() {
        return "selfeval users add admin --role admin" + (dataDir != null ? " --data " + dataDir
                : database != null ? " --database \"" + database.replaceAll("(?i)(password=)[^&;]*", "$1…") + "\"" : "");
    }

    /** Opens and migrates the store. */
    Database open() {
        String url = database != null ? database : System.getenv("SELFEVAL_DATABASE");
        return Database.open(url, dataDir);
    }
}
