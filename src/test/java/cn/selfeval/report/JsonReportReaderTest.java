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
    void aCardStoredInFormatVersion1IsStillRead() throws java.io.IOException {
        // lihu's card as the review store kept it when it was added (756b6e3), with the pack's folder in rulePack.path
        String stored = java.nio.file.Files.readString(Path.of("src/test/resources/cards/lihu-2023-format1.json"));
        ScoreCard read = JsonReportReader.read(stored);
        assertEquals("guangzhou-2023", read.rulePack().id());
        assertEquals(0, new java.math.BigDecimal("94.71").compareTo(read.summary().score()));
        String again = JsonReport.render(read);
        assertTrue(again.contains("\"formatVersion\" : \"" + JsonReport.FORMAT_VERSION + "\""), again.substring(0, 80));
        assertTrue(!again.contains("\"path\" : \"rules/guangzhou-2023\""));
        assertEquals(again, JsonReport.render(JsonReportReader.read(again)), "read back in the current format, to the same bytes");
    }

    @Test
    void aDocumentOfAnotherToolIsRefusedInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReportReader.read("{\"formatVersion\": \"9\", \"tool\": \"selfeval\", \"scoreCard\": null}"));
        assertEquals("评分表文档的格式版本 9 不是本程序写出的 1、2 之一", e.getMessage());
    }
}
