package cn.selfeval.rulepack;

import static cn.selfeval.decimal.DecimalAssertions.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.report.PackCatalogue;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.validate.PackValidator;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters hold values over time (OpenFisca style); checks take the value of their year, or of a fact's day. */
class DatedParameterTest {

    private static final String WORKS_SHARE = "procurement.sme.min_reserved_percent_works";

    @TempDir
    Path temp;

    @Test
    void aValueAppliesFromItsDateUntilTheNextOne() {
        Parameters parameters = RulePackLoader.load(Path.of("rules", "guangzhou-2023")).parameters();
        assertDecimal("30", parameters.on(WORKS_SHARE, LocalDate.parse("2022-06-30")));
        assertDecimal("40", parameters.on(WORKS_SHARE, LocalDate.parse("2022-07-01")));
        assertDecimal("40", parameters.on(WORKS_SHARE, LocalDate.parse("2022-12-31")));
        assertDecimal("30", parameters.on(WORKS_SHARE, LocalDate.parse("2023-01-01")));
        assertDecimal("40", parameters.forYear(2022).number(WORKS_SHARE), "年度取值为该年末适用的值");
        assertDecimal("30", parameters.forYear(2023).number(WORKS_SHARE));
    }

    @Test
    void aDayBeforeTheFirstValueIsAnErrorNotAZero() {
        Parameters parameters = RulePackLoader.load(Path.of("rules", "guangzhou-2023")).parameters();
        Parameters.NoValueException e = assertThrows(Parameters.NoValueException.class,
                () -> parameters.on(WORKS_SHARE, LocalDate.parse("2020-12-31")));
        assertTrue(e.getMessage().contains("在2020-12-31没有适用的值（最早的取值自 2021-01-01 起"), e.getMessage());
    }

    @Test
    void validateReportsAParameterWithoutAValueForADeclaredYear() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path params = pack.resolve("procurement/contract-signing.params.yaml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8).replace("    2021-01-01:", "    2024-01-01:"),
                StandardCharsets.UTF_8);

        String findings = String.join("\n", PackValidator.validate(pack).findings().stream()
                .map(PackValidator.Finding::text).toList());
        assertTrue(findings.contains("contract-signing.params.yaml:12：参数 procurement.contract_signing.deduction_per_contract"
                + " 没有适用于2023年度的取值（最早的取值自 2024-01-01 起"), findings);
    }

    @Test
    void theOldSingleValueFormSaysHowToRewriteIt() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Files.writeString(pack.resolve("procurement/old.params.yaml"), """
                procurement.old_style:
                  value: 1
                  unit: 分
                  source: { kind: default, note: 旧写法 }
                  appliesFrom: 2021-01-01
                """, StandardCharsets.UTF_8);

        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(pack));
        assertTrue(e.getMessage().contains("old.params.yaml:1：参数 procurement.old_style 使用了旧写法"), e.getMessage());
        assertTrue(e.getMessage().contains("请改为在 values: 下按施行日期列出取值"), e.getMessage());
    }

    @Test
    void theCatalogueListsEachValueWithItsPeriodAndSource() {
        String catalogue = PackCatalogue.markdown(RuleCompiler.compile(RulePackLoader.load(Path.of("rules", "guangzhou-2023"))));
        assertTrue(catalogue.contains("（procurement.sme.min_reserved_percent_works） | 30 | % |"), catalogue);
        assertTrue(catalogue.contains("第九条 | 2021-01-01 至 2022-06-30 |"), catalogue);
        assertTrue(catalogue.contains("|  | 40 | % | 规范性文件："), catalogue);
        assertTrue(catalogue.contains("《关于进一步加大政府采购支持中小企业力度的通知》（财库〔2022〕19号）"), catalogue);
        assertTrue(catalogue.contains("2022-07-01 至 2022-12-31"), catalogue);
        assertTrue(catalogue.contains("2023-01-01 起"), catalogue);
    }

}
