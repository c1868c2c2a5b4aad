package cn.selfeval.checks.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "三公" is judged on the total by default (the pack's rule tests show it); judging each item is the pack option
 * {@code scope: each} — one word — and then the example loses 1.4 points for 公务接待费.
 */
class ThreePublicCostsScopeTest {

    @TempDir
    Path temp;

    private static final String EXAMPLE = """
            {"threePublicCosts": {
              "overseasTravel": {"budget": 1, "actual": 0.5},
              "vehiclePurchase": {"budget": 0, "actual": 0},
              "vehicleOperation": {"budget": 11, "actual": 7.5},
              "officialReception": {"budget": 1.5, "actual": 1.6}}}""";

    private List<CheckOutcome> outcomes(Path pack) throws IOException {
        String base = Files.readString(Path.of("fixtures", "clean-2023.json"), StandardCharsets.UTF_8);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var submission = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(base);
        submission.set("threePublicCosts", json.readTree(EXAMPLE).get("threePublicCosts"));
        return new Checker(RulePackLoader.load(pack)).check("填报", json.writeValueAsString(submission)).flatten()
                .filter(i -> i.code().equals("B7.2")).flatMap(i -> i.outcomes().stream()).toList();
    }

    @Test
    void byDefaultTheTotalIsJudgedAndTheExampleLosesNothing() throws IOException {
        List<CheckOutcome> outcomes = outcomes(Path.of("rules", "guangzhou-2023"));
        assertTrue(outcomes.stream().noneMatch(CheckOutcome::deducted), outcomes.toString());
        CheckOutcome total = outcomes.stream().filter(o -> o.ruleName().equals("“三公”经费未超预算")).findFirst().orElseThrow();
        assertEquals("“三公”经费决算9.6万元，未超过预算13.5万元（控制率71.11%）。", total.explanation());
    }

    @Test
    void withScopeEachTheItemAboveItsBudgetLosesOnePointFour() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path checks = pack.resolve("running-costs/three-public-costs.checks.yaml");
        String text = Files.readString(checks, StandardCharsets.UTF_8);
        Files.writeString(checks, text.replace("scope: total", "scope: each"), StandardCharsets.UTF_8);

        List<CheckOutcome> deducted = outcomes(pack).stream().filter(CheckOutcome::deducted).toList();

        assertEquals(1, deducted.size(), deducted.toString());
        CheckOutcome reception = deducted.get(0);
        assertEquals("officialReception", reception.factId());
        assertEquals(0, new BigDecimal("1.4").compareTo(reception.points()), "106.67%: 7 started points × 0.2");
        assertEquals("公务接待费决算1.6万元，预算1.5万元，控制率106.67%，超出6.67个百分点，按7个百分点计（不足一个百分点按一个计），"
                + "每个百分点扣0.2分。", reception.explanation());
    }
}
