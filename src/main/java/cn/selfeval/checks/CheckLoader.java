package cn.selfeval.checks;

import cn.selfeval.checks.Check.Definition;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.checks.kinds.CompletionCheck;
import cn.selfeval.checks.kinds.ConditionCheck;
import cn.selfeval.checks.kinds.DeadlineCheck;
import cn.selfeval.checks.kinds.MissingFactsCheck;
import cn.selfeval.checks.kinds.ProportionalCheck;
import cn.selfeval.checks.kinds.RateCheck;
import cn.selfeval.checks.kinds.RequiredCheck;
import cn.selfeval.checks.kinds.SmeReservationCheck;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.engine.RuleInfo;
import cn.selfeval.input.SubmissionSchema;
import cn.selfeval.model.FactLists;
import cn.selfeval.model.Labelled;
import cn.selfeval.model.PerformanceSection;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pack's checks ({@code *.checks.yaml}, next to their parameters and tests) and compiles each into its
 * kind. Everything a check names is resolved here, so that a mistake is a problem with file and line when the pack
 * loads — not a surprise on the first submission that triggers it: the indicator, the facts, every field and
 * enumerated code in a condition, every placeholder in a message, every parameter and every law cited.
 */
public final class CheckLoader {

    public static final String SUFFIX = ".checks.yaml";

    /** The kinds and the keys each accepts besides the common ones. */
    static final Map<String, Set<String>> KINDS = new java.util.TreeMap<>(Map.of(
            "smeReservation", Set.of("cases", "reservations", "whollyReservedMax", "minReservedPercent",
                    "minSmallMicroPercent", "minPriceDeductionPercent", "maxPriceDeductionPercent", "deduct", "outcomes"),
            "condition", Set.of("cases", "findings", "otherwise", "values", "scope", "otherYear"),
            "deadline", Set.of("cases", "from", "to", "within", "deduct", "deadlineLabel", "outcomes"),
            "rate", Set.of("cases", "rate", "max", "min", "perPoint", "rounding", "scale", "outcomes", "values", "scope",
                    "otherYear"),
            "proportional", Set.of("cases", "rate", "fullAt", "outcomes", "values", "scope", "otherYear"),
            "missingFacts", Set.of("deduct", "outcomes"),
            "required", Set.of("among", "satisfiedBy", "forEach", "noneOn", "deduct", "outcomes"),
            "completion", Set.of("section", "floor", "scoreDecimals", "outcomes")));
    private static final Set<String> COMMON = Set.of("name", "kind", "indicator", "facts", "basis", "improvement",
            "description", "only", "compare", "limit", "watch");
    private static final Set<String> OUTCOME_KEYS = new java.util.TreeSet<>(Set.of("rule", "message", "status", "deduct",
            "basis", "compare", "limit", "when"));
    private static final Map<String, OutcomeStatus> STATUSES = new LinkedHashMap<>();
    private static final Variable TOTAL_COUNT = new Variable("count", "合计的事项数", "合计的事项数（scope: total）",
            ValueType.NUMBER);

    static {
        STATUSES.put("deducted", OutcomeStatus.DEDUCTED);
        STATUSES.put("noted", OutcomeStatus.NOTED);
        STATUSES.put("passed", OutcomeStatus.PASSED);
        STATUSES.put("exempt", OutcomeStatus.EXEMPT);
        STATUSES.put("notApplicable", OutcomeStatus.NOT_APPLICABLE);
        STATUSES.put("undetermined", OutcomeStatus.UNDETERMINED);
    }

    private final RulePack pack;
    private final LawRegistry laws;
    private final CheckProblems problems;
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final Map<String, String> ruleChecks = new HashMap<>();
    /** The names of the kinds' own outcomes (where a check writes none), which rule tests may name too. */
    private final Set<String> kindOutcomeNames = new java.util.TreeSet<>();

    private CheckLoader(RulePack pack, LawRegistry laws, CheckProblems problems) {
        this.pack = pack;
        this.laws = laws;
        this.problems = problems;
    }

    /** The checks of every effective *.checks.yaml of the pack, in path order; problems are added, not thrown. */
    public static Loaded load(RulePack pack, LawRegistry laws, CheckProblems problems) {
        CheckLoader loader = new CheckLoader(pack, laws, problems);
        List<Check> checks = new ArrayList<>();
        for (String file : pack.filesEndingWith(SUFFIX)) {
            checks.addAll(loader.readFile(file));
        }
        return new Loaded(checks, Map.copyOf(loader.rules), Set.copyOf(loader.kindOutcomeNames));
    }

    /**
     * The checks of a pack, the rule (name, file, indicator, basis) of each named outcome, and the names of the
     * kinds' own outcomes ("check：不属于评价年度"), which are not rules of the pack but may be named by its tests.
     */
    public record Loaded(List<Check> checks, Map<String, RuleInfo> rules, Set<String> kindOutcomeNames) {
    }

    private List<Check> readFile(String file) {
        List<Check> checks = new ArrayList<>();
        YamlNode root = YamlNode.parse(read(file), file, problems);
        Map<String, YamlNode> top = root == null ? null : root.mapping("检查文件", Set.of("checks"));
        if (top == null || !top.containsKey("checks")) {
            if (top != null) {
                problems.at(root.position(), "缺少 checks:（检查列表）");
            }
            return checks;
        }
        for (YamlNode item : top.get("checks").items()) {
            Check check = readCheck(item, file);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    private Check readCheck(YamlNode node, String file) {
        Map<String, YamlNode> keys = node.mapping("检查", null);
        if (keys == null) {
            return null;
        }
        String kind = text(keys, "kind", node, "检查的 kind（" + String.join("、", KINDS.keySet()) + "）");
        if (kind == null) {
            return null;
        }
        if (!KINDS.containsKey(kind)) {
            problems.at(keys.get("kind").position(), "不认识的检查种类 kind: " + kind
                    + CheckProblems.didYouMean(kind, List.copyOf(KINDS.keySet())) + "，可用：" + String.join("、", KINDS.keySet()));
            return null;
        }
        Set<String> allowed = new java.util.TreeSet<>(COMMON);
        allowed.addAll(KINDS.get(kind));
        keys = node.mapping("检查", allowed);
        String name = text(keys, "name", node, "检查的名称 name");
        String indicator = indicator(keys, node);
        String facts = kind.equals("completion") ? "performanceIndicators" : facts(keys, node);
        if (name == null || indicator == null || facts == null) {
            return null;
        }
        CheckReader reader = new CheckReader(this, file, kind, name, indicator, facts, keys, node);
        Check check = reader.read();
        if (check != null && keys.containsKey("watch")) {
            WatchSpec watch = watch(keys.get("watch"), check, kind, name);
            if (watch == null) {
                return null;
            }
            check.watchAs(watch);
        }
        return check;
    }

    /**
     * A check's {@code watch:} entry: {@code { task: 签订采购合同 }}; for other kinds {@code due: yearEnd}, or an act due
     * before an event, {@code { task: …, done: 日期字段, before: { event: 日期字段, planned: 日期字段, days: 参数 } }}.
     */
    private WatchSpec watch(YamlNode node, Check check, String kind, String name) {
        Map<String, YamlNode> keys = node.mapping("watch", Set.of("task", "due", "done", "before"));
        if (keys == null) {
            return null;
        }
        String task = keys.containsKey("task") ? keys.get("task").text("watch 的 task（要做的事，如 签订采购合同）") : null;
        String due = keys.containsKey("due") ? keys.get("due").text("watch 的 due") : null;
        if (due != null && !due.equals(WatchSpec.YEAR_END)) {
            problems.at(keys.get("due").position(), "watch 的 due 只能写 " + WatchSpec.YEAR_END
                    + "（评价年度12月31日前须做到）" + CheckProblems.didYouMean(due, List.of(WatchSpec.YEAR_END)));
            return null;
        }
        boolean deadline = kind.equals("deadline");
        if (deadline && due != null) {
            problems.at(keys.get("due").position(), "deadline 检查「" + name + "」的预警日期就是它的期限届满日，不写 watch 的 due");
            return null;
        }
        if (deadline && (keys.containsKey("before") || keys.containsKey("done"))) {
            YamlNode extra = keys.containsKey("before") ? keys.get("before") : keys.get("done");
            problems.at(extra.position(), "deadline 检查「" + name + "」按它的期限（from 之后 within 内）预警，不写 watch 的 before、done");
            return null;
        }
        if (due != null && keys.containsKey("before")) {
            problems.at(keys.get("before").position(), "watch 的 due 与 before 只写一项：due: " + WatchSpec.YEAR_END
                    + "（年末须做到）或 before（某事之前若干日须做到）");
            return null;
        }
        if (!deadline && due == null && !keys.containsKey("before")) {
            problems.at(node.position(), kind + " 检查「" + name + "」的 watch 须写 due: " + WatchSpec.YEAR_END
                    + "，或 before（某事之前若干日须做到）与 done（只有 deadline 检查按期限预警）");
            return null;
        }
        if (task != null && task.isBlank()) {
            problems.at(keys.get("task").position(), "watch 的 task 不能为空");
            return null;
        }
        WatchSpec.Before before = null;
        if (keys.containsKey("before")) {
            if (task == null) {
                problems.at(node.position(), "watch 的 before 须写 task（要做的事，如 公开采购意向）");
                return null;
            }
            before = before(keys, check, name);
            if (before == null) {
                return null;
            }
        } else if (keys.containsKey("done")) {
            problems.at(keys.get("done").position(), "watch 的 done 只与 before 一起写（某事之前若干日须完成的事）");
            return null;
        }
        return new WatchSpec(task, due != null, before, node.position());
    }

    /** {@code done:} and {@code before: { event, planned, days | workingDays }}: every field a date of the check's facts. */
    private WatchSpec.Before before(Map<String, YamlNode> watch, Check check, String name) {
        if (!(check instanceof PerFactCheck perFact) || perFact.total()) {
            problems.at(watch.get("before").position(), "检查「" + name + "」不是逐项判断的检查（scope: total 或 "
                    + check.definition().kind() + "），不能写 watch 的 before");
            return null;
        }
        YamlNode node = watch.get("before");
        Map<String, YamlNode> keys = node.mapping("watch 的 before", Set.of("event", "planned", "days", "workingDays"));
        if (keys == null) {
            return null;
        }
        Map<String, FieldRef> fields = FieldCatalog.ofList(check.facts());
        int before = problems.all().size();
        FieldRef done = watchDate(watch, "done", node, fields, check.facts(), "要完成的事的日期字段，如 intentPublishedOn");
        FieldRef event = watchDate(keys, "event", node, fields, check.facts(), "事件实际发生的日期字段，如 procurementStartedOn");
        FieldRef planned = watchDate(keys, "planned", node, fields, check.facts(),
                "事件尚未发生时计划日期的字段，如 plannedProcurementStartOn");
        if (event != null && planned != null && event.name().equals(planned.name())) {
            problems.at(keys.get("planned").position(), "before 的 planned 与 event 应是两个字段：计划日期与实际日期");
        }
        boolean working = keys.containsKey("workingDays");
        if (keys.containsKey("days") == working) {
            problems.at(node.position(), "before 只写 days（自然日）或 workingDays（其间的整工作日数）中的一项，值为参数名");
            return null;
        }
        YamlNode length = keys.get(working ? "workingDays" : "days");
        String parameter = length.text("提前天数");
        if (parameter != null && !pack.parameters().contains(parameter)) {
            problems.at(length.position(), "参数 " + parameter + " 未定义（在 *.params.yaml 中定义它，或改正参数名）"
                    + CheckProblems.didYouMean(parameter, List.copyOf(pack.parameters().all().keySet()))
                    + "；提前天数的数值写在 *.params.yaml 中，这里写参数名");
        }
        if (problems.all().size() > before || parameter == null) {
            return null;
        }
        return new WatchSpec.Before(done, event, planned, working, parameter);
    }

    private FieldRef watchDate(Map<String, YamlNode> keys, String key, YamlNode owner, Map<String, FieldRef> fields,
            String facts, String what) {
        if (!keys.containsKey(key)) {
            problems.at(owner.position(), (key.equals("done") ? "watch 缺少 " : "watch 的 before 缺少 ") + key + "（" + what + "）");
            return null;
        }
        String text = keys.get(key).text(key);
        FieldRef field = text == null ? null : fields.get(text);
        if (field == null || field.type() != ValueType.DATE || field.derived() || text.contains(".")) {
            problems.at(keys.get(key).position(), key + ": " + text + " 应为 " + facts + " 的日期字段"
                    + CheckProblems.didYouMean(String.valueOf(text), fields.values().stream()
                            .filter(f -> f.type() == ValueType.DATE && !f.derived()).map(FieldRef::name).toList()));
            return null;
        }
        return field;
    }

    private String indicator(Map<String, YamlNode> keys, YamlNode node) {
        String code = text(keys, "indicator", node, "指标代码 indicator");
        if (code == null) {
            return null;
        }
        Indicator indicator = pack.framework().byCode().get(code);
        if (indicator == null) {
            problems.at(keys.get("indicator").position(), "指标代码 " + code + " 不在 framework.yaml 中"
                    + CheckProblems.didYouMean(code, List.copyOf(pack.framework().byCode().keySet())));
            return null;
        }
        if (!indicator.leaf()) {
            problems.at(keys.get("indicator").position(), "指标代码 " + code + " 不是末级指标，检查只能给末级指标扣分");
            return null;
        }
        return code;
    }

    private String facts(Map<String, YamlNode> keys, YamlNode node) {
        String facts = text(keys, "facts", node, "检查的事实 facts（填报中的列表，如 procurementProjects）");
        if (facts != null && !FactLists.all().containsKey(facts)) {
            problems.at(keys.get("facts").position(), "facts: " + facts + " 不是填报中的事实列表"
                    + CheckProblems.didYouMean(facts, List.copyOf(FactLists.all().keySet()))
                    + "；可用：" + String.join("、", FactLists.all().keySet()));
            return null;
        }
        return facts;
    }

    private String text(Map<String, YamlNode> keys, String key, YamlNode owner, String what) {
        if (!keys.containsKey(key)) {
            problems.at(owner.position(), "缺少 " + key + "（" + what + "）");
            return null;
        }
        String text = keys.get(key).text(what);
        if (text == null || text.isBlank()) {
            problems.at(keys.get(key).position(), what + " 不能为空");
            return null;
        }
        return text;
    }

    private String read(String file) {
        try {
            return Files.readString(pack.file(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule name of an outcome: unique across checks (one check may use it for several variants). */
    private RuleInfo rule(String name, String file, String indicator, String basis, String check, Position at) {
        String owner = ruleChecks.putIfAbsent(name, file + "\n" + check);
        if (owner != null && !owner.equals(file + "\n" + check)) {
            problems.at(at, "规则名「" + name + "」已在 " + pack.displayPath(owner.split("\n")[0]) + " 的检查「"
                    + owner.split("\n")[1] + "」中使用；每个规则名只能属于一个检查");
        }
        return rules.computeIfAbsent(name, n -> new RuleInfo(file, pack.citePath(file), n, indicator, basis));
    }

    /** Reads one check of a file: its common keys, then those of its kind. */
    private static final class CheckReader {

        private final CheckLoader loader;
        private final CheckProblems problems;
        private final String file;
        private final String kind;
        private final String name;
        private final String indicator;
        private final String facts;
        private final Map<String, YamlNode> keys;
        private final YamlNode node;
        private final Set<String> parameters = new LinkedHashSet<>();
        private final List<OutcomeSpec> all = new ArrayList<>();
        private final String basis;
        private final Map<Points, Deduction> deductions = new HashMap<>();
        private final Map<Vocabulary, Template> improvements = new java.util.IdentityHashMap<>();
        private boolean ok = true;

        CheckReader(CheckLoader loader, String file, String kind, String name, String indicator, String facts,
                Map<String, YamlNode> keys, YamlNode node) {
            this.loader = loader;
            this.problems = loader.problems;
            this.file = file;
            this.kind = kind;
            this.name = name;
            this.indicator = indicator;
            this.facts = facts;
            this.keys = keys;
            this.node = node;
            if (!keys.containsKey("basis")) {
                problems.at(node.position(), "检查「" + name + "」缺少 basis（法律依据，如 政府采购法 第四十六条）");
                ok = false;
            }
            this.basis = keys.containsKey("basis") ? cite(keys.get("basis")) : "";
        }

        Check read() {
            Map<String, FieldRef> fields = FieldCatalog.ofList(facts);
            boolean total = scope();
            DerivedValues values = DerivedValues.NONE;
            if (keys.containsKey("values")) {
                Vocabulary valueWords = vocabulary(List.of(), fields);
                values = DerivedValues.read(keys.get("values"), fields, total, valueWords, problems, name);
                parameters.addAll(valueWords.parametersUsed());
                if (values == null) {
                    ok = false;
                    values = DerivedValues.NONE;
                }
            }
            List<Variable> words = new ArrayList<>(variables());
            words.addAll(values.variables());
            if (total) {
                words.add(TOTAL_COUNT);
            } else if (!List.of("missingFacts", "required", "completion").contains(kind)) {
                words.addAll(PerFactCheck.OTHER_YEAR_VARIABLES);
            }
            if (!List.of("missingFacts", "required", "completion").contains(kind)) {
                words.add(PerFactCheck.SUBJECT);
            }
            Vocabulary factVocabulary = new Vocabulary(words, total ? Map.of() : fields, loader.pack.parameters(),
                    values.variables());
            Condition only = keys.containsKey("only") ? condition(keys.get("only"), vocabulary(List.of(), fields))
                    : Condition.ALWAYS;
            Check check = switch (kind) {
                case "condition" -> condition(only, factVocabulary);
                case "deadline" -> deadline(only, fields, factVocabulary);
                case "rate" -> rate(only, fields, factVocabulary);
                case "proportional" -> proportional(only, fields, factVocabulary);
                case "missingFacts" -> missingFacts();
                case "required" -> required(fields, factVocabulary);
                case "smeReservation" -> smeReservation(only, fields, factVocabulary);
                default -> completion(fields);
            };
            if (check instanceof PerFactCheck perFact) {
                perFact.shape(new PerFactCheck.Shape(values, total, total ? null : otherYear(factVocabulary)));
            }
            return ok ? check : null;
        }

        /** {@code scope: each} (default: every fact on its own) or {@code total} (the list as a whole, once). */
        private boolean scope() {
            if (!keys.containsKey("scope")) {
                return false;
            }
            String scope = keys.get("scope").text("scope");
            if (!"each".equals(scope) && !"total".equals(scope)) {
                problems.at(keys.get("scope").position(), "scope 应为 each（逐项判断，默认）或 total（整个列表合计判断一次）"
                        + CheckProblems.didYouMean(String.valueOf(scope), List.of("each", "total")));
                ok = false;
                return false;
            }
            return scope.equals("total");
        }

        /**
         * The outcome of a fact that belongs to another evaluation year: as written under {@code otherYear}, or the
         * kind's own (不适用, naming the date and the year it belongs to). The kind's own is not a rule of the pack
         * (it needs no rule test of its own: the kinds' tests cover it).
         */
        private OutcomeSpec otherYear(Vocabulary vocabulary) {
            if (keys.containsKey("otherYear")) {
                return outcome(keys.get("otherYear"), vocabulary, false, OutcomeStatus.NOT_APPLICABLE, null);
            }
            Template message = Template.compile(PerFactCheck.OTHER_YEAR_MESSAGE, vocabulary, node.position(), problems);
            RuleInfo info = kindRule(name + "：不属于评价年度");
            return new OutcomeSpec(info, OutcomeStatus.NOT_APPLICABLE, Points.NONE, Deduction.NONE, message,
                    Template.EMPTY, List.of(), Condition.ALWAYS, node.position(), Template.EMPTY);
        }

        private Definition definition() {
            String description = keys.containsKey("description") ? keys.get("description").text("description") : null;
            String improvement = keys.containsKey("improvement") ? keys.get("improvement").text("improvement") : null;
            return new Definition(name, kind, indicator, facts, description, node.position(), List.copyOf(all),
                    Set.copyOf(parameters), improvement);
        }

        private List<Variable> variables() {
            return switch (kind) {
                case "deadline" -> DeadlineCheck.VARIABLES;
                case "rate" -> RateCheck.VARIABLES;
                case "proportional" -> ProportionalCheck.VARIABLES;
                case "missingFacts" -> MissingFactsCheck.VARIABLES;
                case "required" -> RequiredCheck.VARIABLES;
                case "completion" -> CompletionCheck.VARIABLES;
                case "smeReservation" -> SmeReservationCheck.VARIABLES;
                default -> List.of();
            };
        }

        private Vocabulary vocabulary(List<Variable> variables, Map<String, FieldRef> fields) {
            return new Vocabulary(variables, fields, loader.pack.parameters());
        }

        // ------------------------------------------------------------------ kinds

        private Check condition(Condition only, Vocabulary vocabulary) {
            List<OutcomeSpec> cases = cases(vocabulary);
            if (keys.containsKey("cases") == keys.containsKey("findings") && !keys.containsKey("findings")
                    && !keys.containsKey("otherwise")) {
                problems.at(node.position(), "condition 检查「" + name + "」需要 findings（逐项判断）或 cases（依次判断）");
                ok = false;
            }
            List<OutcomeSpec> findings = new ArrayList<>();
            if (keys.containsKey("findings")) {
                for (YamlNode item : keys.get("findings").items()) {
                    add(findings, outcome(item, vocabulary, true, OutcomeStatus.DEDUCTED, null));
                }
            }
            OutcomeSpec otherwise = keys.containsKey("otherwise")
                    ? outcome(keys.get("otherwise"), vocabulary, false, OutcomeStatus.PASSED, null) : null;
            return new ConditionCheck(definition(), only, cases, findings, otherwise);
        }

        private Check deadline(Condition only, Map<String, FieldRef> fields, Vocabulary vocabulary) {
            List<OutcomeSpec> cases = cases(vocabulary);
            FieldRef from = dateField(fields, "from", "起算日期字段");
            FieldRef to = dateField(fields, "to", "完成日期字段");
            String length = null;
            boolean working = false;
            if (!keys.containsKey("within")) {
                problems.at(node.position(), "deadline 检查「" + name + "」缺少 within（如 within: { days: 参数名 } 或 { workingDays: 参数名 }）");
                ok = false;
            } else {
                Map<String, YamlNode> within = keys.get("within").mapping("within", Set.of("days", "workingDays"));
                if (within == null || within.size() != 1) {
                    problems.at(keys.get("within").position(), "within 只写一项：days（自然日，期限末日遇休息日顺延）或 workingDays（工作日）");
                    ok = false;
                } else {
                    working = within.containsKey("workingDays");
                    length = parameter(within.values().iterator().next(), "期限天数");
                }
            }
            Points deduct = keys.containsKey("deduct") ? points(keys.get("deduct"), vocabulary) : null;
            String deadlineLabel = keys.containsKey("deadlineLabel") ? keys.get("deadlineLabel").text("deadlineLabel") : "期限届满日";
            List<String> defaultCompare = from == null || to == null ? List.of() : List.of(from.name(), to.name(), "deadline");
            Map<String, OutcomeSpec> outcomes = outcomes(DeadlineCheck.OUTCOMES, vocabulary, Map.of(
                    "notStarted", OutcomeStatus.NOT_APPLICABLE, "late", OutcomeStatus.DEDUCTED,
                    "onTime", OutcomeStatus.PASSED, "missing", OutcomeStatus.DEDUCTED,
                    "notYetDue", OutcomeStatus.NOT_APPLICABLE, "undetermined", OutcomeStatus.UNDETERMINED,
                    PerFactCheck.OTHER_YEAR, OutcomeStatus.NOT_APPLICABLE),
                    deduct, defaultCompare, Map.of("deadline", deadlineLabel));
            requireOutcomes(outcomes, List.of("late", "onTime", "missing", "notYetDue"));
            if (from == null || to == null || length == null) {
                return null;
            }
            List<OutcomeSpec.Compared> compared = compared(null, defaultCompare, vocabulary, Map.of("deadline", deadlineLabel));
            kindOutcome(outcomes, "notStarted", OutcomeStatus.NOT_APPLICABLE, "尚未开始", "{subject}："
                    + literal(from.title()) + "未填，期限尚未开始，本年度不检查。", vocabulary, compared);
            kindOutcome(outcomes, "undetermined", OutcomeStatus.UNDETERMINED, "期限无法判定", "{subject}：{calendarNote}，"
                    + literal(deadlineLabel) + "无法确定，无法判定，请评审人员核定。", vocabulary, compared);
            return new DeadlineCheck(definition(), only, cases, from, to, working, length, outcomes, deadlineLabel);
        }

        private Check rate(Condition only, Map<String, FieldRef> fields, Vocabulary vocabulary) {
            List<OutcomeSpec> cases = cases(vocabulary);
            ValueSource rate = number(vocabulary, "rate", "比率：字段（如 executionPercent）或 values 中的计算值");
            boolean scaled = keys.containsKey("scale");
            boolean atMost = keys.containsKey("max");
            String limit = null;
            String perPoint = null;
            String scale = null;
            RateCheck.Counting counting = RateCheck.Counting.STARTED;
            if (scaled) {
                for (String key : List.of("max", "min", "perPoint", "rounding")) {
                    if (keys.containsKey(key)) {
                        problems.at(keys.get(key).position(), "rate 检查「" + name + "」写了 scale（按分档扣分），不再写 " + key);
                        ok = false;
                    }
                }
                scale = parameter(keys.get("scale"), "分档");
                if (scale != null && loader.pack.parameters().get(scale).values().stream().anyMatch(v -> v.scale() == null)) {
                    problems.at(keys.get("scale").position(), "scale: " + scale + " 应为分档参数（在 *.params.yaml 中按施行日期写 brackets）");
                    ok = false;
                }
            } else {
                if (atMost == keys.containsKey("min")) {
                    problems.at(node.position(), "rate 检查「" + name + "」写 max（不超过）或 min（不低于）其中一项：参数名；或写 scale（分档参数）");
                    ok = false;
                }
                limit = atMost ? parameter(keys.get("max"), "上限")
                        : keys.containsKey("min") ? parameter(keys.get("min"), "下限") : null;
                perPoint = keys.containsKey("perPoint") ? parameter(keys.get("perPoint"), "每个百分点的扣分") : null;
                if (keys.containsKey("rounding")) {
                    String code = keys.get("rounding").text("rounding");
                    counting = RateCheck.Counting.of(code);
                    if (counting == null) {
                        List<String> codes = java.util.Arrays.stream(RateCheck.Counting.values()).map(RateCheck.Counting::code).toList();
                        problems.at(keys.get("rounding").position(), "rounding 应为 started（不足1个百分点按1个计，默认）、floor（只计整数个百分点）"
                                + "或 linear（按超出的百分点精确计）" + CheckProblems.didYouMean(String.valueOf(code), codes));
                        ok = false;
                        counting = RateCheck.Counting.STARTED;
                    }
                }
            }
            Map<String, OutcomeSpec> outcomes = outcomes(RateCheck.OUTCOMES, vocabulary, Map.of(
                    "exceeds", OutcomeStatus.DEDUCTED, "tolerated", OutcomeStatus.PASSED, "within", OutcomeStatus.PASSED,
                    "uncomputable", OutcomeStatus.UNDETERMINED), RateCheck::deduction, List.of(), Map.of());
            requireOutcomes(outcomes, List.of("exceeds", "within"));
            requireUncomputable(outcomes, vocabulary);
            // A finding the framework gives no points (status noted) needs no points per percentage point.
            boolean noted = outcomes.get("exceeds") != null && outcomes.get("exceeds").status() == OutcomeStatus.NOTED;
            if (!scaled && !keys.containsKey("perPoint") && !noted) {
                problems.at(node.position(), "rate 检查「" + name + "」缺少 perPoint（每超出一个百分点扣几分的参数）；"
                        + "框架不计分的提示不写 perPoint，outcomes.exceeds 写 status: noted");
                ok = false;
            }
            if (noted && (keys.containsKey("perPoint") || keys.containsKey("rounding"))) {
                String key = keys.containsKey("perPoint") ? "perPoint" : "rounding";
                problems.at(keys.get(key).position(), "rate 检查「" + name + "」的 exceeds 是 noted（提示，不扣分），不写 " + key);
                ok = false;
            }
            if (counting == RateCheck.Counting.FLOOR && !outcomes.containsKey("tolerated")) {
                problems.at(node.position(), "rate 检查「" + name + "」rounding: floor：超出不足一个百分点时不扣分，须写 outcomes.tolerated（说明文字）");
                ok = false;
            }
            if (rate == null || (scaled ? scale == null : limit == null || (perPoint == null && !noted))) {
                return null;
            }
            return new RateCheck(definition(), only, cases, rate, atMost, limit, perPoint, counting, scale, outcomes);
        }

        private Check proportional(Condition only, Map<String, FieldRef> fields, Vocabulary vocabulary) {
            List<OutcomeSpec> cases = cases(vocabulary);
            ValueSource rate = number(vocabulary, "rate", "比率：字段（如 executionPercent）或 values 中的计算值");
            String line = requiredParameter("proportional", "fullAt", "满分线", "比率达到多少得满分的参数");
            Map<String, OutcomeSpec> outcomes = new HashMap<>(outcomes(ProportionalCheck.OUTCOMES, vocabulary, Map.of(
                    "below", OutcomeStatus.DEDUCTED, "full", OutcomeStatus.PASSED,
                    "uncomputable", OutcomeStatus.UNDETERMINED), ProportionalCheck::shortfall, List.of(), Map.of()));
            requireOutcomes(outcomes, List.of("below", "full"));
            requireUncomputable(outcomes, vocabulary);
            if (rate == null || line == null) {
                return null;
            }
            return new ProportionalCheck(definition(), only, cases, rate, line, outcomes.get("below"), outcomes.get("full"),
                    outcomes.get("uncomputable"));
        }

        /** Every outcome the kind may decide must be written: no fact may go without one. */
        private void requireOutcomes(Map<String, OutcomeSpec> outcomes, List<String> names) {
            if (!keys.containsKey("outcomes")) {
                return;
            }
            for (String outcome : names) {
                if (!outcomes.containsKey(outcome)) {
                    problems.at(keys.get("outcomes").position(), kind + " 检查「" + name + "」缺少 outcomes." + outcome
                            + "（每个事实都要有结果）");
                    ok = false;
                }
            }
        }

        /**
         * A rate that cannot be computed (a zero base, a missing amount) always gets an outcome: the check's
         * {@code outcomes.uncomputable}, else the kind's own 无法判定. A check must state its policy for it: either
         * that outcome, or {@code cases} that handle the zero base (e.g. 无预算却有支出 扣分, 无预算无支出 不适用),
         * the kind's 无法判定 then catching whatever the cases leave.
         */
        private void requireUncomputable(Map<String, OutcomeSpec> outcomes, Vocabulary vocabulary) {
            if (outcomes.containsKey("uncomputable") || !keys.containsKey("outcomes")) {
                return;
            }
            if (!keys.containsKey("cases")) {
                problems.at(keys.get("outcomes").position(), kind + " 检查「" + name + "」没有写比率无法计算时怎么办"
                        + "（如预算为0却有支出、合计中有一项未填报）：写 outcomes.uncomputable（status: undetermined 无法判定，"
                        + "或 deduct 扣分），或在 cases 中处理分母为0的情形");
                ok = false;
            }
            String label = keys.containsKey("rate") ? String.valueOf(keys.get("rate").text("rate")) : "比率";
            ValueSource source = vocabulary.resolve(label);
            String shown = source == null ? label : source.label();
            kindOutcome(outcomes, "uncomputable", OutcomeStatus.UNDETERMINED, "比率无法计算", "{subject}：" + literal(shown)
                    + "无法计算（分母为0或缺少数据），无法判定，请核实填报数据。", vocabulary, List.of());
        }

        /**
         * The kind's own outcome where the check writes none, so that no fact goes without one: named
         * "check：{@code what}", with the kind's message; not a rule of the pack (the kinds' tests cover it).
         */
        private void kindOutcome(Map<String, OutcomeSpec> outcomes, String outcome, OutcomeStatus status, String what,
                String message, Vocabulary vocabulary, List<OutcomeSpec.Compared> compared) {
            if (outcomes.containsKey(outcome)) {
                return;
            }
            Template template = Template.compile(message, vocabulary, node.position(), problems);
            RuleInfo info = kindRule(name + "：" + what);
            outcomes.put(outcome, new OutcomeSpec(info, status, Points.NONE, Deduction.NONE, template, Template.EMPTY,
                    compared == null ? List.of() : compared, Condition.ALWAYS, node.position(), Template.EMPTY));
        }

        private RuleInfo kindRule(String ruleName) {
            loader.kindOutcomeNames.add(ruleName);
            return new RuleInfo(file, loader.pack.citePath(file), ruleName, indicator, basis);
        }

        /** Text put into a message template as it is (braces doubled). */
        private static String literal(String text) {
            return text.replace("{", "{{").replace("}", "}}");
        }

        /** A number the kind reads ({@code rate}): a field of the facts or a value the check defines. */
        private ValueSource number(Vocabulary vocabulary, String key, String what) {
            if (!keys.containsKey(key)) {
                problems.at(node.position(), "检查「" + name + "」缺少 " + key + "（" + what + "）");
                ok = false;
                return null;
            }
            String text = keys.get(key).text(key);
            ValueSource source = text == null || vocabulary.isParameter(text) ? null : vocabulary.resolve(text);
            if (source == null || source.type() != ValueType.NUMBER) {
                problems.at(keys.get(key).position(), key + ": " + text + " 应为 " + facts + " 的数字段或 values 中的计算值"
                        + CheckProblems.didYouMean(String.valueOf(text), vocabulary.names()));
                ok = false;
                return null;
            }
            return source;
        }

        private Check missingFacts() {
            Vocabulary vocabulary = vocabulary(MissingFactsCheck.VARIABLES, Map.of());
            Points deduct = keys.containsKey("deduct") ? points(keys.get("deduct"), vocabulary) : null;
            Map<String, OutcomeSpec> outcomes = outcomes(MissingFactsCheck.OUTCOMES, vocabulary, Map.of(
                    "missing", OutcomeStatus.DEDUCTED, "empty", OutcomeStatus.NOT_APPLICABLE), deduct,
                    List.of("submitted"), Map.of("submitted", listLabel()));
            if (outcomes.get("missing") == null) {
                problems.at(node.position(), "missingFacts 检查「" + name + "」缺少 outcomes.missing（未填报时的扣分和说明）");
                ok = false;
            }
            return new MissingFactsCheck(definition(), listLabel(), outcomes.get("missing"), outcomes.get("empty"));
        }

        private Check required(Map<String, FieldRef> fields, Vocabulary vocabulary) {
            Condition satisfiedBy = keys.containsKey("satisfiedBy") ? condition(keys.get("satisfiedBy"), vocabulary)
                    : Condition.ALWAYS;
            Condition among = keys.containsKey("among") ? condition(keys.get("among"), vocabulary) : null;
            FieldRef forEach = keys.containsKey("forEach") ? field(fields, "forEach", "按哪个可选字段逐类要求", ValueType.ENUM) : null;
            Vocabulary onList = vocabulary(RequiredCheck.VARIABLES, Map.of());
            Points deduct = keys.containsKey("deduct") ? points(keys.get("deduct"), onList) : null;
            Map<String, OutcomeSpec> outcomes = new LinkedHashMap<>();
            Map<String, YamlNode> declared = outcomeNodes(RequiredCheck.OUTCOMES);
            declared.forEach((key, value) -> outcomes.put(key, outcome(value, key.equals("none") ? onList : vocabulary,
                    false, key.equals("none") ? OutcomeStatus.DEDUCTED : key.equals("each") ? OutcomeStatus.PASSED
                            : OutcomeStatus.NOT_APPLICABLE, key.equals("none") ? deduct : null)));
            String noneOn = keys.containsKey("noneOn") ? keys.get("noneOn").text("noneOn") : "list";
            if (!noneOn.equals("list") && !noneOn.equals("evaluationYear")) {
                problems.at(keys.get("noneOn").position(), "noneOn 应为 list（记在该列表上）或 evaluationYear（记在评价年度上）");
                ok = false;
            }
            return new RequiredCheck(definition(), among, satisfiedBy == null ? Condition.ALWAYS : satisfiedBy, forEach,
                    noneOn.equals("evaluationYear"), outcomes.get("none"), outcomes.get("each"), outcomes.get("other"));
        }

        private Check smeReservation(Condition only, Map<String, FieldRef> fields, Vocabulary vocabulary) {
            List<OutcomeSpec> cases = cases(vocabulary);
            String reservations = keys.containsKey("reservations") ? keys.get("reservations").text("reservations") : null;
            if (!"assetManagement.smeReservations".equals(reservations) || !"procurementProjects".equals(facts)) {
                problems.at(keys.containsKey("reservations") ? keys.get("reservations").position() : node.position(),
                        "smeReservation 检查「" + name + "」对照 facts: procurementProjects 与 reservations: assetManagement.smeReservations");
                ok = false;
                return null;
            }
            SmeReservationCheck.ByCategory max = byCategory("whollyReservedMax", "整体专门面向中小企业采购的预算上限");
            SmeReservationCheck.ByCategory min = byCategory("minReservedPercent", "最低预留比例");
            String smallMicro = requiredParameter("smeReservation", "minSmallMicroPercent", "小微企业最低比例",
                    "预留份额中小微企业最低比例的参数");
            Points deduct = keys.containsKey("deduct") ? points(keys.get("deduct"), vocabulary) : null;
            Vocabulary onList = vocabulary(SmeReservationCheck.VARIABLES, Map.of());
            Vocabulary onReservation = vocabulary(SmeReservationCheck.VARIABLES, FieldCatalog.ofList(reservations));
            Map<String, OutcomeStatus> statuses = Map.ofEntries(Map.entry("noProjects", OutcomeStatus.NOT_APPLICABLE),
                    Map.entry("unreported", OutcomeStatus.DEDUCTED), Map.entry("whollyReserved", OutcomeStatus.PASSED),
                    Map.entry("notWhollyReserved", OutcomeStatus.DEDUCTED), Map.entry("notSuitable", OutcomeStatus.EXEMPT),
                    Map.entry("shareTooLow", OutcomeStatus.DEDUCTED), Map.entry("smallMicroTooLow", OutcomeStatus.DEDUCTED),
                    Map.entry("shareMet", OutcomeStatus.PASSED), Map.entry("noDate", OutcomeStatus.UNDETERMINED),
                    Map.entry("unknownProject", OutcomeStatus.UNDETERMINED),
                    Map.entry("otherYear", OutcomeStatus.NOT_APPLICABLE),
                    Map.entry("priceDeductionUnreported", OutcomeStatus.UNDETERMINED),
                    Map.entry("priceDeductionNone", OutcomeStatus.DEDUCTED),
                    Map.entry("priceDeductionOutOfRange", OutcomeStatus.DEDUCTED),
                    Map.entry("priceDeductionMet", OutcomeStatus.PASSED),
                    Map.entry("priceDeductionNoDate", OutcomeStatus.UNDETERMINED));
            Map<String, OutcomeSpec> outcomes = new LinkedHashMap<>();
            outcomeNodes(SmeReservationCheck.OUTCOMES).forEach((key, value) -> outcomes.put(key, outcome(value,
                    key.equals("noProjects") ? onList : key.equals("unknownProject") ? onReservation : vocabulary,
                    false, statuses.get(key), statuses.get(key) == OutcomeStatus.DEDUCTED ? deduct : null)));
            SmeReservationCheck.PriceDeduction priceDeduction = priceDeduction(outcomes.keySet());
            if (max == null || min == null || smallMicro == null) {
                return null;
            }
            return new SmeReservationCheck(definition(), reservations, only, cases, max, min, smallMicro, priceDeduction,
                    outcomes);
        }

        /**
         * The price-deduction range, when the check judges it: both bounds by category, and every
         * {@code priceDeduction…} outcome written (a project given no outcome would pass silently); null otherwise.
         */
        private SmeReservationCheck.PriceDeduction priceDeduction(Set<String> written) {
            boolean judged = keys.containsKey("minPriceDeductionPercent") || keys.containsKey("maxPriceDeductionPercent");
            List<String> priceOutcomes = SmeReservationCheck.PRICE_DEDUCTION_OUTCOMES;
            if (!judged) {
                if (priceOutcomes.stream().anyMatch(written::contains)) {
                    problems.at(node.position(), "smeReservation 检查「" + name + "」写了价格扣除的结果（priceDeduction…），"
                            + "却没有 minPriceDeductionPercent、maxPriceDeductionPercent（价格扣除比例的下限、上限）");
                    ok = false;
                }
                return null;
            }
            SmeReservationCheck.ByCategory min = byCategory("minPriceDeductionPercent", "价格扣除比例下限");
            SmeReservationCheck.ByCategory max = byCategory("maxPriceDeductionPercent", "价格扣除比例上限");
            List<String> missing = priceOutcomes.stream().filter(o -> !written.contains(o)).toList();
            if (!missing.isEmpty()) {
                problems.at(node.position(), "smeReservation 检查「" + name + "」判断价格扣除，须写出结果 "
                        + String.join("、", missing));
                ok = false;
            }
            return min == null || max == null ? null : new SmeReservationCheck.PriceDeduction(min, max);
        }

        /** A parameter for each procurement category: {@code { goods: 参数, services: 参数, works: 参数 }}. */
        private SmeReservationCheck.ByCategory byCategory(String key, String what) {
            if (!keys.containsKey(key)) {
                problems.at(node.position(), "smeReservation 检查「" + name + "」缺少 " + key + "（" + what
                        + "：{ goods: 参数, services: 参数, works: 参数 }）");
                ok = false;
                return null;
            }
            Map<String, YamlNode> values = keys.get(key).mapping(key, null);
            Map<cn.selfeval.model.ProcurementCategory, String> byCategory = new java.util.EnumMap<>(
                    cn.selfeval.model.ProcurementCategory.class);
            for (cn.selfeval.model.ProcurementCategory category : cn.selfeval.model.ProcurementCategory.values()) {
                YamlNode value = values == null ? null : values.get(category.code());
                if (value == null) {
                    problems.at(keys.get(key).position(), key + " 缺少 " + category.code() + "（" + category.label() + "）的参数");
                    ok = false;
                    return null;
                }
                String parameter = parameter(value, what);
                if (parameter == null) {
                    return null;
                }
                byCategory.put(category, parameter);
            }
            if (values.size() > byCategory.size()) {
                problems.at(keys.get(key).position(), key + " 只写 goods、services、works 三个采购类别");
                ok = false;
                return null;
            }
            return new SmeReservationCheck.ByCategory(Map.copyOf(byCategory));
        }

        private Check completion(Map<String, FieldRef> fields) {
            String section = keys.containsKey("section") ? keys.get("section").text("section") : null;
            PerformanceSection performanceSection = null;
            for (PerformanceSection s : PerformanceSection.values()) {
                if (s.code().equals(section)) {
                    performanceSection = s;
                }
            }
            if (performanceSection == null) {
                problems.at(keys.containsKey("section") ? keys.get("section").position() : node.position(),
                        "completion 检查「" + name + "」的 section 应为 output（产出指标）或 outcome（效益指标）");
                ok = false;
            }
            String floor = requiredParameter("completion", "floor", "得分下限", "完成率低于多少得0分的参数");
            String decimals = scoreDecimals();
            Vocabulary indicatorWords = vocabulary(CompletionCheck.VARIABLES, fields);
            Vocabulary sectionWords = vocabulary(CompletionCheck.VARIABLES, Map.of());
            Map<String, OutcomeSpec> outcomes = new LinkedHashMap<>();
            Map<String, OutcomeStatus> statuses = Map.of("met", OutcomeStatus.PASSED, "belowTarget", OutcomeStatus.DEDUCTED,
                    "noResult", OutcomeStatus.DEDUCTED, "zeroTarget", OutcomeStatus.UNDETERMINED,
                    "noIndicators", OutcomeStatus.DEDUCTED, "weightsIncomplete", OutcomeStatus.UNDETERMINED,
                    "weightsMismatch", OutcomeStatus.UNDETERMINED);
            Map<String, Points> points = Map.of(
                    "belowTarget", stated(CompletionCheck::shortfall, Deduction.computed("shortfall", List.of())),
                    "noResult", stated(e -> (BigDecimal) e.variables().get("weight"), Deduction.computed("share", List.of())),
                    "noIndicators", stated(e -> (BigDecimal) e.variables().get("sectionPoints"), Deduction.all()));
            outcomeNodes(CompletionCheck.OUTCOMES).forEach((key, value) -> {
                boolean onSection = Set.of("noIndicators", "weightsIncomplete", "weightsMismatch").contains(key);
                outcomes.put(key, outcome(value, onSection ? sectionWords : indicatorWords, false, statuses.get(key),
                        points.get(key)));
            });
            requireOutcomes(outcomes, List.of("met", "belowTarget", "noResult", "noIndicators"));
            if (performanceSection == null) {
                return null;
            }
            String label = performanceSection.label();
            kindOutcome(outcomes, "zeroTarget", OutcomeStatus.UNDETERMINED, "正向指标目标值为零", label
                    + "{id}「{name}」是正向指标，目标值为0，无法计算完成率，无法判定，请评审人员核定得分。", indicatorWords, null);
            kindOutcome(outcomes, "weightsIncomplete", OutcomeStatus.UNDETERMINED, "权重未全部填写", "{indicatorCount}个" + label
                    + "中只有{weightedCount}个填了权重，已按平均分配计算各指标分值，请评审人员核实。", sectionWords, null);
            kindOutcome(outcomes, "weightsMismatch", OutcomeStatus.UNDETERMINED, "权重之和与分值不符", label
                    + "的权重之和为{weightSum}分，不等于该类指标的分值{sectionPoints}分，已按权重比例折算各指标分值"
                    + "（权重都为0时平均分配），请评审人员核实。", sectionWords, null);
            return new CompletionCheck(definition(), performanceSection, floor, decimals, outcomes);
        }

        /** The optional parameter of the decimals a score is cut to: each of its values 0, 1 or 2. */
        private String scoreDecimals() {
            if (!keys.containsKey("scoreDecimals")) {
                return null;
            }
            String parameter = parameter(keys.get("scoreDecimals"), "scoreDecimals（得分保留的小数位数）");
            if (parameter == null) {
                return null;
            }
            cn.selfeval.rulepack.Parameter defined = loader.pack.parameters().get(parameter);
            for (var value : defined.values()) {
                BigDecimal places = value.value();
                if (places == null || places.stripTrailingZeros().scale() > 0 || places.signum() < 0
                        || places.compareTo(BigDecimal.valueOf(Rounding.POINT_SCALE)) > 0) {
                    // The value is written in a parameter file, perhaps a derived pack's own: name it too.
                    Integer line = cn.selfeval.rulepack.YamlLines.topLevelKeys(loader.pack.file(defined.file())).get(parameter);
                    problems.at(keys.get("scoreDecimals").position(), "参数 " + parameter + " 自" + value.from()
                            + "起的取值" + (places == null ? "不是数" : "为 " + places.toPlainString())
                            + "（" + loader.pack.displayPath(defined.file()) + (line == null ? "" : ":" + line) + "）"
                            + "：scoreDecimals 是得分保留的小数位数，只能是 0、1 或 2（截尾）");
                    ok = false;
                    return null;
                }
            }
            return parameter;
        }

        // ------------------------------------------------------------------ parts

        private List<OutcomeSpec> cases(Vocabulary vocabulary) {
            List<OutcomeSpec> cases = new ArrayList<>();
            if (keys.containsKey("cases")) {
                for (YamlNode item : keys.get("cases").items()) {
                    add(cases, outcome(item, vocabulary, true, null, null));
                }
            }
            return cases;
        }

        private Map<String, YamlNode> outcomeNodes(List<String> names) {
            if (!keys.containsKey("outcomes")) {
                problems.at(node.position(), "检查「" + name + "」缺少 outcomes（" + String.join("、", names) + "）");
                ok = false;
                return Map.of();
            }
            Map<String, YamlNode> outcomes = keys.get("outcomes").mapping("outcomes", new LinkedHashSet<>(names));
            return outcomes == null ? Map.of() : outcomes;
        }

        private Map<String, OutcomeSpec> outcomes(List<String> names, Vocabulary vocabulary,
                Map<String, OutcomeStatus> statuses, Points deduct, List<String> defaultCompare,
                Map<String, String> labels) {
            Map<String, OutcomeSpec> outcomes = new HashMap<>();
            outcomeNodes(names).forEach((key, value) -> outcomes.put(key,
                    outcome(value, vocabulary, false, statuses.get(key), deduct, defaultCompare, labels)));
            return outcomes;
        }

        private OutcomeSpec outcome(YamlNode item, Vocabulary vocabulary, boolean withWhen, OutcomeStatus status,
                Points deduct) {
            return outcome(item, vocabulary, withWhen, status, deduct, List.of(), Map.of());
        }

        /** One outcome: its rule name, status, deduction, message, limit and comparisons; null on problems. */
        private OutcomeSpec outcome(YamlNode item, Vocabulary vocabulary, boolean withWhen, OutcomeStatus status,
                Points deduct, List<String> defaultCompare, Map<String, String> labels) {
            Map<String, YamlNode> spec = item.mapping("结果", OUTCOME_KEYS);
            if (spec == null) {
                ok = false;
                return null;
            }
            String rule = need(spec, "rule", item, "规则名 rule（报告中显示的名称）");
            String message = need(spec, "message", item, "说明 message");
            Condition when = Condition.ALWAYS;
            if (withWhen) {
                when = spec.containsKey("when") ? condition(spec.get("when"), vocabulary) : null;
                if (!spec.containsKey("when")) {
                    problems.at(item.position(), "结果「" + rule + "」缺少 when（在什么条件下得到这个结果）");
                    ok = false;
                }
            } else if (spec.containsKey("when")) {
                problems.at(spec.get("when").position(), "结果「" + rule + "」由检查种类 " + kind + " 判定，不写 when");
                ok = false;
            }
            OutcomeStatus decided = status;
            if (spec.containsKey("status")) {
                String code = spec.get("status").text("status");
                decided = STATUSES.get(code);
                if (decided == null) {
                    problems.at(spec.get("status").position(), "status 应为 " + String.join("、", STATUSES.keySet())
                            + CheckProblems.didYouMean(String.valueOf(code), List.copyOf(STATUSES.keySet())));
                    ok = false;
                }
            } else if (spec.containsKey("deduct") || decided == null) {
                decided = spec.containsKey("deduct") ? OutcomeStatus.DEDUCTED : null;
                if (decided == null) {
                    problems.at(item.position(), "结果「" + rule + "」缺少 status（" + String.join("、", STATUSES.keySet())
                            + "）或 deduct");
                    ok = false;
                }
            }
            Points points = spec.containsKey("deduct") ? points(spec.get("deduct"), vocabulary) : deduct;
            if (decided == OutcomeStatus.NOTED && spec.containsKey("deduct")) {
                problems.at(spec.get("deduct").position(), "结果「" + rule + "」是 noted（提示，不扣分），不写 deduct；"
                        + "要扣分的写 status: deducted");
                ok = false;
            }
            if (decided == OutcomeStatus.DEDUCTED && points == null) {
                problems.at(item.position(), "结果「" + rule + "」扣分，但没有写 deduct（扣分参数，或 all 表示本指标全部分值）");
                ok = false;
            }
            String ruleBasis = spec.containsKey("basis") ? cite(spec.get("basis")) : basis;
            Position at = spec.containsKey("message") ? spec.get("message").position() : item.position();
            Template template = message == null ? null : Template.compile(message, vocabulary, at, problems);
            Template limit = spec.containsKey("limit") ? template(spec.get("limit"), vocabulary)
                    : keys.containsKey("limit") ? template(keys.get("limit"), vocabulary) : Template.EMPTY;
            List<OutcomeSpec.Compared> compared = compared(spec.containsKey("compare") ? spec.get("compare")
                    : keys.get("compare"), defaultCompare, vocabulary, labels);
            if (rule == null || template == null || limit == null || compared == null || (withWhen && when == null)
                    || decided == null) {
                ok = false;
                return null;
            }
            parameters.addAll(vocabulary.parametersUsed());
            RuleInfo info = loader.rule(rule, file, indicator, ruleBasis, name, item.position());
            Deduction deduction = decided != OutcomeStatus.DEDUCTED ? Deduction.NONE
                    : deductions.getOrDefault(points, kindDeduction());
            Template improvement = decided == OutcomeStatus.DEDUCTED || decided == OutcomeStatus.NOTED
                    ? improvement(vocabulary) : Template.EMPTY;
            if (improvement == null) {
                ok = false;
                return null;
            }
            OutcomeSpec outcome = new OutcomeSpec(info, decided, points == null ? Points.NONE : points, deduction,
                    template, limit, compared, when, item.position(), improvement);
            all.add(outcome);
            return outcome;
        }

        /**
         * The check's 整改建议 ({@code improvement:}), compiled against the vocabulary of the deducting outcome it is
         * written for (the same placeholders as its message); EMPTY when the check has none, null on problems.
         */
        private Template improvement(Vocabulary vocabulary) {
            if (!keys.containsKey("improvement")) {
                return Template.EMPTY;
            }
            if (!improvements.containsKey(vocabulary)) {
                Template compiled = template(keys.get("improvement"), vocabulary);
                parameters.addAll(vocabulary.parametersUsed());
                improvements.put(vocabulary, compiled);
            }
            return improvements.get(vocabulary);
        }

        /** A deduction the kind computes (rate: per percentage point; completion, proportional: the shortfall). */
        private Deduction kindDeduction() {
            return switch (kind) {
                case "rate" -> keys.containsKey("scale") ? Deduction.computed("scale", List.of(keys.get("scale").text("scale")))
                        : Deduction.computed("perPoint", keys.containsKey("perPoint")
                        ? List.of(keys.get("perPoint").text("perPoint")) : List.of());
                case "completion", "proportional" -> Deduction.computed("shortfall", List.of());
                default -> Deduction.NONE;
            };
        }

        private List<OutcomeSpec.Compared> compared(YamlNode node, List<String> defaults, Vocabulary vocabulary,
                Map<String, String> labels) {
            List<String> names = node == null ? defaults : node.texts("compare");
            List<OutcomeSpec.Compared> compared = new ArrayList<>();
            for (String entry : names) {
                ValueSource source = vocabulary.resolve(entry);
                if (source == null) {
                    problems.at(node == null ? this.node.position() : node.position(), "compare 中的 " + entry
                            + " 不是字段、计算值或参数" + CheckProblems.didYouMean(entry, vocabulary.names()));
                    return null;
                }
                compared.add(new OutcomeSpec.Compared(labels.getOrDefault(entry, source.label()), source));
            }
            return compared;
        }

        private Template template(YamlNode node, Vocabulary vocabulary) {
            String text = node.text("说明文字");
            return text == null ? Template.EMPTY : Template.compile(text, vocabulary, node.position(), problems);
        }

        private Condition condition(YamlNode node, Vocabulary vocabulary) {
            Condition condition = new ConditionCompiler(vocabulary, facts, problems).compile(node);
            if (condition == null) {
                ok = false;
            }
            parameters.addAll(vocabulary.parametersUsed());
            return condition;
        }

        /** A deduction: a parameter, {@code all} (the indicator's points), or {@code {by: name, values: {code: parameter}}}. */
        private Points points(YamlNode node, Vocabulary vocabulary) {
            if (node.isScalar()) {
                String text = node.text("deduct");
                if ("all".equals(text)) {
                    String code = indicator;
                    return stated(e -> e.context().framework().points(code), Deduction.all());
                }
                String parameter = parameter(node, "扣分");
                return parameter == null ? null
                        : stated(e -> e.context().params().number(parameter), Deduction.parameter(parameter));
            }
            Map<String, YamlNode> by = node.mapping("deduct", Set.of("by", "values"));
            if (by == null || !by.containsKey("by") || !by.containsKey("values")) {
                problems.at(node.position(), "deduct 写参数名、all，或 { by: 字段, values: { 可选值: 参数名 } }");
                ok = false;
                return null;
            }
            String field = by.get("by").text("by");
            ValueSource source = vocabulary.resolve(field);
            if (source == null || source.type() != ValueType.ENUM) {
                problems.at(by.get("by").position(), "deduct.by 应为可选值字段或计算值" + CheckProblems.didYouMean(String.valueOf(field), vocabulary.names()));
                ok = false;
                return null;
            }
            Map<String, YamlNode> values = by.get("values").mapping("deduct.values", null);
            Map<String, String> byCode = new HashMap<>();
            if (values != null) {
                values.forEach((code, value) -> byCode.put(code, parameter(value, "扣分")));
            }
            return stated(e -> {
                Object value = source.value(e);
                String parameter = value == null ? null : byCode.get(((Labelled) value).code());
                if (parameter == null) {
                    throw new IllegalStateException("deduct.values 中没有 " + value + " 的扣分参数");
                }
                return e.context().params().number(parameter);
            }, new Deduction("byValue", Map.copyOf(byCode), source.label()));
        }

        private Points stated(Points points, Deduction deduction) {
            deductions.put(points, deduction);
            return points;
        }

        /**
         * The parameter a kind needs under {@code key}: "缺少 key（meaning）" when it is not written, the parameter's
         * own problem (undefined, with a did-you-mean) when it is; null in both cases.
         */
        private String requiredParameter(String kind, String key, String what, String meaning) {
            if (!keys.containsKey(key)) {
                problems.at(node.position(), kind + " 检查「" + name + "」缺少 " + key + "（" + meaning + "）");
                ok = false;
                return null;
            }
            return parameter(keys.get(key), what);
        }

        private String parameter(YamlNode node, String what) {
            String text = node.text(what);
            if (text == null || !loader.pack.parameters().contains(text)) {
                problems.at(node.position(), text == null ? what + "应为规则包参数的名称，实为空"
                        : "参数 " + text + " 未定义（在 *.params.yaml 中定义它，或改正参数名）"
                        + CheckProblems.didYouMean(text, List.copyOf(loader.pack.parameters().all().keySet()))
                        + "；" + what + "的数值写在 *.params.yaml 中，这里写参数名");
                ok = false;
                return null;
            }
            parameters.add(text);
            return text;
        }

        private FieldRef dateField(Map<String, FieldRef> fields, String key, String what) {
            return field(fields, key, what, ValueType.DATE);
        }

        private FieldRef field(Map<String, FieldRef> fields, String key, String what, ValueType type) {
            if (!keys.containsKey(key)) {
                problems.at(node.position(), "检查「" + name + "」缺少 " + key + "（" + what + "）");
                ok = false;
                return null;
            }
            String text = keys.get(key).text(key);
            FieldRef field = text == null ? null : fields.get(text);
            if (field == null || field.type() != type) {
                problems.at(keys.get(key).position(), key + ": " + text + " 应为 " + facts + " 的" + type.label() + "字段"
                        + CheckProblems.didYouMean(String.valueOf(text), List.copyOf(fields.keySet())));
                ok = false;
                return null;
            }
            return field;
        }

        private String need(Map<String, YamlNode> spec, String key, YamlNode owner, String what) {
            if (!spec.containsKey(key)) {
                problems.at(owner.position(), "缺少 " + key + "（" + what + "）");
                ok = false;
                return null;
            }
            return spec.get(key).text(what);
        }

        private String cite(YamlNode node) {
            List<String> cited = new ArrayList<>();
            int before = problems.all().size();
            String citation = loader.laws.cite(node.items(), problems, cited);
            ok &= problems.all().size() == before;
            return citation;
        }

        private String listLabel() {
            String title = SubmissionSchema.get().listTitle(facts);
            return title == null ? facts : title;
        }

        private static void add(List<OutcomeSpec> list, OutcomeSpec spec) {
            if (spec != null) {
                list.add(spec);
            }
        }
    }
}
