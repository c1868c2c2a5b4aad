package cn.selfeval.packcache;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.PackLocator;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.rulepack.RulePack;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole rule test suite of every shipped pack on the rules just built and on the same rules read back from the
 * cache's stored form: every case must give the same score card. The cache makes the same check at run time before
 * it stores an entry; this keeps a Drools upgrade that breaks it from reaching a user.
 */
class CachedRulesAgreeTest {

    @TestFactory
    Stream<DynamicTest> everyShippedPackGivesTheSameResultsFromTheCache() {
        return new PackLocator(Path.of("rules")).packs().stream().map(pack -> DynamicTest.dynamicTest(pack.manifest().id(), () -> {
            CompiledPack built = RuleCompiler.compile(pack);
            CompiledPack readBack = RuleCompiler.compile(pack, KiePackageFiles.read(KiePackageFiles.write(built.kieBase())));
            EngineAgreement.Verdict verdict = EngineAgreement.compare(built, readBack);
            assertTrue(verdict.agree(), verdict.reason());
        }));
    }
}
