package cn.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.selfeval.check.Checker;
import cn.selfeval.rulepack.RulePackLoader;
import cn.selfeval.scoring.ScoreCard;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What changes between two packs' cards of one submission, also when the frameworks differ. */
class ScoreCardDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScoreCard card(String pack, String submission) {
        return new Checker(RulePackLoader.load(Path.of("rules", pack))).check("荔湖（天河区）", submission);
    }

    @Test
    void anIndicatorOnlyTheNewFrameworkHasIsListedSoThatTheChangesAddUp() throws IOException {
        ObjectNode lihu = (ObjectNode) JSON.readTree(Path.of("fixtures", "lihu-2023.json").toFile());
        ((ObjectNode) lihu.get("unit")).put("district", "天河区");
        lihu.set("selfScores", JSON.createObjectNode());
        String submission = JSON.writeValueAsString(lihu);

        ScoreCardDiff diff = ScoreCardDiff.between(card("guangzhou-2023", submission), card("tianhe-2023", submission));

        List<String> changes = diff.scoreChanges().stream()
                .map(c -> c.code() + " " + c.name() + "：" + shown(c.before()) + " → " + shown(c.after())).toList();
        assertEquals(List.of("A1.3 部门预算资金支出率：9.71 → 未检查", "B2.3 部门预算资金支出率：未检查 → 9.71"),
                changes.stream().filter(c -> c.contains("支出率")).toList(), changes.toString());
        BigDecimal listed = diff.scoreChanges().stream()
                .map(c -> Objects.requireNonNullElse(c.after(), BigDecimal.ZERO).subtract(Objects.requireNonNullElse(c.before(), BigDecimal.ZERO)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, diff.scoreAfter().subtract(diff.scoreBefore()).compareTo(listed),
                "the listed changes add up to the total's: " + changes);
    }

    private static String shown(BigDecimal score) {
        return score == null ? "未检查" : cn.selfeval.decimal.Numbers.fixed(score);
    }
}
