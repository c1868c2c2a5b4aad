package cn.selfeval.ruletest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.selfeval.check.Checker;
import cn.selfeval.check.PackLocator;
import cn.selfeval.rulepack.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of every *.tests.yaml of every pack under rules/: a rule edit that breaks one fails CI. */
class ShippedRulePackTest {

    @TestFactory
    Stream<DynamicNode> ruleTestsOfEveryShippedPack() {
        List<RulePack> packs = new PackLocator(Path.of("rules")).packs();
        assertTrue(!packs.isEmpty(), "rules/ 下应至少有一个规则包");
        return packs.stream().map(pack -> {
            RuleTestRunner runner = new RuleTestRunner(pack, new Checker(pack));
            return DynamicContainer.dynamicContainer(pack.manifest().id(), runner.testFiles().stream().map(file ->
                    DynamicContainer.dynamicContainer(file.path(), file.cases().stream().map(testCase ->
                            DynamicTest.dynamicTest(testCase.name(), () -> {
                                CaseResult result = runner.run(file, testCase);
                                if (!result.passed()) {
                                    fail(String.join("\n", result.failures()));
                                }
                            })))));
        });
    }
}
