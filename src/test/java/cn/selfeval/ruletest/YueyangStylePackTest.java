package cn.selfeval.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import cn.selfeval.check.Checker;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.validate.PackValidator;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 岳阳-style test pack (a second framework written only as data: 三公 on the total, 预算执行率 and 预算调整率 by
 * brackets) is valid and passes its own rule tests; it is not under rules/, so {@link ShippedRulePackTest} does not
 * run it.
 */
class YueyangStylePackTest {

    private static final Path PACK = Path.of("src", "test", "resources", "packs", "yueyang-style");

    @Test
    void thePackHasNoErrors() {
        PackValidator.Result result = PackValidator.validate(PACK);
        assertEquals("", String.join("\n", result.findings().stream().filter(PackValidator.Finding::error)
                .map(PackValidator.Finding::text).toList()));
    }

    @TestFactory
    Stream<DynamicNode> everyCaseOfThePackPasses() {
        RulePack pack = RulePackLoader.load(PACK);
        RuleTestRunner runner = new RuleTestRunner(pack, new Checker(pack));
        assertFalse(runner.testFiles().isEmpty());
        return runner.testFiles().stream().map(file -> DynamicContainer.dynamicContainer(file.path(),
                file.cases().stream().map(testCase -> DynamicTest.dynamicTest(testCase.name(), () -> {
                    CaseResult result = runner.run(file, testCase);
                    if (!result.passed()) {
                        fail(String.join("\n", result.failures()));
                    }
                }))));
    }
}
