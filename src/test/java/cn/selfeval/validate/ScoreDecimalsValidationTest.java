package cn.selfeval.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scoreDecimals (the decimals an indicator's score is cut to) can be 0, 1 or 2: points are kept in hundredths, so a
 * value of 3 cannot be honoured and {@code rules validate} refuses it, naming the check that uses the parameter and
 * the parameter file and line where the value is written (a derived pack such as tianhe-2023 sets it in its own file).
 */
class ScoreDecimalsValidationTest {

    @TempDir
    Path temp;

    @Test
    void threeDecimalsIsAnErrorNamingTheCheckAndTheParameterFileAndLine() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        setScoreDecimals(pack.resolve("performance/completion.params.yaml"), "value: 2", "value: 3");

        PackValidator.Result result = PackValidator.validate(pack);
        String findings = text(result);
        assertTrue(result.findings().stream().anyMatch(PackValidator.Finding::error), findings);
        assertTrue(findings.contains("output-indicators.checks.yaml:15：参数 performance.completion.score_decimals"
                + " 自2021-01-01起的取值为 3（"), findings);
        assertTrue(findings.contains("guangzhou-2023/performance/completion.params.yaml:10）：scoreDecimals 是得分保留的小数位数，"
                + "只能是 0、1 或 2（截尾）"), findings);
        assertTrue(findings.contains("outcome-indicators.checks.yaml:11：参数 performance.completion.score_decimals"), findings);
    }

    @Test
    void aNegativeOrFractionalValueIsAnErrorToo() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        setScoreDecimals(pack.resolve("performance/completion.params.yaml"), "value: 2", "value: 1.5");

        String findings = text(PackValidator.validate(pack));
        assertTrue(findings.contains("自2021-01-01起的取值为 1.5（"), findings);
        assertTrue(findings.contains("completion.params.yaml:10）：scoreDecimals"), findings);
    }

    @Test
    void inADerivedPackTheErrorNamesTheDerivedPacksOwnParameterFile() throws IOException {
        Path parent = FileTrees.shippedPack(temp);
        Path tianhe = temp.resolve("tianhe-2023");
        FileTrees.copy(Path.of("rules", "tianhe-2023"), tianhe);
        setScoreDecimals(tianhe.resolve("performance/score-decimals.params.yaml"), "value: 1", "value: 3");

        PackValidator.Result result = PackValidator.validate(tianhe);
        String findings = text(result);
        assertTrue(result.findings().stream().anyMatch(PackValidator.Finding::error), findings);
        assertTrue(findings.contains("output-indicators.checks.yaml:15：参数 performance.completion.score_decimals 自2021-01-01起的取值为 3（"),
                findings);
        assertTrue(findings.contains("tianhe-2023/performance/score-decimals.params.yaml:2）：scoreDecimals"), findings);
        assertTrue(PackValidator.validate(parent).findings().stream().noneMatch(f -> f.text().contains("scoreDecimals")),
                "the parent's own value (2) is fine");
    }

    @Test
    void theValuesTheShippedPacksUseAreAccepted() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        for (String places : new String[] {"0", "1", "2"}) {
            Path params = pack.resolve("performance/completion.params.yaml");
            String text = Files.readString(params, StandardCharsets.UTF_8);
            Files.writeString(params, text.replaceFirst("(performance.completion.score_decimals:[\\s\\S]*?value: )\\d",
                    "$1" + places), StandardCharsets.UTF_8);
            assertEquals("", String.join("\n", PackValidator.validate(pack).findings().stream()
                    .filter(f -> f.text().contains("scoreDecimals")).map(PackValidator.Finding::text).toList()), places);
        }
    }

    private static void setScoreDecimals(Path params, String from, String to) throws IOException {
        String text = Files.readString(params, StandardCharsets.UTF_8);
        int at = text.indexOf("performance.completion.score_decimals:");
        String head = text.substring(0, at);
        String tail = text.substring(at);
        assertTrue(tail.contains(from), tail);
        Files.writeString(params, head + tail.replaceFirst(from, to), StandardCharsets.UTF_8);
    }

    private static String text(PackValidator.Result result) {
        return String.join("\n", result.findings().stream().map(PackValidator.Finding::text).toList());
    }
}
