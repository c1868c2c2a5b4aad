package cn.selfeval.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "selfeval",
        mixinStandardHelpOptions = true,
        resourceBundle = "cn.selfeval.cli.HelpTexts",
        versionProvider = SelfevalCommand.Version.class,
        description = "部门整体支出绩效自评检查：按规则包计算各指标得分，列出每一处扣分及其依据。",
        subcommands = {CheckCommand.class, WatchCommand.class, ExplainCommand.class, ReportCommand.class, TemplateCommand.class, ConvertCommand.class,
                RulesCommand.class, ServeCommand.class, DataCommand.class, UsersCommand.class, HelpCommand.class})
public final class SelfevalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return execute(new PrintWriter(Console.OUT, true), new PrintWriter(Console.ERR, true), args);
    }

    /** Runs a command with its output going to the given writers (what tests read). */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SelfevalCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, a) -> ParseErrors.report(e))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("selfeval 内部错误：" + e);
                    if (Boolean.getBoolean("selfeval.debug")) {
                        e.printStackTrace(cmd.getErr());
                    } else {
                        cmd.getErr().println("（以 -Dselfeval.debug=true 运行可查看详细信息）");
                    }
                    return ExitCode.INTERNAL_ERROR;
                });
        WideCharAlignment.install(cli);
        // serve's option names are long (--trusted-user-header): widen its option column so descriptions stay beside them
        cli.getSubcommands().get("serve").getCommandSpec().usageMessage().longOptionsMaxWidth(28);
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SelfevalCommand.class.getPackage().getImplementationVersion();
            return new String[] {"selfeval " + (version == null ? "(开发版)" : version)};
        }
    }
}
