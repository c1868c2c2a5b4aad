package cn.selfeval.docreport;

import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * A leaf indicator with the indicators above it (一级, 二级 …), in the framework's order. The report groups by the
 * 二级 indicator (采购管理, 资产管理 …), which is the area a reader of a self-evaluation report expects.
 */
record IndicatorPath(List<IndicatorScore> ancestors, IndicatorScore leaf) {

    static List<IndicatorPath> of(ScoreCard card) {
        List<IndicatorPath> paths = new ArrayList<>();
        card.indicators().forEach(root -> collect(root, new ArrayList<>(), paths));
        return paths;
    }

    private static void collect(IndicatorScore score, List<IndicatorScore> above, List<IndicatorPath> paths) {
        if (score.leaf()) {
            paths.add(new IndicatorPath(List.copyOf(above), score));
            return;
        }
        above.add(score);
        score.children().forEach(child -> collect(child, above, paths));
        above.remove(above.size() - 1);
    }

    /** 一级指标 (the leaf itself in a one-level framework). */
    IndicatorScore first() {
        return ancestors.isEmpty() ? leaf : ancestors.get(0);
    }

    /** The area: the 二级 indicator, or the nearest one above the leaf in a shallower framework. */
    IndicatorScore area() {
        return ancestors.size() >= 2 ? ancestors.get(1) : ancestors.isEmpty() ? leaf : ancestors.get(ancestors.size() - 1);
    }
}
