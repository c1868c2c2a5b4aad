package cn.selfeval.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code selfeval help [命令…]}: the usage of the command named (also nested: {@code help rules diff}), or of
 * the command it belongs to. Picocli's own help command is English and knows one level only.
 */
@Command(name = "help", helpCommand = true,
        description = "显示某个命令的用法，如 selfeval help check、selfeval help rules diff")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(arity = "0..*", paramLabel = "命令", description = "要查看用法的命令（可含子命令）")
    List<String> commands;

    @Mixin
    HelpOption help;

    private CommandLine self;
    private PrintWriter out;
    private CommandLine.Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
            PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine command = self.getParent();
        for (String name : commands == null ? List.<String>of() : commands) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.UnmatchedArgumentException(command, List.of(name));
            }
            command = sub;
        }
        command.usage(out, colors);
        out.flush();
    }
}
