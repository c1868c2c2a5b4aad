package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.selfeval.scoring.ScoreCard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which deductions are data still to fill in, on the fixtures. */
class MissingFactsTest {

    static ScoreCard card(String fixture) throws Exception {
        Path file = Path.of(fixture);
        try (Checks checks = new Checks(TestServers.shared().packs(), TestServers.LIMITS)) {
            return checks.check(new cn.selfeval.web.upload.Upload(fixture, Files.readAllBytes(file)), null).card();
        }
    }

    @Test
    void yuangangLacksEverythingButItsIndicatorsAndItsInventoryIsARealDeduction() throws Exception {
        List<String> codes = CardFigures.missingFacts(card("fixtures/yuangang-2023.json")).stream()
                .map(m -> m.indicator().code()).toList();
        // Scored with tianhe-2023 (report 002's framework): the execution rate is B2.3 there, not in 履职效能.
        assertEquals(List.of("B1.1", "B2.1", "B2.2", "B2.3", "B3.1", "B3.2", "B4.1", "B4.2", "B4.3", "B5.2", "B5.6", "B6.1",
                "B6.2", "B6.4", "B6.5", "B6.6", "B7.1", "B7.2"), codes);
    }

    @Test
    void lichengsMissingCarryOverIsMissingDataThoughItMatchesTheBudget() throws Exception {
        List<String> codes = CardFigures.missingFacts(card("fixtures/licheng-2021.json")).stream()
                .map(m -> m.indicator().code()).toList();
        assertEquals(true, codes.contains("B2.1"));
        assertEquals(false, codes.contains("A1.3"), "a low execution rate is a real deduction");
    }

    @Test
    void lihuHasNoMissingData() throws Exception {
        assertEquals(List.of(), CardFigures.missingFacts(card("fixtures/lihu-2023.json")));
    }
}
