package cn.selfeval.ruletest;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.rulepack.DatedValue;
import cn.selfeval.rulepack.Parameter;
import cn.selfeval.rulepack.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which rule test cases read a different parameter value than they did in an earlier copy of the pack, so that a
 * policy officer who adds or changes a dated value learns which cases it affects before they run, not from failures.
 * A case reads the values in force during its evaluation year (the one on 1 January and any that take effect later in
 * the year: some checks read the value on a fact's own date); a case is affected when that list differs for a
 * parameter used by a check its file tests (the {@code *.checks.yaml} beside its {@code *.tests.yaml}) or by a check
 * whose rule the case names.
 */
public final class ParameterChanges {

    /** One parameter whose values during one year differ: "30日" → "20日（自2023-07-01）". */
    public record Change(String parameter, String label, int year, String before, String after) {

        public String describe() {
            return parameter + (label == null || label.isBlank() ? "" : "（" + label + "）") + " " + year + "年度：" + before
                    + " → " + after;
        }
    }

    /** A case and the changed parameters its year reads. */
    public record AffectedCase(String file, String caseName, int year, List<String> parameters) {
    }

    private ParameterChanges() {
    }

    /** The parameters whose values during any of {@code years} differ between {@code before} and {@code after}. */
    public static List<Change> between(Parameters before, Parameters after, Collection<Integer> years) {
        Set<String> names = new TreeSet<>(before.all().keySet());
        names.addAll(after.all().keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            Parameter old = before.all().get(name);
            Parameter now = after.all().get(name);
            for (int year : new TreeSet<>(years)) {
                List<DatedValue> was = during(old, year);
                List<DatedValue> is = during(now, year);
                if (!same(was, is)) {
                    Parameter named = now != null ? now : old;
                    changes.add(new Change(name, named.label(), year, text(was, named, year, old == null),
                            text(is, named, year, now == null)));
                }
            }
        }
        return List.copyOf(changes);
    }

    /** The cases whose year reads a changed parameter, in file and case order. */
    public static List<AffectedCase> affected(List<RuleTestFile> files, RuleTestRunner runner, List<Check> checks,
            List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> parametersByChecksFile = new LinkedHashMap<>();
        Map<String, Set<String>> parametersByRuleOrCheck = new LinkedHashMap<>();
        for (Check check : checks) {
            Set<String> used = check.definition().parameters();
            parametersByChecksFile.computeIfAbsent(check.definition().position().file(), f -> new LinkedHashSet<>()).addAll(used);
            parametersByRuleOrCheck.computeIfAbsent(check.definition().name(), n -> new LinkedHashSet<>()).addAll(used);
            for (OutcomeSpec outcome : check.definition().outcomes()) {
                parametersByRuleOrCheck.computeIfAbsent(outcome.rule().name(), n -> new LinkedHashSet<>()).addAll(used);
            }
        }
        List<AffectedCase> affected = new ArrayList<>();
        for (RuleTestFile file : files) {
            String checksFile = file.path().substring(0, file.path().length() - RuleTestRunner.TESTS_SUFFIX.length())
                    + ".checks.yaml";
            for (RuleTestCase testCase : file.cases()) {
                Set<String> reads = new LinkedHashSet<>(parametersByChecksFile.getOrDefault(checksFile, Set.of()));
                named(testCase).forEach(n -> reads.addAll(parametersByRuleOrCheck.getOrDefault(n, Set.of())));
                int year = runner.year(testCase);
                List<String> changed = changes.stream().filter(c -> c.year() == year && reads.contains(c.parameter()))
                        .map(Change::parameter).toList();
                if (!changed.isEmpty()) {
                    affected.add(new AffectedCase(file.path(), testCase.name(), year, changed));
                }
            }
        }
        return List.copyOf(affected);
    }

    private static List<String> named(RuleTestCase testCase) {
        List<String> names = new ArrayList<>();
        testCase.expect().forEach(e -> names.add(e.rule()));
        testCase.absent().forEach(e -> names.add(e.rule()));
        testCase.watch().forEach(w -> names.add(w.check()));
        testCase.watchAbsent().forEach(w -> names.add(w.check()));
        return names.stream().filter(Objects::nonNull).toList();
    }

    /** The values in force during {@code year}: the one on 1 January (dated from then), then those taking effect later. */
    private static List<DatedValue> during(Parameter parameter, int year) {
        if (parameter == null) {
            return List.of();
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<DatedValue> values = new ArrayList<>();
        parameter.on(first).ifPresent(v -> values.add(new DatedValue(first, v.value(), v.source(), v.scale())));
        parameter.values().stream().filter(v -> v.from().isAfter(first) && !v.from().isAfter(last)).forEach(values::add);
        return values;
    }

    private static boolean same(List<DatedValue> a, List<DatedValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            DatedValue x = a.get(i);
            DatedValue y = b.get(i);
            boolean value = x.value() == null ? y.value() == null : y.value() != null && x.value().compareTo(y.value()) == 0;
            if (!x.from().equals(y.from()) || !value || !Objects.equals(x.scale(), y.scale())) {
                return false;
            }
        }
        return true;
    }

    /** "30日", "30日，自2023-07-01起20日", "无此参数", "无取值". */
    private static String text(List<DatedValue> values, Parameter parameter, int year, boolean absent) {
        if (absent) {
            return "无此参数";
        }
        if (values.isEmpty()) {
            return "无取值";
        }
        String unit = parameter.unit() == null ? "" : parameter.unit();
        return values.stream().map(v -> (v.from().equals(LocalDate.of(year, 1, 1)) ? "" : "自" + v.from() + "起")
                + (v.scale() != null ? "分档取值" : Numbers.plain(v.value()) + unit)).collect(Collectors.joining("，"));
    }
}
