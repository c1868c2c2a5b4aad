package cn.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.checks.CheckKinds;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The authors' reference: its examples compile against the shipped pack, and docs/check-reference.md is current. */
class AuthoringReferenceTest {

    private static final Path DOCS_PAGE = Path.of("docs", "check-reference.md");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyKindsExampleCompiles() {
        return CheckKinds.ALL.stream().map(kind -> DynamicTest.dynamicTest(kind.code(), () -> {
            Path pack = temp.resolve(kind.code()).resolve("guangzhou-2023");
            FileTrees.copy(Path.of("rules", "guangzhou-2023"), pack);
            FileTrees.copy(Path.of("rules", "calendar"), pack.getParent().resolve("calendar"));
            try (Stream<Path> files = Files.walk(pack)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".checks.yaml") || f.toString().endsWith(".drl")
                        || f.toString().endsWith(".tests.yaml")).toList()) {
                    Files.delete(file);
                }
            }
            Files.writeString(pack.resolve("example.checks.yaml"), kind.example(), StandardCharsets.UTF_8);
            CompiledPack compiled = RuleCompiler.compile(RulePackLoader.load(pack));
            assertFalse(compiled.checks().isEmpty());
            assertTrue(compiled.checks().stream().allMatch(c -> c.definition().kind().equals(kind.code())));
        }));
    }

    @Test
    void theDocsPageIsTheGeneratedReference() throws IOException {
        String generated = AuthoringReference.markdown();
        if (Boolean.getBoolean("selfeval.updateGolden")) {
            Files.writeString(DOCS_PAGE, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(DOCS_PAGE, StandardCharsets.UTF_8), generated,
                DOCS_PAGE + " 与生成的编写参考不一致：用 -Dselfeval.updateGolden=true 运行本测试更新");
    }

    @Test
    void theReferenceNamesEveryFactFieldTypeAndCode() {
        String reference = AuthoringReference.markdown();
        assertTrue(reference.contains("procurementProjects（政府采购项目）"), reference);
        assertTrue(reference.contains("| contractSignedOn | 合同签订日期 | 日期 |"), reference);
        assertTrue(reference.contains("singleSource：单一来源采购"), reference);
        assertTrue(reference.contains("| outsideProcurementLaw | 不适用政府采购法（涉密或不可抗力紧急采购） | 是/否（计算值） |"), reference);
        assertTrue(reference.contains("deadline（期限）</a>") || reference.contains("></a>deadline（期限）"), reference);
        assertTrue(reference.contains("{rollOver}"), reference);
    }

}
