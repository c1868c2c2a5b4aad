package cn.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.PackRegistry;
import cn.selfeval.scoring.ScoreCard;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonReportReaderTest {

    private static final PackRegistry PACKS = new PackRegistry(Path.of("rules"));

    @ParameterizedTest
    @ValueSource(strings = {"lihu-2023.json", "yuangang-2023.json", "licheng-2021.json", "clean-2023.json"})
    void aStoredCardIsReadBackToTheSameBytes(String fixture) {
        Path file = Path.of("fixtures", fixture);
        ScoreCard card = PACKS.select(fixture.contains("2021") ? 2021 : 2023, fixture.startsWith("yuangang") ? "天河区" : "增城区")
                .checker().check(file);
        String json = JsonReport.render(card);
        ScoreCard read = JsonReportReader.read(json);
        assertEquals(json, JsonReport.render(read));
        assertEquals(0, card.summary().score().compareTo(read.summary().score()));
        assertTrue(ScoreCardDiff.between(card, read).unchanged());
    }

    @Test
    void aDocumentOfAnotherToolIsRefusedInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReportReader.read("{\"formatVersion\": \"9\", \"tool\": \"selfeval\", \"scoreCard\": null}"));
        assertTrue(e.getMessage().contains("格式版本 9"), e.getMessage());
    }
}
