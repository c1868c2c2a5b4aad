package cn.selfeval.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's parse errors in Chinese (its own texts are English): an unknown command or option with the nearest
 * name as a suggestion, a missing parameter or option value, a wrong value, too many parameters. Errors the
 * commands raise themselves are already Chinese and pass through.
 */
final class ParseErrors {

    private static final Pattern MUTUALLY_EXCLUSIVE = Pattern.compile("(?:Error: )?(.+) are mutually exclusive.*");

    private ParseErrors() {
    }

    /** Prints the error, the command's synopsis and where to read more; returns {@link ExitCode#USAGE}. */
    static int report(ParameterException e) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("命令行参数错误：" + message(e));
        err.print(command.getHelp().synopsisHeading() + command.getHelp().synopsis(0));
        err.println("详细说明：" + command.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCode.USAGE;
    }

    static String message(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof MissingParameterException missing) {
            // Picocli checks required parameters before it reports unknown options: "check --detials" is a typo first.
            List<String> unmatched = command.getUnmatchedArguments();
            if (!unmatched.isEmpty()) {
                return unmatched(command, unmatched, suggestions(command, unmatched));
            }
            return missing(missing);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(command, unmatched.getUnmatched(), unmatched.getSuggestions());
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能指定一次";
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            Matcher m = MUTUALLY_EXCLUSIVE.matcher(e.getMessage());
            return m.matches() ? Pattern.compile(", ").splitAsStream(m.group(1)).map(o -> o.replaceFirst("=.*", ""))
                    .collect(Collectors.joining(" 和 ")) + " 只能指定其中一个" : "有互相排斥的选项，只能指定其中一个";
        }
        if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null) {
            return invalidValue(e.getArgSpec(), e.getValue());
        }
        if (e.getMessage() != null && e.getMessage().codePoints().anyMatch(ParseErrors::isHan)) {
            return e.getMessage();
        }
        return "无法识别的命令行（" + e.getMessage() + "）";
    }

    private static String unmatched(CommandLine command, List<String> args, List<String> suggestions) {
        String first = args.get(0);
        CommandSpec spec = command.getCommandSpec();
        String hint = suggestions.isEmpty() ? null : suggestions.get(0);
        if (first.startsWith("-") && first.length() > 1) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return "不认识的选项 " + name + (hint != null ? "，是不是 " + hint + "？"
                    : "；可用的选项：" + spec.options().stream().map(OptionSpec::longestName).distinct().sorted()
                            .collect(Collectors.joining("、")));
        }
        if (!spec.subcommands().isEmpty()) {
            return "不认识的命令 " + first + (hint != null ? "，是不是 " + hint + "？"
                    : "；可用的命令：" + String.join("、", spec.subcommands().keySet()));
        }
        String label = spec.positionalParameters().stream().map(PositionalParamSpec::paramLabel)
                .collect(Collectors.joining("、"));
        return "多余的参数：" + String.join(" ", args) + (label.isEmpty() ? "（本命令不接受参数）"
                : "（本命令只接受 " + maxPositional(spec) + " 个" + label + "）");
    }

    /** Picocli's suggestions for arguments that a later error hid. */
    private static List<String> suggestions(CommandLine command, List<String> unmatched) {
        return new UnmatchedArgumentException(command, new ArrayList<>(unmatched)).getSuggestions();
    }

    private static int maxPositional(CommandSpec spec) {
        return spec.positionalParameters().stream().mapToInt(p -> p.arity().max()).sum();
    }

    private static String missing(MissingParameterException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        List<ArgSpec> missing = e.getMissing() == null ? List.of() : e.getMissing();
        if (message.startsWith("Missing required parameter for option") && !missing.isEmpty()) {
            ArgSpec option = missing.get(0);
            return "选项 " + name(option) + " 后面缺少取值（" + option.paramLabel() + "）";
        }
        if (message.contains("specify one of these")) {
            return "需要指定其中一个：" + missing.stream().map(ParseErrors::withLabel).collect(Collectors.joining(" 或 "));
        }
        List<String> options = missing.stream().filter(ArgSpec::isOption).map(ParseErrors::withLabel).toList();
        List<String> parameters = missing.stream().filter(ArgSpec::isPositional).map(ArgSpec::paramLabel).toList();
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add("缺少选项：" + String.join("、", options));
        }
        if (!parameters.isEmpty()) {
            parts.add("缺少参数：" + String.join("、", parameters));
        }
        return parts.isEmpty() ? "缺少参数" : String.join("；", parts);
    }

    private static String invalidValue(ArgSpec arg, String value) {
        String what = arg.isOption() ? "选项 " + name(arg) : "参数 " + arg.paramLabel();
        if (arg.type() == boolean.class || arg.type() == Boolean.class) {
            return what + " 不带取值（只写 " + name(arg) + " 即可），不能写成 " + value;
        }
        List<String> candidates = arg.completionCandidates() == null ? List.of()
                : StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
        return what + " 的值 " + value + " 无效" + (candidates.isEmpty() ? "" : "，可选：" + String.join("、", candidates));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String withLabel(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "（" + option.paramLabel() + "）" : arg.paramLabel();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
