package cn.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.rulepack.RulePackLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The catalogue (rules doc) of every Guangzhou pack shows the 公函 check for 公务接待 under B7.2 and the 预算调整率
 * finding under B2.1 with their default parameters; the 岳阳-style test pack shows 预算调整率 as its scored C3.
 */
class ReceptionAndAdjustmentCatalogueTest {

    private static String catalogue(Path pack) {
        return PackCatalogue.markdown(RuleCompiler.compile(RulePackLoader.load(pack)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"guangzhou-2023", "tianhe-2023", "zengcheng-2021", "guangzhou-2021"})
    void everyGuangzhouPackShowsBothChecksAndTheirDefaults(String id) {
        String catalogue = catalogue(Path.of("rules", id));
        int receptions = catalogue.indexOf("##### 检查「公务接待有派出单位公函」");
        int threePublic = catalogue.indexOf("</a>B7.2 “三公”经费控制情况（");
        assertTrue(threePublic >= 0 && receptions > threePublic, catalogue);
        assertTrue(catalogue.contains("| 公务接待无公函 | 每次无公函的公务接待的扣分（与“三公”经费控制率的扣分合计扣完本指标为止）：0.5分 |"
                + " 《党政机关国内公务接待管理规定》（中办发〔2013〕22号）第五条、第七条 |"), catalogue);
        assertTrue(catalogue.contains("不扣分的结果（无法判定：未填报公务接待清单；不适用：本年度没有公务接待）"), catalogue);
        assertTrue(catalogue.contains("（running_costs.official_reception.no_letter_deduction） | 0.5 | 分/次 | 本工具默认值"), catalogue);

        int adjustment = catalogue.indexOf("##### 检查「预算调整率」");
        int carryOver = catalogue.indexOf("</a>B2.1 结转结余率（");
        int financial = catalogue.indexOf("</a>B2.2 财务管理合规性（");
        assertTrue(carryOver >= 0 && adjustment > carryOver && adjustment < financial, catalogue);
        assertTrue(catalogue.contains("预算调整率 = |全年预算数 − 年初预算数| ÷ 年初预算数 × 100%（追加、追减都计为调整）"), catalogue);
        assertTrue(catalogue.contains("提示：预算调整率超过提示线"), catalogue);
        assertTrue(catalogue.contains("（budget.adjustment.notice_percent） | 5 | % | 本工具默认值"), catalogue);
    }

    @Test
    void theYueyangStylePackScoresTheAdjustmentRateByBrackets() {
        String catalogue = catalogue(Path.of("src", "test", "resources", "packs", "yueyang-style"));
        assertTrue(catalogue.contains("</a>C3 预算调整率（4 分）"), catalogue);
        assertTrue(catalogue.contains("检查「预算调整率」"), catalogue);
        assertTrue(catalogue.contains("| 预算调整率超过5% | 按比率所在的档次扣分（不超过5%：0分；超过5%、不超过10%：1分；超过10%、不超过20%：2分；"
                + "超过20%：4分），扣完为止 |"), catalogue);
        assertTrue(catalogue.contains("（yueyang.budget_adjustment.deduction） | 不超过5%：0分；超过5%、不超过10%：1分；"
                + "超过10%、不超过20%：2分；超过20%：4分 | % |"), catalogue);
    }
}
