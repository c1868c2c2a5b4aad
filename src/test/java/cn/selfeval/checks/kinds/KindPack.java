package cn.selfeval.checks.kinds;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.validate.PackValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small pack for testing one check kind on its own: the 岳阳-style test pack's manifest, framework (C1 6分,
 * C2 4分), laws and base submission, with only the check written by the test.
 */
final class KindPack {

    static final Path SKELETON = Path.of("src", "test", "resources", "packs", "yueyang-style");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private KindPack(Path dir) {
        this.dir = dir;
    }

    /** A pack in {@code folder} with one checks file and its parameters, scoring 2022–2024. */
    static KindPack with(Path folder, String checks, String params) {
        return with(folder, checks, params, "2022, 2023, 2024");
    }

    /** A pack in {@code folder} with one checks file and its parameters, scoring {@code years} (e.g. "2023, 2027"). */
    static KindPack with(Path folder, String checks, String params, String years) {
        Path dir;
        try {
            dir = Files.createTempDirectory(folder, "pack");
            for (String file : List.of("pack.yaml", "framework.yaml", "laws.yaml", "base-submission.json")) {
                Files.copy(SKELETON.resolve(file), dir.resolve(file));
            }
            String manifest = Files.readString(dir.resolve("pack.yaml"), StandardCharsets.UTF_8)
                    .replace("calendar: ../../../../../rules/calendar/cn-workdays.json",
                            "calendar: " + Path.of("rules/calendar/cn-workdays.json").toAbsolutePath())
                    .replace("years: [2023]", "years: [" + years + "]");
            Files.writeString(dir.resolve("pack.yaml"), manifest, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("kind.checks.yaml"), checks, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("kind.params.yaml"), params, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KindPack(dir);
    }

    Path dir() {
        return dir;
    }

    /** What {@code rules validate} says, problems and warnings, one per line. */
    String validate() {
        PackValidator.Result result = PackValidator.validate(dir);
        return String.join("\n", result.findings().stream().map(PackValidator.Finding::text).toList());
    }

    /** The outcomes of the pack's checks for the base submission with {@code given} merged over it (JSON). */
    List<CheckOutcome> check(String given) {
        return card(given).flatten().flatMap(i -> i.outcomes().stream()).toList();
    }

    /** The score card for the base submission with {@code given} merged over it (JSON). */
    ScoreCard card(String given) {
        try {
            ObjectNode base = (ObjectNode) JSON.readTree(dir.resolve("base-submission.json").toFile());
            merge(base, JSON.readTree(given));
            return new Checker(RulePackLoader.load(dir)).check("填报", JSON.writeValueAsString(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The score of indicator {@code code} for that submission. */
    BigDecimal score(String given, String code) {
        return card(given).flatten().filter(i -> i.code().equals(code)).findFirst().orElseThrow().score();
    }

    private static void merge(ObjectNode into, JsonNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue().isObject()) {
                merge(target, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue());
            }
        }
    }

    static CheckOutcome only(List<CheckOutcome> outcomes) {
        if (outcomes.size() != 1) {
            throw new AssertionError("expected one outcome, got " + outcomes.stream()
                    .map(o -> o.ruleName() + "：" + o.explanation()).toList());
        }
        return outcomes.get(0);
    }

    /** Asserts one outcome whole: its rule, status, points (by value) and the message a user reads. */
    static void assertOutcome(String rule, cn.selfeval.engine.OutcomeStatus status, String points, String message, CheckOutcome outcome) {
        org.junit.jupiter.api.Assertions.assertEquals(rule, outcome.ruleName(), outcome.explanation());
        org.junit.jupiter.api.Assertions.assertEquals(status, outcome.status(), outcome.explanation());
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(points).compareTo(outcome.points()),
                outcome.ruleName() + " " + outcome.points());
        org.junit.jupiter.api.Assertions.assertEquals(message, outcome.explanation());
    }

    /** As {@link #assertOutcome(String, cn.selfeval.engine.OutcomeStatus, String, String, CheckOutcome)}, saying why. */
    static void assertOutcome(String rule, cn.selfeval.engine.OutcomeStatus status, String points, String message, CheckOutcome outcome,
            String why) {
        org.junit.jupiter.api.Assertions.assertEquals(message, outcome.explanation(), why);
        assertOutcome(rule, status, points, message, outcome);
    }
}
