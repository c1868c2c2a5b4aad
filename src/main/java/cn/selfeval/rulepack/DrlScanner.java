package cn.selfeval.rulepack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DRL file's text without compiling it: where each rule is declared and where it asks for a
 * parameter ({@code params.number("x")}, {@code params.integer("x")}, {@code params.on("x", day)}, {@code params.get("x")}).
 * Used by static checks and the catalogue, which need line numbers and the rule a parameter belongs to.
 */
public final class DrlScanner {

    /** A {@code rule "name"} line. */
    public record DeclaredRule(String file, String name, int line) {
    }

    /**
     * One use of a parameter.
     *
     * @param rule the rule whose text contains it, or null when it is outside every rule (e.g. a function)
     */
    public record ParameterUse(String file, int line, int column, String parameter, String rule) {
    }

    /** Everything found in one file. */
    public record Scan(List<DeclaredRule> rules, List<ParameterUse> parameterUses) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"']+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern PARAMETER =
            Pattern.compile("\\bparams\\s*\\.\\s*(?:number|integer|get|on)\\s*\\(\\s*\"([^\"]*)\"");

    private DrlScanner() {
    }

    public static Scan scan(RuleFile file) {
        List<DeclaredRule> rules = new ArrayList<>();
        List<ParameterUse> uses = new ArrayList<>();
        String currentRule = null;
        String[] lines = file.text().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = withoutLineComment(lines[i]);
            Matcher rule = RULE.matcher(line);
            if (rule.find()) {
                currentRule = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                rules.add(new DeclaredRule(file.path(), currentRule, i + 1));
            }
            Matcher use = PARAMETER.matcher(line);
            while (use.find()) {
                uses.add(new ParameterUse(file.path(), i + 1, use.start() + 1, use.group(1), currentRule));
            }
            if (END.matcher(line).find()) {
                currentRule = null;
            }
        }
        return new Scan(List.copyOf(rules), List.copyOf(uses));
    }

    public static Scan scan(List<RuleFile> files) {
        List<DeclaredRule> rules = new ArrayList<>();
        List<ParameterUse> uses = new ArrayList<>();
        for (RuleFile file : files) {
            Scan one = scan(file);
            rules.addAll(one.rules());
            uses.addAll(one.parameterUses());
        }
        return new Scan(List.copyOf(rules), List.copyOf(uses));
    }

    /** The line up to a {@code //} comment that is not inside a string literal. */
    private static String withoutLineComment(String line) {
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
