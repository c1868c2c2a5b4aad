package cn.selfeval.checks.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.FileTrees;
import cn.selfeval.validate.PackValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * smeReservation's price-deduction range is optional but whole: both bounds by category, and every priceDeduction…
 * outcome written, so that no project not wholly reserved passes silently; outcomes without the range are refused.
 */
class SmePriceDeductionKeysTest {

    private static final String CHECKS = "procurement/sme-policy.checks.yaml";
    private static final String MAX = """
                maxPriceDeductionPercent:
                  goods: procurement.sme.price_deduction_max_percent
                  services: procurement.sme.price_deduction_max_percent
                  works: procurement.sme.price_deduction_max_percent_works
            """;

    @TempDir
    Path temp;

    private List<String> problemsAfter(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path checks = pack.resolve(CHECKS);
        String text = Files.readString(checks, StandardCharsets.UTF_8);
        String edited = edit.apply(text);
        assertTrue(!edited.equals(text), "the edit changed the checks file");
        Files.writeString(checks, edited, StandardCharsets.UTF_8);
        return PackValidator.validate(pack).findings().stream().map(PackValidator.Finding::text)
                .filter(t -> t.contains(CHECKS + ":")).toList();
    }

    @Test
    void theShippedRangeValidates() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        assertEquals(List.of(), PackValidator.validate(pack).findings().stream().map(PackValidator.Finding::text).toList());
    }

    @Test
    void aLowerBoundWithoutTheUpperOneIsAnError() throws IOException {
        List<String> problems = problemsAfter(t -> t.replace(MAX, ""));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("smeReservation 检查「采购项目与中小企业预留情况对照」缺少 maxPriceDeductionPercent（价格扣除比例上限"),
                problems.get(0));
    }

    @Test
    void aRangeWithAnOutcomeLeftOutNamesTheMissingOutcome() throws IOException {
        List<String> problems = problemsAfter(t -> t.replaceAll("(?s)      priceDeductionMet:\n.*?(?=      priceDeductionNoDate:)", ""));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("判断价格扣除，须写出结果 priceDeductionMet"), problems.get(0));
    }

    @Test
    void priceDeductionOutcomesWithoutTheRangeAreAnError() throws IOException {
        List<String> problems = problemsAfter(t -> t.replace(MAX, "").replaceAll(
                "(?s)    minPriceDeductionPercent:\n.*?(?=    deduct:)", ""));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("写了价格扣除的结果（priceDeduction…），却没有 minPriceDeductionPercent、maxPriceDeductionPercent"),
                problems.get(0));
    }
}
