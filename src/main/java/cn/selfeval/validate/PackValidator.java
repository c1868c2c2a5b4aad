package cn.selfeval.validate;

import java.math.BigDecimal;

import cn.selfeval.engine.CompiledPack;
import cn.selfeval.checks.CheckLoader;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.rulepack.CalendarReach;
import cn.selfeval.rulepack.DrlScanner;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.DatedValue;
import cn.selfeval.rulepack.Parameter;
import cn.selfeval.rulepack.ParameterSource;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.rulepack.YamlLines;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything that can be wrong with a rule pack, found without running it on a submission:
 * <ul>
 * <li>errors the loader and {@link cn.selfeval.engine.RuleCompiler} raise (unreadable YAML, DRL syntax and type errors,
 *     rules without indicator or legal-basis metadata, indicator codes not in the framework);</li>
 * <li>a parameter a rule uses but no *.params.yaml defines (error);</li>
 * <li>a parameter without a source document or note (error: every threshold must be traceable);</li>
 * <li>a parameter no rule uses (warning);</li>
 * <li>framework points that do not add up: a parent unequal to the sum of its children, or a total other
 *     than the framework's fullMarks (error); an indicator code used twice (error);</li>
 * <li>a *.tests.yaml case naming a rule that does not exist (error);</li>
 * <li>pack.yaml without id, version or years, or with a status other than draft (error, raised by the loader);</li>
 * <li>a year the pack scores that the working-day calendar does not cover (warning: its deadlines are undecidable);</li>
 * <li>a check that takes points off a unit but gives no {@code improvement} (整改建议) for the self-evaluation report's
 *     下一步改进措施 (warning; a missingFacts check is exempt: what it asks for is the missing data, not a remedy).</li>
 * </ul>
 * Problems between packs (two packs in use claiming the same year and district) are found by {@link PackConflicts}.
 */
public final class PackValidator {

    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern COMPILER_POSITION = Pattern.compile("^(.*?):(\\d+)：规则编译错误：.*?Line (\\d+):(\\d+)");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\.(.+?)\\.\\.\\.\\.}]");
    private static final Pattern RULE_PROBLEM = Pattern.compile("^(.*?)：规则「(.+?)」");

    public enum Severity {
        ERROR("错误"), WARNING("警告");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One problem: its severity and the text "file[:line]：what is wrong（how to fix）". */
    public record Finding(Severity severity, String text) {

        public boolean error() {
            return severity == Severity.ERROR;
        }
    }

    /** The findings for one pack folder, and the pack when it could be loaded. */
    public record Result(Path dir, RulePack pack, List<Finding> findings) {

        public long errors() {
            return findings.stream().filter(Finding::error).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    private final List<Finding> findings = new ArrayList<>();

    private PackValidator() {
    }

    public static Result validate(Path dir) {
        return new PackValidator().run(dir);
    }

    private Result run(Path dir) {
        RulePack pack;
        try {
            pack = RulePackLoader.load(dir);
        } catch (RulePackException e) {
            e.problems().forEach(this::error);
            return new Result(dir, null, List.copyOf(findings));
        }
        DrlScanner.Scan scan = DrlScanner.scan(pack.ruleFiles());
        Set<String> ruleNames;
        try {
            CompiledPack compiled = PackCache.standard().compile(pack);
            ruleNames = new TreeSet<>(compiled.rulesByName().keySet());
            ruleNames.addAll(compiled.kindOutcomeNames());
            checkImprovements(pack, compiled);
        } catch (RulePackException e) {
            compilerProblems(e.problems()).forEach(p -> error(withRuleLine(withColumn(oneLine(withNearLine(p, pack))), pack, scan)));
            ruleNames = new TreeSet<>(scan.rules().stream().map(DrlScanner.DeclaredRule::name).toList());
            ruleNames.addAll(checkRuleNames(pack));
        }
        checkParameters(pack, scan, parametersNamedInChecks(pack));
        checkFramework(pack);
        checkTests(pack, ruleNames);
        checkCalendarReach(pack);
        return new Result(dir, pack, List.copyOf(findings));
    }

    /** The rule names the checks files declare, read without compiling them (for when they do not compile). */
    private static Set<String> checkRuleNames(RulePack pack) {
        Set<String> names = new TreeSet<>();
        for (String relative : pack.filesEndingWith(CheckLoader.SUFFIX)) {
            try {
                YamlLines.valuesOf(pack.file(relative), "rule").forEach(r -> names.add(r.value()));
            } catch (JsonProcessingException e) {
                // reported by the compiler already
            }
        }
        return names;
    }

    /**
     * The parameters the checks files name: a value that is a parameter's name, or a {name} placeholder in a message.
     * Read from the text, so that it is known even when a check does not compile.
     */
    private static Set<String> parametersNamedInChecks(RulePack pack) {
        Set<String> names = new TreeSet<>();
        for (String relative : pack.filesEndingWith(CheckLoader.SUFFIX)) {
            String text;
            try {
                text = Files.readString(pack.file(relative), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String name : pack.parameters().all().keySet()) {
                if (Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w.])").matcher(text).find()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** @param usedByChecks the parameters the checks written as data name */
    private void checkParameters(RulePack pack, DrlScanner.Scan scan, Set<String> usedByChecks) {
        Map<String, Parameter> defined = pack.parameters().all();
        Set<String> used = new TreeSet<>(usedByChecks);
        for (DrlScanner.ParameterUse use : scan.parameterUses()) {
            used.add(use.parameter());
            if (!defined.containsKey(use.parameter())) {
                error(pack.displayPath(use.file()) + ":" + use.line() + "：参数 " + use.parameter()
                        + " 未定义（在 *.params.yaml 中定义它，或改正参数名）");
            }
        }
        Map<String, Map<String, Integer>> keyLines = new HashMap<>();
        for (Parameter parameter : defined.values()) {
            String where = pack.displayPath(parameter.file()) + lineSuffix(keyLines
                    .computeIfAbsent(parameter.file(), f -> YamlLines.topLevelKeys(pack.file(f)))
                    .get(parameter.name()));
            for (DatedValue value : parameter.values()) {
                String which = "：参数 " + parameter.name() + " 自 " + value.from() + " 起的取值";
                ParameterSource source = value.source();
                if (blank(source.document()) && blank(source.note())) {
                    error(where + which + "没有来源文件（source.document）也没有说明（source.note）"
                            + "，请写明依据的文件和条款，或说明取值理由");
                }
                if (value.scale() != null) {
                    for (var bracket : value.scale().brackets()) {
                        if (bracket.amount().stripTrailingZeros().scale() > Rounding.POINT_SCALE) {
                            error(where + which + "（分档）中“" + bracket.description() + "”一档的分值 "
                                    + bracket.amount().toPlainString() + " 超过两位小数（得分精确到0.01分）");
                        }
                    }
                } else if (isPoints(parameter) && value.value().stripTrailingZeros().scale() > Rounding.POINT_SCALE) {
                    error(where + "：参数 " + parameter.name() + " 是分值（" + parameter.unit() + "），最多两位小数，自 "
                            + value.from() + " 起的取值为 " + value.value().toPlainString() + "（得分精确到0.01分）");
                }
            }
            for (int year : pack.manifest().years()) {
                if (parameter.forYear(year).isEmpty()) {
                    error(where + "：参数 " + parameter.name() + " 没有适用于" + year + "年度的取值（最早的取值自 "
                            + parameter.firstApplies() + " 起；规则包 " + pack.manifest().id() + " 适用于 "
                            + pack.manifest().years() + " 年度）");
                }
            }
            if (!used.contains(parameter.name())) {
                warning(where + "：参数 " + parameter.name() + " 未被任何检查或规则使用（删除它，或在检查中引用它的名称）");
            }
        }
    }

    private void checkFramework(RulePack pack) {
        Path file = pack.file(RulePackLoader.FRAMEWORK);
        String display = pack.displayPath(RulePackLoader.FRAMEWORK);
        Map<String, Integer> codeLines = new HashMap<>();
        try {
            YamlLines.valuesOf(file, "code").forEach(c -> codeLines.putIfAbsent(c.value(), c.line()));
        } catch (JsonProcessingException e) {
            // The loader has read the file already; without lines the problems are still reported.
        }
        Set<String> seen = new LinkedHashSet<>();
        pack.framework().indicators().stream().flatMap(Indicator::flatten).forEach(indicator -> {
            String where = display + lineSuffix(codeLines.get(indicator.code()));
            if (indicator.points().stripTrailingZeros().scale() > Rounding.POINT_SCALE) {
                error(where + "：指标 " + indicator.code() + " 的分值 " + indicator.points().toPlainString()
                        + " 超过两位小数（得分精确到0.01分）");
            }
            if (!seen.add(indicator.code())) {
                error(where + "：指标代码 " + indicator.code() + " 重复");
            }
            if (!indicator.leaf()) {
                BigDecimal sum = indicator.children().stream().map(Indicator::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!Numbers.same(sum, indicator.points())) {
                    error(where + "：指标 " + indicator.code() + "「" + indicator.name() + "」分值 "
                            + Numbers.plain(indicator.points()) + " 分，不等于下级指标分值之和 " + Numbers.plain(sum)
                            + " 分（" + terms(indicator.children()) + "）");
                }
            }
        });
        BigDecimal total = pack.framework().totalPoints();
        BigDecimal fullMarks = pack.framework().fullMarks();
        if (!Numbers.same(total, fullMarks)) {
            error(display + "：指标体系总分 " + Numbers.plain(total) + " 分（" + terms(pack.framework().indicators())
                    + "），不等于满分 " + Numbers.plain(fullMarks) + " 分（framework.yaml 的 fullMarks）");
        }
    }

    private void checkTests(RulePack pack, Set<String> ruleNames) {
        for (String relative : pack.filesEndingWith(".tests.yaml")) {
            Path file = pack.file(relative);
            String display = pack.displayPath(relative);
            try {
                for (YamlLines.Located reference : YamlLines.valuesOf(file, "rule")) {
                    if (!ruleNames.contains(reference.value())) {
                        error(display + ":" + reference.line() + "：测试用例「" + reference.enclosingName() + "」引用的规则「"
                                + reference.value() + "」不存在（规则名须与 .drl 中 rule \"…\"、检查文件中 rule: 的名称或检查种类自己的结果名「检查名：说明」完全一致）");
                    }
                }
            } catch (JsonProcessingException e) {
                error(display + lineSuffix(e.getLocation() == null ? null : e.getLocation().getLineNr())
                        + "：测试文件无法读取（" + e.getOriginalMessage() + "）");
            }
        }
    }

    /**
     * A year the pack scores that the calendar does not cover leaves that year's working-day deadlines undecidable
     * until its holidays are added. (A calendar that ends with the pack's last year is not warned about: only
     * December deadlines running into January are affected, nothing can be done before the next notice, and the
     * catalogue and the 规则包 page say so — see {@link CalendarReach}.)
     */
    private void checkCalendarReach(RulePack pack) {
        List<Integer> uncovered = CalendarReach.uncoveredYears(pack);
        if (uncovered.isEmpty()) {
            return;
        }
        Path manifest = pack.manifestFile();
        Path howTo = pack.calendarFile().resolveSibling("README.md");
        String years = uncovered.stream().map(String::valueOf).collect(Collectors.joining("、"));
        warning(manifest + lineSuffix(YamlLines.topLevelKeys(manifest).get("years")) + "：适用年度含" + years
                + "年，而工作日历 " + pack.calendarFile() + " 只覆盖" + pack.calendar().coveredFrom() + "至"
                + pack.calendar().coveredTo() + "：这些年度中需要未覆盖日期的期限将报告“无法判定”。在该文件中补充这些年度的假期和调休上班日并调整 covers"
                + (Files.isRegularFile(howTo) ? "（见 " + howTo + "）" : "") + "，或从 years 中去掉这些年度");
    }

    /**
     * The compiler's problems without "Parser returned a null Package", which only repeats that a file
     * with a syntax error (already reported with its line) could not be parsed.
     */
    private static List<String> compilerProblems(List<String> problems) {
        List<String> useful = problems.stream().filter(p -> !p.endsWith(NULL_PACKAGE)).toList();
        return useful.isEmpty() ? problems : useful;
    }

    /**
     * A type error ("Unable to Analyse Expression …") has no line, only the expression it is near:
     * "file：… [Near : {... x != nul ....}]" becomes "file:16：…" when the expression occurs in the file.
     */
    private static String withNearLine(String problem, RulePack pack) {
        Matcher near = NEAR.matcher(problem);
        int colon = problem.indexOf('：');
        if (!near.find() || colon < 0) {
            return problem;
        }
        String path = problem.substring(0, colon);
        String expression = near.group(1).strip();
        return pack.ruleFiles().stream()
                .filter(f -> pack.displayPath(f.path()).equals(path))
                .findFirst()
                .map(f -> {
                    String[] lines = f.text().split("\\R", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (lines[i].contains(expression)) {
                            return path + ":" + (i + 1) + problem.substring(colon);
                        }
                    }
                    return problem;
                })
                .orElse(problem);
    }

    /** The compiler's multi-line text (with a caret line under the expression) on one line. */
    private static String oneLine(String problem) {
        return problem.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("\\^+"))
                .collect(Collectors.joining(" "));
    }

    /** "file:17：… Line 17:29 …" becomes "file:17:30：…" (Drools counts columns from 0). */
    private static String withColumn(String problem) {
        Matcher m = COMPILER_POSITION.matcher(problem);
        if (m.find() && m.group(2).equals(m.group(3))) {
            int column = Integer.parseInt(m.group(4)) + 1;
            return problem.substring(0, m.end(2)) + ":" + column + problem.substring(m.end(2));
        }
        return problem;
    }

    /** Adds the declaring line to a compiler problem "file：规则「name」…" that names no line. */
    private static String withRuleLine(String problem, RulePack pack, DrlScanner.Scan scan) {
        Matcher m = RULE_PROBLEM.matcher(problem);
        if (!m.find() || m.group(1).matches(".*:\\d+$")) {
            return problem;
        }
        String path = m.group(1);
        String rule = m.group(2);
        return scan.rules().stream()
                .filter(r -> r.name().equals(rule) && pack.displayPath(r.file()).equals(path))
                .findFirst()
                .map(r -> path + ":" + r.line() + problem.substring(path.length()))
                .orElse(problem);
    }

    /** A parameter measured in points (分, 分/项 …) rather than days, percent or 万元. */
    private static boolean isPoints(Parameter parameter) {
        return parameter.unit() != null && parameter.unit().startsWith("分");
    }

    private static String terms(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.code() + " " + Numbers.plain(i.points()))
                .collect(Collectors.joining(" + "));
    }

    private void checkImprovements(RulePack pack, CompiledPack compiled) {
        for (cn.selfeval.checks.Check check : compiled.checks()) {
            cn.selfeval.checks.Check.Definition d = check.definition();
            if (d.deducts() && d.improvement() == null && !d.kind().equals("missingFacts")) {
                warning(pack.displayPath(d.position().file()) + ":" + d.position().line() + "：检查「" + d.name()
                        + "」会扣分，但没有 improvement（整改建议）；自评报告的“下一步改进措施”中这项扣分将只提示单位自行填写"
                        + "（在 basis: 之后写 improvement: 整改建议，可用与 message 相同的占位符）");
            }
        }
    }

    private static String lineSuffix(Integer line) {
        return line == null ? "" : ":" + line;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void error(String text) {
        findings.add(new Finding(Severity.ERROR, text));
    }

    private void warning(String text) {
        findings.add(new Finding(Severity.WARNING, text));
    }
}
