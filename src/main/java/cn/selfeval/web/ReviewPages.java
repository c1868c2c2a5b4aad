package cn.selfeval.web;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.report.ScoreCardDiff;
import cn.selfeval.review.RoundView;
import cn.selfeval.review.UnitDetail;
import cn.selfeval.web.view.RoundWatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The review pages (src/main/jte/review/), rendered from the store's views. */
public final class ReviewPages {

    /** Two versions of a unit compared. */
    public record Diff(int from, int to, ScoreCardDiff diff) {
    }

    /**
     * What the round page offers the visitor.
     *
     * @param records   the exports and the round's audit log (not for unit staff)
     * @param mayAssign the form that assigns reviewers (administrators)
     * @param reviewers the round's reviewers as the page lists them
     */
    record RoundAccess(boolean records, boolean mayAssign, List<String> reviewers) {
    }

    private ReviewPages() {
    }

    static String rounds(List<RoundView> rounds, ServerPacks packs, boolean mayCreate) {
        List<String> packIds = packs.packs().stream().filter(ServerPacks.PackState::live)
                .map(p -> p.declared().manifest().id()).toList();
        return Templates.render("review/rounds.jte", Map.of("rounds", rounds, "packs", packIds, "mayCreate", mayCreate));
    }

    static String round(RoundView round, List<String> uploaded, RoundAccess access) {
        return Templates.render("review/round.jte", Map.of("view", round, "uploaded", uploaded, "records", access.records(),
                "mayAssign", access.mayAssign(), "reviewers", access.reviewers()));
    }

    static String watch(RoundWatch watch) {
        return Templates.render("review/watch.jte", Map.of("watch", watch));
    }

    /** @param unitView the unit's own staff look: no decision or publish forms, no 复核表2 */
    static String unit(UnitDetail unit, Diff diff, boolean unitView) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("unit", unit);
        params.put("diff", diff);
        params.put("unitView", unitView);
        return Templates.render("review/unit.jte", params);
    }

    /** One line per uploaded file for the round page: where it went and what became of it. */
    @SuppressWarnings("unchecked")
    static List<String> uploadLines(Map<String, Object> answer) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) answer.get("submissions")) {
            Map<String, Object> v = (Map<String, Object>) s.get("version");
            String unit = s.get("unitName") == null ? "（未能识别单位）" : (String) s.get("unitName");
            lines.add(s.get("fileName") + " → " + unit + "：" + (Boolean.TRUE.equals(s.get("duplicate"))
                    ? "与第 " + v.get("number") + " 版字节相同，未建立新版本"
                    : "第 " + v.get("number") + " 版，" + (Boolean.TRUE.equals(v.get("checked"))
                    ? "已检查，计算得分 " + v.get("computedScore") : "未检查：" + String.join("；", (List<String>) v.get("problems")))));
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) answer.get("notRead")) {
            lines.add(r.get("fileName") + "：未读取，" + r.get("reason"));
        }
        return lines;
    }

    /** Points for a page: "94.71"; "—" for none. */
    public static String points(BigDecimal value) {
        return value == null ? "—" : Numbers.plain(value);
    }

    /** A sort key for a number column ("-1" for none). */
    public static String sort(BigDecimal value) {
        return value == null ? "-1" : value.toPlainString();
    }
}
