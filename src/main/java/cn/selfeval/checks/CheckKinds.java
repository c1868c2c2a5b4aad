package cn.selfeval.checks;

import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.checks.kinds.CompletionCheck;
import cn.selfeval.checks.kinds.DeadlineCheck;
import cn.selfeval.checks.kinds.MissingFactsCheck;
import cn.selfeval.checks.kinds.ProportionalCheck;
import cn.selfeval.checks.kinds.RateCheck;
import cn.selfeval.checks.kinds.RequiredCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check kinds as authors read about them: what each does, the keys it takes, the outcomes it decides and
 * the values its messages may use, with an example that compiles against the shipped pack (a test keeps it so).
 */
public final class CheckKinds {

    /**
     * @param outcomes outcome name → when it applies (for kinds that name their outcomes)
     */
    public record Kind(String code, String title, String summary, Map<String, String> keys,
            Map<String, String> outcomes, List<Variable> variables) {

        /** The example check file, from the jar. */
        public String example() {
            try (InputStream in = CheckKinds.class.getResourceAsStream("/cn/selfeval/checks/examples/" + code + ".yaml")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Map<String, String> CASES = ordered(
            "cases", "依次判断的情形（第一个成立的决定结果），如豁免、不在评价年度内；每项写 rule、when、status 或 deduct、message");

    public static final List<Kind> ALL = List.of(
            new Kind("condition", "逐项条件", "逐个检查列表中的事实：满足条件的记一处结果（如每例扣0.5分，扣完为止）。",
                    keys(CASES, ordered(
                            "findings", "逐项判断的发现：每个成立的都记一处（一个事实可以有几处扣分）",
                            "otherwise", "没有任何发现时的结果（通常为符合）")),
                    ordered(), List.of()),
            new Kind("deadline", "期限", "从一个日期起算的期限（自然日，期限末日遇休息日顺延，民法典第二百零三条；或工作日），"
                    + "判断另一个日期是否在期限内；期限在评价年度之后的为不适用，工作日历未覆盖时确定不了的为无法判定。",
                    keys(CASES, ordered("from", "起算日期字段（事件发生日，不计入期限，民法典第二百零一条）",
                            "to", "完成日期字段", "within", "{ days: 参数 }（自然日）或 { workingDays: 参数 }（工作日）",
                            "deduct", "逾期、年末仍未完成时的扣分参数", "deadlineLabel", "比较一栏中期限届满日的名称")),
                    outcomes("notStarted", "起算日期未填：尚未开始，不适用", "late", "完成日期晚于期限：扣分",
                            "onTime", "在期限内：符合", "missing", "未完成且期限在评价年度内已过：扣分",
                            "notYetDue", "未完成但期限在评价年度之后：不适用",
                            "undetermined", "工作日历未覆盖判断所需的日期：无法判定"),
                    DeadlineCheck.VARIABLES),
            new Kind("rate", "比率限值", "事实的比率（如执行率 = 决算 ÷ 预算，取两位小数的百分数）与限值比较：每超出（或低于）1个百分点扣分，"
                    + "不足1个百分点按1个计，扣完为止。没有比率（预算为0）的情形先在 cases 中处理。",
                    keys(CASES, ordered("rate", "比率字段（百分数）", "max", "上限参数（不超过）", "min", "下限参数（不低于）",
                            "perPoint", "每个百分点的扣分参数")),
                    outcomes("exceeds", "超出（或低于）限值：扣分", "within", "在限值内：符合"), RateCheck.VARIABLES),
            new Kind("proportional", "按比例计分", "比率达到满分线得满分，以下按比例得分（分值 × 比率 ÷ 满分线，截尾两位小数）。",
                    keys(CASES, ordered("rate", "比率字段（百分数）", "fullAt", "满分线参数")),
                    outcomes("below", "低于满分线：扣除分值与得分之差", "full", "达到满分线：符合"), ProportionalCheck.VARIABLES),
            new Kind("missingFacts", "未提供事实", "填报中完全没有某个列表（或对象）：没有事实就没有分数，扣除参数指定的分值（或 all：本指标全部分值）；"
                    + "填了空列表 [] 表示本年度没有，按 empty 处理。",
                    ordered("deduct", "未填报时的扣分参数，或 all"),
                    outcomes("missing", "未填报：扣分", "empty", "填了空列表：通常为不适用"), MissingFactsCheck.VARIABLES),
            new Kind("required", "必须具备", "评价年度内必须具备的文件、公开或记录：列表中至少有一项满足 satisfiedBy；"
                    + "forEach 时每个可选值都要有一项；among 限定参与判断的事项。",
                    ordered("satisfiedBy", "满足要求的条件", "forEach", "按哪个可选字段逐类要求", "among", "只判断满足该条件的事项",
                            "noneOn", "list（记在列表上，默认）或 evaluationYear（记在评价年度上）", "deduct", "没有时的扣分参数"),
                    outcomes("none", "没有满足要求的事项：扣分", "each", "每个满足的事项：符合", "other", "每个不满足的事项：不适用"),
                    RequiredCheck.VARIABLES),
            new Kind("completion", "绩效指标完成率", "部门整体绩效目标某一类指标（产出或效益）的完成率计分：产出、效益指标用同一个定义。",
                    ordered("section", "output（产出指标）或 outcome（效益指标）", "floor", "完成率低于该参数得0分"),
                    outcomes("met", "完成目标：符合", "belowTarget", "未完成：扣除分值与得分之差",
                            "noResult", "缺少目标值、实际值或是否达成：扣除该指标分值",
                            "zeroTarget", "正向指标目标值为0：无法判定", "noIndicators", "没有该类指标：扣除本指标全部分值",
                            "weightsIncomplete", "只有部分指标填了权重：无法判定（按平均分配）",
                            "weightsMismatch", "权重之和不等于类别分值：无法判定（按比例折算）"),
                    CompletionCheck.VARIABLES));

    /** The keys every check takes. */
    public static final Map<String, String> COMMON_KEYS = keys(ordered(
            "name", "检查的名称（目录中显示）", "kind", "检查种类", "indicator", "给哪个末级指标评分（framework.yaml 中的代码）",
            "facts", "检查哪个列表的事实（JSON 路径，如 procurementProjects）", "basis", "法律依据列表：“简称 条款”，简称须在 laws.yaml 中"),
            ordered("description", "说明（可选，显示在目录中）", "only", "只检查满足该条件的事实（可选）",
                    "compare", "各结果在“比较”一栏显示的字段或计算值（可选）", "limit", "各结果的“要求”一栏（可选，可含占位符）",
                    "watch", "selfeval watch 的预警（可选）：{ task: 要做的事 }；deadline 以外的检查写 { due: yearEnd, task: … }，"
                            + "其扣分在年内列为12月31日到期的事项（见 docs/watch.md）"));

    /** The keys of an outcome. */
    public static final Map<String, String> OUTCOME_KEYS = keys(ordered(
            "rule", "规则名：报告中“规则：文件「规则名」”显示的名称，测试用例以它引用结果",
            "message", "说明文字（模板）", "status", "deducted 扣分 / passed 符合 / exempt 豁免 / notApplicable 不适用 / undetermined 无法判定"),
            ordered("deduct", "扣分：参数名、all（本指标全部分值），或 { by: 字段, values: { 可选值: 参数 } }",
                    "when", "情形的条件（cases、findings 中必写）", "basis", "该结果的法律依据（不写时用检查的 basis）",
                    "compare", "该结果的比较字段", "limit", "该结果的要求"));

    private CheckKinds() {
    }

    private static Map<String, String> keys(Map<String, String> first, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(first);
        all.putAll(more);
        return all;
    }

    private static Map<String, String> outcomes(String... pairs) {
        return ordered(pairs);
    }

    /** Pairs of key and text, in the order written. */
    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            outcomes.put(pairs[i], pairs[i + 1]);
        }
        return outcomes;
    }
}
