package cn.selfeval.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.RuleCoverage;
import cn.selfeval.ruletest.RuleTestRunner;
import cn.selfeval.validate.PackValidator;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a policy officer does with a pack — only YAML, never Java or DRL: add a check, change a kind of deadline
 * with a one-word edit, and get each mistake back from {@code rules validate} with its file and line.
 */
class PolicyOfficerTest {

    @TempDir
    Path temp;

    @Test
    void aNewCheckIsDataWithItsParametersAndTests() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        write(pack.resolve("procurement/single-source.checks.yaml"), """
                # 单一来源采购预算超过400万元的项目每项扣0.5分（示例：政策人员新增的检查）。
                checks:
                  - name: 单一来源采购限额
                    kind: condition
                    indicator: B5.3
                    facts: procurementProjects
                    basis: [政府采购法 第三十一条]
                    findings:
                      - rule: 单一来源采购预算超过限额
                        when: { method: singleSource, budgetAmount: { above: procurement.single_source.max_budget } }
                        deduct: procurement.single_source.deduction_per_project
                        compare: [method, budgetAmount]
                        limit: 单一来源采购预算不超过{procurement.single_source.max_budget}万元
                        message: 项目{id}「{name}」采用{method}，预算{budgetAmount}万元，超过{procurement.single_source.max_budget}万元。
                """);
        write(pack.resolve("procurement/single-source.params.yaml"), """
                procurement.single_source.max_budget:
                  label: 单一来源采购的预算上限
                  unit: 万元
                  values:
                    2021-01-01:
                      value: 400
                      source: { kind: default, note: 示例：本单位内控规定 }
                procurement.single_source.deduction_per_project:
                  label: 每个超过上限的单一来源项目扣分
                  unit: 分/项目
                  values:
                    2021-01-01:
                      value: 0.5
                      source: { kind: default, note: 每出现一例扣0.5分，扣完为止 }
                """);
        write(pack.resolve("procurement/single-source.tests.yaml"), """
                cases:
                  - name: 单一来源采购预算450万元，超过400万元，扣0.5分
                    given:
                      procurementProjects:
                        - { id: P1, name: 专用设备, category: goods, budgetAmount: 450, method: singleSource,
                            intentPublishedOn: 2023-01-02, procurementStartedOn: 2023-03-01 }
                    expect:
                      - { rule: 单一来源采购预算超过限额, fact: P1, status: deducted, points: 0.5,
                          contains: [单一来源采购, 预算450万元, 超过400万元] }
                  - name: 单一来源采购预算恰为400万元，不扣分
                    given:
                      procurementProjects:
                        - { id: P1, name: 专用设备, category: goods, budgetAmount: 400, method: singleSource,
                            intentPublishedOn: 2023-01-02, procurementStartedOn: 2023-03-01 }
                    absent:
                      - { rule: 单一来源采购预算超过限额 }
                  - name: 公开招标500万元，不是单一来源，不扣分
                    given:
                      procurementProjects:
                        - { id: P1, name: 专用设备, category: goods, budgetAmount: 500, method: publicTender,
                            intentPublishedOn: 2023-01-02, procurementStartedOn: 2023-03-01 }
                    absent:
                      - { rule: 单一来源采购预算超过限额 }
                """);
        write(pack.resolve("laws.yaml"), read(pack.resolve("laws.yaml")));

        PackValidator.Result validation = PackValidator.validate(pack);
        assertEquals(0, validation.errors(), texts(validation));

        var loaded = RulePackLoader.load(pack);
        Checker checker = new Checker(loaded);
        RuleTestRunner runner = new RuleTestRunner(loaded, checker);
        List<CaseResult> results = runner.runAll();
        assertTrue(results.stream().allMatch(CaseResult::passed),
                results.stream().filter(r -> !r.passed()).map(r -> r.caseName() + "：" + r.failures()).toList().toString());
        RuleCoverage coverage = RuleCoverage.of(checker.compiled().rulesByName().keySet(), results);
        assertTrue(coverage.complete(), coverage.toString());
        assertTrue(results.stream().anyMatch(r -> r.file().equals("procurement/single-source.tests.yaml")));
    }

    @Test
    void contractFilingCountsCalendarDaysAfterAOneWordEdit() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path checks = pack.resolve("procurement/contract-filing.checks.yaml");
        String before = read(checks);
        String after = before.replace("within: { workingDays: procurement.contract_filing.max_working_days }",
                "within: { days: procurement.contract_filing.max_working_days }");
        assertEquals(1, changedWords(before, after), "只改一个词");
        // Signed Wed 2023-09-27, filed 2023-10-10: the 7th working day is 10-12 (in time); the 7th calendar day
        // 10-04 falls in the National Day holiday and rolls to 10-07 (late).
        String submission = read(Path.of("rules/guangzhou-2023/base-submission.json")).replace("\"procurementProjects\": []",
                "\"procurementProjects\": [ { \"id\": \"P1\", \"name\": \"保安服务\", \"category\": \"services\", "
                        + "\"budgetAmount\": 150, \"method\": \"publicTender\", \"intentPublishedOn\": \"2023-06-01\", "
                        + "\"procurementStartedOn\": \"2023-07-10\", \"awardNoticeOn\": \"2023-09-01\", "
                        + "\"contractSignedOn\": \"2023-09-27\", \"contractPublishedOn\": \"2023-09-28\", "
                        + "\"contractFiledOn\": \"2023-10-10\" } ]");
        assertEquals("采购合同按期备案", filingOutcome(pack, submission).ruleName());

        write(checks, after);

        CheckOutcome late = filingOutcome(pack, submission);
        assertEquals("采购合同逾期备案", late.ruleName());
        assertTrue(late.explanation().contains("最迟2023-10-07"), late.explanation());
    }

    @Test
    void eachMistakeIsReportedWithItsFileLineAndTheClosestName() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path signing = pack.resolve("procurement/contract-signing.checks.yaml");
        Path coverage = pack.resolve("procurement/intent-coverage.checks.yaml");
        Path laws = pack.resolve("procurement/contract-filing.checks.yaml");
        replace(signing, "合同{contractSignedOn}才签订", "合同{contractSignOn}才签订");
        replace(coverage, "when: { intentPublishedOn: { missing: true } }", "when: { intentPublishOn: { missing: true } }");
        replace(coverage, "when: { exempt: true }", "when: { exempt: true, method: singleSourse }");
        replace(laws, "basis: [政府采购法 第四十七条]", "basis: [政府采购发 第四十七条]");

        String findings = texts(PackValidator.validate(pack));

        assertTrue(findings.contains(display(signing) + ":" + lineOf(signing, "{contractSignOn}")
                + "：说明文字中的占位符 {contractSignOn} 不是字段、计算值或参数（是不是 contractSignedOn？）"), findings);
        assertTrue(findings.contains(display(coverage) + ":" + lineOf(coverage, "intentPublishOn")
                + "：条件中的 intentPublishOn 不是 procurementProjects 的字段（是不是 intentPublishedOn？）"), findings);
        assertTrue(findings.contains(display(coverage) + ":" + lineOf(coverage, "singleSourse")
                + "：“singleSourse”不是 method（采购方式）的可选值（是不是 singleSource？）"), findings);
        assertTrue(findings.contains(display(laws) + ":" + lineOf(laws, "政府采购发")
                + "：法律依据“政府采购发 第四十七条”中的“政府采购发”不在 laws.yaml 中（是不是 政府采购法？）"), findings);
    }

    @Test
    void aMisspeltParameterIsSaidToBeUndefinedNotMissing() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path funds = pack.resolve("running-costs/public-funds.checks.yaml");
        replace(funds, "perPoint: running_costs.public_funds.deduction_per_percent",
                "perPoint: running_costs.public_funds.deduction_per_percnt");

        String findings = texts(PackValidator.validate(pack));

        assertTrue(findings.contains(display(funds) + ":" + lineOf(funds, "deduction_per_percnt")
                + "：参数 running_costs.public_funds.deduction_per_percnt 未定义（在 *.params.yaml 中定义它，或改正参数名）"
                + "（是不是 running_costs.public_funds.deduction_per_percent？）"), findings);
        assertFalse(findings.contains("缺少 perPoint"), findings);
    }

    @Test
    void aHandWrittenRulesMessageIsCheckedToo() throws IOException {
        Path pack = FileTrees.packWithHandWrittenRules(temp);
        Path drl = pack.resolve("procurement/sme-policy.drl");
        replace(drl, "不超过{max}万元）整体专门面向中小企业采购。", "不超过{maxx}万元）整体专门面向中小企业采购。");

        String findings = texts(PackValidator.validate(pack));

        assertTrue(findings.contains(display(drl) + ":" + lineOf(drl, "{maxx}")
                + "：说明文字中的占位符 {maxx} 不是字段、计算值或参数（是不是 max？）"), findings);
    }

    private static CheckOutcome filingOutcome(Path pack, String submission) {
        return new Checker(RulePackLoader.load(pack)).check("填报", submission).flatten()
                .flatMap(i -> i.outcomes().stream())
                .filter(o -> o.indicatorCode().equals("B5.5") && o.factId().equals("P1"))
                .findFirst().orElseThrow();
    }

    private static int changedWords(String before, String after) {
        String[] a = before.split("[\\s{}:,\\[\\]]+");
        String[] b = after.split("[\\s{}:,\\[\\]]+");
        int changed = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            changed += a[i].equals(b[i]) ? 0 : 1;
        }
        return changed + Math.abs(a.length - b.length);
    }

    private static String texts(PackValidator.Result result) {
        return String.join("\n", result.findings().stream().map(PackValidator.Finding::text).toList());
    }

    private static String display(Path file) {
        return file.toString();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " 不在 " + file);
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String content = read(file);
        assertTrue(content.contains(text), text + " 不在 " + file);
        write(file, content.replace(text, replacement));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

}
