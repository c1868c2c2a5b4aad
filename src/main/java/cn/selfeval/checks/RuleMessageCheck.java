package cn.selfeval.checks;

import cn.selfeval.model.FactLists;
import cn.selfeval.rulepack.Parameters;
import cn.selfeval.rulepack.RuleFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, when a pack loads, the message templates of hand-written DRL rules: every placeholder in a string of a
 * rule's consequence must be a field of the fact its outcome is about ({@code outcome.of(kcontext, $p)}, typed by
 * the pattern that binds {@code $p}), a value given with {@code .with("name", …)}, or a parameter — the same check
 * as for templates in *.checks.yaml, with the file and line of the string.
 */
public final class RuleMessageCheck {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern BINDING = Pattern.compile("\\$(\\w+)\\s*:\\s*(\\w+)\\s*\\(");
    private static final Pattern OUTCOME = Pattern.compile("outcome\\.of\\(\\s*kcontext\\s*,\\s*\\$(\\w+)\\s*\\)");
    private static final Pattern WITH = Pattern.compile("\\.with\\(\\s*\"(\\w+)\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private RuleMessageCheck() {
    }

    public static void check(RuleFile file, Parameters parameters, CheckProblems problems) {
        String text = file.text();
        Matcher rules = RULE.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (rules.find()) {
            starts.add(rules.start());
        }
        for (int r = 0; r < starts.size(); r++) {
            int start = starts.get(r);
            int end = r + 1 < starts.size() ? starts.get(r + 1) : text.length();
            checkRule(file, text, start, end, parameters, problems);
        }
    }

    private static void checkRule(RuleFile file, String text, int start, int end, Parameters parameters,
            CheckProblems problems) {
        String rule = text.substring(start, end);
        int then = rule.indexOf("\nthen");
        if (then < 0) {
            return;
        }
        Map<String, String> types = new HashMap<>();
        Matcher binding = BINDING.matcher(rule.substring(0, then));
        while (binding.find()) {
            types.put(binding.group(1), binding.group(2));
        }
        Matcher outcome = OUTCOME.matcher(rule);
        Class<?> factType = outcome.find() ? modelClass(types.get(outcome.group(1))) : null;
        if (factType == null) {
            return;
        }
        List<Vocabulary.Variable> given = new ArrayList<>();
        Matcher with = WITH.matcher(rule);
        while (with.find()) {
            given.add(new Vocabulary.Variable(with.group(1), with.group(1), ValueType.OTHER));
        }
        Vocabulary vocabulary = new Vocabulary(given, FieldCatalog.of(factType, FactLists.of(factType)), parameters);
        Matcher string = STRING.matcher(rule);
        while (string.find()) {
            if (string.start() > then && string.group(1).contains("{")) {
                int line = lineOf(text, start + string.start());
                Template.compile(string.group(1), vocabulary, new Position(file.path(), line), problems);
            }
        }
    }

    private static Class<?> modelClass(String simpleName) {
        if (simpleName == null) {
            return null;
        }
        try {
            return Class.forName("cn.selfeval.model." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
