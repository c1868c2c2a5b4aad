package cn.selfeval.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} for a subcommand, which works even when the command's parameters are required (the top
 * command also has {@code -V/--version}). Mixed in with {@code @Mixin}.
 */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help",
            description = "显示本命令的用法并退出")
    boolean help;
}
