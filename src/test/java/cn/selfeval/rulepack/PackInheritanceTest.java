package cn.selfeval.rulepack;

import static cn.selfeval.decimal.DecimalAssertions.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.check.PackLocator;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.RuleInfo;
import cn.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} in pack.yaml: a pack that starts from another and overrides parameters or rule files. */
class PackInheritanceTest {

    static final Path PARENT = Path.of("rules", "guangzhou-2023");
    static final Path DERIVED = Path.of("src", "test", "resources", "packs", "derived-2023");
    static final Path LIHU = Path.of("fixtures", "lihu-2023.json");
    static final String MIN_LEAD_DAYS = "procurement.intent_timeliness.min_lead_days";
    static final String INTENT_LATE = "采购意向公开晚于规定时间";

    static RulePack parent;
    static RulePack derived;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        parent = RulePackLoader.load(PARENT);
        derived = RulePackLoader.load(DERIVED);
    }

    @Test
    void derivedPackHasItsOwnManifestAndTheParentsFrameworkRulesAndCalendar() {
        assertEquals("derived-2023", derived.manifest().id());
        assertEquals(parent.framework(), derived.framework());
        assertEquals(parent.ruleFiles().stream().map(RuleFile::path).toList(),
                derived.ruleFiles().stream().map(RuleFile::path).toList());
        assertEquals(parent.filesEndingWith(".checks.yaml"), derived.filesEndingWith(".checks.yaml"));
        assertEquals(parent.calendar().getClass(), derived.calendar().getClass());
        assertTrue(derived.inherited("framework.yaml"));
        assertEquals(PARENT.resolve("framework.yaml").toString(), derived.displayPath("framework.yaml"));
        assertEquals(PARENT.resolve("procurement/contract-signing.checks.yaml").toString(),
                derived.displayPath("procurement/contract-signing.checks.yaml"));
        assertFalse(derived.inherited("pack.yaml"));
    }

    @Test
    void aParameterOverriddenByNameWinsAndTheOthersAreInherited() {
        assertDecimal("30", parent.parameters().forYear(2023).number(MIN_LEAD_DAYS));
        Parameter overridden = derived.parameters().get(MIN_LEAD_DAYS);
        assertDecimal("20", overridden.forYear(2023).orElseThrow().value());
        assertEquals("overrides.params.yaml", overridden.file());
        assertEquals(DERIVED.resolve("overrides.params.yaml").toString(), derived.displayPath(overridden.file()));
        Parameter inherited = derived.parameters().get("procurement.intent_timeliness.deduction_per_project");
        assertDecimal("0.5", inherited.forYear(2023).orElseThrow().value());
        assertEquals(PARENT.resolve("procurement/intent-timeliness.params.yaml").toString(),
                derived.displayPath(inherited.file()));
        assertEquals(parent.parameters().all().keySet(), derived.parameters().all().keySet());
    }

    @Test
    void aTwentyTwoDayIntentGapIsDeductedUnderTheParentButNotUnderTheDerivedPack() {
        assertTrue(intentLate(parent, "ZC2023-003").isPresent(), "上级规则包：间隔22日不足30日，应扣分");
        assertTrue(intentLate(derived, "ZC2023-003").isEmpty(), "派生规则包：间隔22日不少于20日，不应扣分");
        CheckOutcome nineteen = intentLate(derived, "ZC2023-002").orElseThrow();
        assertTrue(nineteen.explanation().contains("不足20日"), nineteen.explanation());
        assertDecimal("0.5", nineteen.points());
    }

    @Test
    void theReplacedRuleFileComesFromTheChild() {
        RuleInfo rule = new Checker(derived).compiled().rulesByName().get("采购合同逾期备案");
        assertEquals("procurement/contract-filing.checks.yaml", rule.file());
        assertEquals(DERIVED.resolve("procurement/contract-filing.checks.yaml").toString(), derived.displayPath(rule.file()));
        assertFalse(derived.inherited(rule.file()));
        assertTrue(rule.legalBasis().contains("七个工作日内"), rule.legalBasis());
        RuleInfo inherited = new Checker(derived).compiled().rulesByName().get(INTENT_LATE);
        assertEquals(PARENT.resolve("procurement/intent-timeliness.checks.yaml").toString(), derived.displayPath(inherited.file()));
    }

    @Test
    void outcomesCiteAnInheritedRuleByItsRealFileAndAnOwnRuleByItsPackPath() {
        CheckOutcome inherited = intentLate(derived, "ZC2023-002").orElseThrow();
        assertEquals(PARENT.resolve("procurement/intent-timeliness.checks.yaml").toString(), inherited.ruleFile());
        CheckOutcome own = new Checker(derived).check(LIHU).flatten()
                .flatMap(i -> i.outcomes().stream())
                .filter(o -> o.ruleName().equals("采购合同逾期备案")).findFirst().orElseThrow();
        assertEquals("procurement/contract-filing.checks.yaml", own.ruleFile());
    }

    @Test
    void hashesDiffer() {
        assertNotEquals(parent.contentHash(), derived.contentHash());
        assertEquals(parent.contentHash(), RulePackLoader.load(PARENT).contentHash(), "同一规则包两次读取哈希相同");
    }

    @Test
    void aChangedParameterAloneChangesTheHash() throws IOException {
        Path a = child("a", "");
        Path b = child("b", "");
        write(b.resolve("more.params.yaml"), param(MIN_LEAD_DAYS, 25));
        assertNotEquals(RulePackLoader.load(a).contentHash(), RulePackLoader.load(b).contentHash());
        assertDecimal("25", RulePackLoader.load(b).parameters().forYear(2023).number(MIN_LEAD_DAYS));
    }

    @Test
    void chainsOfParentsWork() throws IOException {
        Path grandchild = temp.resolve("grandchild");
        Files.createDirectories(grandchild);
        write(grandchild.resolve("pack.yaml"), manifest("grandchild", DERIVED.toAbsolutePath().toString()));
        write(grandchild.resolve("local.params.yaml"), param("procurement.intent_timeliness.deduction_per_project", 1));
        RulePack pack = RulePackLoader.load(grandchild);
        assertDecimal("20", pack.parameters().forYear(2023).number(MIN_LEAD_DAYS), "来自父规则包");
        assertDecimal("1", pack.parameters().forYear(2023).number("procurement.intent_timeliness.deduction_per_project"), "本规则包");
        assertDecimal("7", pack.parameters().forYear(2023).number("procurement.contract_filing.max_working_days"), "来自祖父规则包");
        assertEquals(DERIVED.toAbsolutePath().resolve("procurement/contract-filing.checks.yaml").normalize().toString(),
                pack.displayPath("procurement/contract-filing.checks.yaml"));
        assertEquals(PARENT.toAbsolutePath().resolve("framework.yaml").normalize().toString(), pack.displayPath("framework.yaml"));
    }

    @Test
    void twoDefinitionsInTheSameLayerAreStillDuplicates() throws IOException {
        Path pack = child("dup", "");
        write(pack.resolve("one.params.yaml"), param(MIN_LEAD_DAYS, 20));
        write(pack.resolve("two.params.yaml"), param(MIN_LEAD_DAYS, 25));
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(pack));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("two.params.yaml:1：参数 " + MIN_LEAD_DAYS + " 重复定义"), e.getMessage());
    }

    @Test
    void aCycleIsAClearError() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        write(a.resolve("pack.yaml"), manifest("a", "../b"));
        write(b.resolve("pack.yaml"), manifest("b", "../a"));
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(a));
        assertTrue(e.getMessage().startsWith(b.resolve("pack.yaml") + "：extends 形成循环"), e.getMessage());
        assertTrue(e.getMessage().contains("不能直接或间接继承自身"), e.getMessage());
    }

    @Test
    void aPackExtendingItselfIsACycle() throws IOException {
        Path a = temp.resolve("self");
        Files.createDirectories(a);
        write(a.resolve("pack.yaml"), manifest("self", "."));
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(a));
        assertTrue(e.getMessage().contains("pack.yaml：extends 形成循环"), e.getMessage());
    }

    @Test
    void aMissingParentIsAClearError() throws IOException {
        Path a = temp.resolve("orphan");
        Files.createDirectories(a);
        write(a.resolve("pack.yaml"), manifest("orphan", "../guangzhou-1999"));
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(a));
        assertEquals(List.of(a.resolve("pack.yaml") + "：extends 指向的上级规则包不存在：" + temp.resolve("guangzhou-1999")
                + "（目录不存在）；extends 的路径相对于本规则包目录，如 ../guangzhou-2023"), e.problems());
    }

    @Test
    void theShippedPackFor2021ExtendsThe2023Pack() {
        PackLocator locator = new PackLocator(Path.of("rules"));
        RulePack for2021 = locator.forSubmission(2021, "番禺区");
        assertEquals("guangzhou-2021", for2021.manifest().id());
        assertEquals("zengcheng-2021", locator.forSubmission(2021, "增城区").manifest().id(), "报告001的指标体系");
        assertEquals("zengcheng-2021", locator.forSubmission(2022, "增城区").manifest().id());
        assertEquals("guangzhou-2021", locator.forSubmission(2022, "天河区").manifest().id());
        assertEquals("guangzhou-2023", locator.forSubmission(2023, "增城区").manifest().id());
        assertEquals(parent.framework(), for2021.framework());
        assertEquals(parent.parameters().all().keySet(), for2021.parameters().all().keySet());
        assertTrue(for2021.inherited("procurement/intent-timeliness.checks.yaml"));
        assertNotEquals(parent.contentHash(), for2021.contentHash());
    }

    private static Optional<CheckOutcome> intentLate(RulePack pack, String factId) {
        ScoreCard card = new Checker(pack).check(LIHU);
        return card.flatten().flatMap(i -> i.outcomes().stream())
                .filter(o -> o.ruleName().equals(INTENT_LATE) && o.factId().equals(factId))
                .findFirst();
    }

    /** A pack in the temp folder extending the shipped 2023 pack. */
    private Path child(String id, String extra) throws IOException {
        Path dir = temp.resolve(id);
        Files.createDirectories(dir);
        write(dir.resolve("pack.yaml"), manifest(id, PARENT.toAbsolutePath().toString()) + extra);
        return dir;
    }

    static String manifest(String id, String parentDir) {
        return "id: " + id + "\nname: 测试\nversion: 0.0.1\nyears: [2023]\nextends: '" + parentDir + "'\n";
    }

    static String param(String name, double value) {
        return name + ":\n  unit: 日\n  values:\n    2021-01-01:\n      value: " + value
                + "\n      source:\n        kind: default\n        note: 测试\n";
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
