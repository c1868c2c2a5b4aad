package cn.selfeval.input;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks self-scores against the framework: an unknown indicator code is a problem (the self-score cannot be
 * compared with anything); a self-score above the indicator's points is a warning naming its cell or JSON path —
 * the score card is still computed, and the self-score audit shows the gap.
 */
final class SelfScoreChecker {

    private static final int SUGGESTIONS = 5;

    private final Map<String, BigDecimal> indicatorPoints;
    private final ProblemCollector problems;

    SelfScoreChecker(Map<String, BigDecimal> indicatorPoints, ProblemCollector problems) {
        this.indicatorPoints = indicatorPoints == null ? Map.of() : indicatorPoints;
        this.problems = problems;
    }

    void check(JsonNode document) {
        JsonNode scores = document.path("selfScores");
        if (indicatorPoints.isEmpty() || !scores.isObject()) {
            return;
        }
        NodePath base = NodePath.ROOT.property("selfScores");
        for (Iterator<Map.Entry<String, JsonNode>> it = scores.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            NodePath path = base.property(code);
            BigDecimal points = indicatorPoints.get(code);
            if (points == null) {
                problems.at(path, "不认识的指标编号“" + code + "”，可用的编号如：" + String.join("、", similarCodes(code))
                        + "（共 " + indicatorPoints.size() + " 个）");
            } else if (entry.getValue().isNumber() && entry.getValue().decimalValue().compareTo(points) > 0) {
                problems.warningAt(path, "自评得分 " + JsonValues.number(entry.getValue().decimalValue())
                        + " 超过该指标的分值 " + JsonValues.number(points) + "，请改正；评分表照常计算，自评分核对中列出差额");
            }
        }
    }

    /** A few valid codes, preferring those that share the longest prefix with the unknown one. */
    private List<String> similarCodes(String code) {
        int best = 0;
        for (String candidate : indicatorPoints.keySet()) {
            best = Math.max(best, commonPrefix(code, candidate));
        }
        List<String> similar = new ArrayList<>();
        for (String candidate : indicatorPoints.keySet()) {
            if (similar.size() < SUGGESTIONS && commonPrefix(code, candidate) == best) {
                similar.add(candidate);
            }
        }
        return similar;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
