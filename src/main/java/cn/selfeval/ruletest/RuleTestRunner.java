package cn.selfeval.ruletest;

import java.math.BigDecimal;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.input.FactLocations;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.model.Submission;
import cn.selfeval.watch.WatchList;
import cn.selfeval.watch.WatchStatus;
import cn.selfeval.watch.Watcher;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the tests a rule pack keeps next to its rules ({@code *.tests.yaml}, inherited ones included). Each
 * case's {@code given} is merged over the pack's (possibly inherited) {@code base-submission.json} (objects field by field, arrays replaced), read
 * through the same validation as a real submission, checked, and compared with its expectations.
 */
public final class RuleTestRunner {

    public static final String TESTS_SUFFIX = ".tests.yaml";
    public static final String BASE_SUBMISSION = "base-submission.json";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RulePack pack;
    private final Checker checker;
    private final ObjectNode base;

    public RuleTestRunner(RulePack pack, Checker checker) {
        this.pack = pack;
        this.checker = checker;
        this.base = readBase(pack.file(BASE_SUBMISSION));
    }

    /** The pack's effective test files (its own and those inherited through {@code extends}), in path order. */
    public List<RuleTestFile> testFiles() {
        return pack.filesEndingWith(TESTS_SUFFIX).stream().map(this::readTestFile).toList();
    }

    /** The evaluation year a case checks: its own {@code year}, else the base submission's. */
    public int year(RuleTestCase testCase) {
        JsonNode given = testCase.given() == null ? null : testCase.given().get("year");
        return given != null && given.canConvertToInt() ? given.asInt() : base.path("year").asInt();
    }

    public List<CaseResult> runAll() {
        return testFiles().stream().flatMap(f -> f.cases().stream().map(c -> run(f, c))).toList();
    }

    public CaseResult run(RuleTestFile file, RuleTestCase testCase) {
        ObjectNode submission = base.deepCopy();
        merge(submission, testCase.given());
        String label = file.path() + "「" + testCase.name() + "」";
        ScoreCard card;
        try {
            card = checker.check(label, JSON.writeValueAsString(submission));
        } catch (InvalidSubmissionException e) {
            return new CaseResult(file.path(), testCase.name(), List.of("测试数据不是有效的填报数据："
                    + e.problems().stream().map(p -> p.jsonPath() + " " + p.message()).collect(Collectors.joining("；"))),
                    List.of(), null);
        } catch (RulePackException e) {
            // A rule that throws while running fails the case (with rule, fact and error) instead of stopping the run.
            return new CaseResult(file.path(), testCase.name(), e.problems(), List.of(), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法把测试数据写成 JSON", e);
        }
        List<CheckOutcome> outcomes = card.flatten().flatMap(i -> i.outcomes().stream()).toList();
        List<String> failures = new ArrayList<>();
        for (ExpectedOutcome expected : testCase.expect()) {
            if (!expected.statusKnown()) {
                failures.add("status: " + expected.status() + " 不是结果状态；可用：" + String.join("、", ExpectedOutcome.STATUSES));
            } else if (outcomes.stream().noneMatch(expected::matches)) {
                failures.add("期望：" + expected.describe() + "\n    实际：" + actualFor(expected, outcomes));
            }
        }
        for (ExpectedOutcome unwanted : testCase.absent()) {
            outcomes.stream().filter(unwanted::matches).findFirst().ifPresent(o ->
                    failures.add("不应出现：" + unwanted.describe() + "\n    实际出现：" + describe(o)));
        }
        if (testCase.watches()) {
            failures.addAll(watchFailures(label, submission, testCase));
        }
        Map<String, IndicatorScore> scores = card.flatten().collect(Collectors.toMap(IndicatorScore::code, s -> s));
        testCase.scores().forEach((code, expected) -> {
            IndicatorScore actual = scores.get(code);
            BigDecimal score = actual == null ? null : actual.score();
            if (score == null || !Numbers.same(score, expected)) {
                failures.add(String.format("期望指标 %s 得分 %s，实际 %s", code, Numbers.plain(expected),
                        score == null ? "无（未检查或无此指标）" : Numbers.plain(score)));
            }
        });
        return new CaseResult(file.path(), testCase.name(), failures, outcomes, card);
    }

    /** What {@code selfeval watch} lists for the case's data on its {@code asOf} date, against its expectations. */
    private List<String> watchFailures(String label, ObjectNode submission, RuleTestCase testCase) {
        if (testCase.asOf() == null) {
            return List.of("用例写了 watch，但没有写 asOf（截至日期，如 asOf: 2023-09-20）");
        }
        WatchList list;
        try {
            byte[] bytes = JSON.writeValueAsBytes(submission);
            Submission read = checker.read(SubmissionReader.parse(label, bytes)).submission();
            list = Watcher.watch(checker.compiled(), label, read, FactLocations.NONE, testCase.asOf(),
                    testCase.within() == null ? Watcher.DEFAULT_WITHIN : testCase.within());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法把测试数据写成 JSON", e);
        }
        List<String> failures = new ArrayList<>();
        for (ExpectedWatchItem expected : testCase.watch()) {
            if (expected.status() != null && WatchStatus.ofCode(expected.status()) == null) {
                failures.add("watch 的 status: " + expected.status() + " 不是预警状态；可用：" + java.util.Arrays.stream(
                        WatchStatus.values()).map(WatchStatus::code).collect(Collectors.joining("、")));
            } else if (list.items().stream().noneMatch(expected::matches)) {
                List<String> selected = list.items().stream().filter(expected::selects).map(ExpectedWatchItem::describe).toList();
                failures.add("期望：" + expected.describe() + "\n    实际：" + (selected.isEmpty() ? "截至" + testCase.asOf()
                        + "没有该检查对该事实的预警事项" : String.join("\n          ", selected)));
            }
        }
        for (ExpectedWatchItem unwanted : testCase.watchAbsent()) {
            list.items().stream().filter(unwanted::matches).findFirst().ifPresent(i ->
                    failures.add("不应出现：" + unwanted.describe() + "\n    实际出现：" + ExpectedWatchItem.describe(i)));
        }
        return failures;
    }

    private static String actualFor(ExpectedOutcome expected, List<CheckOutcome> outcomes) {
        List<String> selected = outcomes.stream().filter(expected::selects).map(RuleTestRunner::describe).toList();
        return selected.isEmpty() ? "该规则对该事实没有任何结果" : String.join("\n          ", selected);
    }

    static String describe(CheckOutcome o) {
        return String.format("规则「%s」 事实 %s 结果 %s 扣 %s 分 说明：%s", o.ruleName(), o.factId(),
                o.status().name().toLowerCase(), Numbers.plain(o.points()), o.explanation());
    }

    /** Objects are merged field by field; anything else (arrays included) replaces the base value. */
    static void merge(ObjectNode target, ObjectNode overlay) {
        if (overlay == null) {
            return;
        }
        overlay.fields().forEachRemaining(entry -> {
            JsonNode existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode overlayObject) {
                merge(existingObject, overlayObject);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private RuleTestFile readTestFile(String relative) {
        Path file = pack.file(relative);
        try {
            TestFileContent content = YAML.readValue(file.toFile(), TestFileContent.class);
            return new RuleTestFile(relative, content.cases());
        } catch (JsonProcessingException e) {
            throw new RulePackException(pack.displayPath(relative) + ":" + e.getLocation().getLineNr()
                    + "：测试文件无法读取：" + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode readBase(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RulePackException(file + "：规则包缺少测试用的基础填报数据 " + BASE_SUBMISSION);
        }
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new RulePackException(file + "：无法读取：" + e.getMessage());
        }
    }

    record TestFileContent(List<RuleTestCase> cases) {
    }
}
