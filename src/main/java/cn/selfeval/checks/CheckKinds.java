package cn.selfeval.checks;

import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.checks.kinds.CompletionCheck;
import cn.selfeval.checks.kinds.DeadlineCheck;
import cn.selfeval.checks.kinds.MissingFactsCheck;
import cn.selfeval.checks.kinds.ProportionalCheck;
import cn.selfeval.checks.kinds.RateCheck;
import cn.selfeval.checks.kinds.RequiredCheck;
import cn.selfeval.checks.kinds.SmeReservationCheck;
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
            "cases", "依次判断的情形（第一个成立的决定结果），如豁免；每项写 rule、when、status 或 deduct、message");

    /** What every kind judging facts one by one (or a list's total) takes besides its own keys. */
    private static final Map<String, String> PER_FACT = ordered(
            "values", "规则包中定义的计算值（见“计算值”）：名称 → { sum | percent…of | difference | add | absolute }，可像字段一样用于 rate、条件、说明文字和比较",
            "scope", "each（默认，逐项判断）或 total（整个列表合计判断一次，结果记在列表上，如“三公”经费合计）",
            "otherYear", "事实属于其他评价年度时的结果（不写时用检查种类自己的不适用说明，见“年度归属”）");

    public static final List<Kind> ALL = List.of(
            new Kind("condition", "逐项条件", "逐个检查列表中的事实：满足条件的记一处结果（如每例扣0.5分，扣完为止）。",
                    keys(keys(CASES, ordered(
                            "findings", "逐项判断的发现：每个成立的都记一处（一个事实可以有几处扣分）",
                            "otherwise", "没有任何发现时的结果（通常为符合）")), PER_FACT),
                    ordered(), List.of()),
            new Kind("deadline", "期限", "从一个日期起算的期限（自然日，期限末日遇休息日顺延，民法典第二百零三条；或工作日），"
                    + "判断另一个日期是否在期限内。期限属于其届满日所在的评价年度：届满日在评价年度之前的为不适用（otherYear，已在该年度评价），"
                    + "在评价年度之后的为不适用（notYetDue，即使已逾期完成，也在下一年度评价），所以同一事项只在一个年度扣分；"
                    + "工作日历未覆盖时确定不了的为无法判定。late、onTime、missing、notYetDue 必写（每个事实都要有结果）。",
                    keys(CASES, ordered("from", "起算日期字段（事件发生日，不计入期限，民法典第二百零一条）",
                            "to", "完成日期字段", "within", "{ days: 参数 }（自然日）或 { workingDays: 参数 }（工作日）",
                            "deduct", "逾期、年末仍未完成时的扣分参数", "deadlineLabel", "比较一栏中期限届满日的名称")),
                    outcomes("notStarted", "起算日期未填：尚未开始，不适用（可不写，用检查种类自己的说明）", "late", "完成日期晚于期限：扣分",
                            "onTime", "在期限内：符合", "missing", "未完成且期限在评价年度内已过：扣分",
                            "notYetDue", "期限届满日在评价年度之后（无论是否已完成）：不适用，在下一年度评价",
                            "otherYear", "期限届满日在评价年度之前：不适用（可不写，用检查种类自己的说明）",
                            "undetermined", "工作日历未覆盖判断所需的日期：无法判定（可不写，用检查种类自己的说明）"),
                    DeadlineCheck.VARIABLES),
            new Kind("rate", "比率限值", "事实的比率（如执行率 = 决算 ÷ 预算；字段或 values 中的计算值）与限值精确比较"
                    + "（300.01对300超出0.003个百分点，不因显示两位小数而算作100%）：每超出（或低于）1个百分点扣 perPoint，"
                    + "按 rounding 计：started 不足1个百分点按1个计（默认），floor 只计整数个百分点（“每超过一个百分点”），"
                    + "linear 按超出的百分点精确计（扣分进位到0.01分）；或写 scale（分档参数）按比率所在的档次扣分；扣完为止。"
                    + "框架不计分的指标（如广州的预算调整率）不写 perPoint，exceeds 写 status: noted：超出限值是提示，不扣分。"
                    + "比率无法计算（分母为0、合计中有一项未填报）时记 uncomputable：检查须写这一结果，或在 cases 中处理分母为0的情形"
                    + "（其余无法计算的记为无法判定），不会没有结果。",
                    keys(keys(CASES, ordered("rate", "比率：字段或 values 中的计算值（百分数）", "max", "上限参数（不超过）",
                            "min", "下限参数（不低于）", "perPoint", "每个百分点的扣分参数（框架不计分的提示不写，exceeds 写 status: noted）",
                            "rounding", "started（默认）、floor 或 linear：超出的百分点怎样计扣分",
                            "scale", "分档参数（brackets）：按比率所在的档次扣分，代替 max/min、perPoint")), PER_FACT),
                    outcomes("exceeds", "超出（或低于）限值、或所在档次扣分：扣分（不写 perPoint 时为提示 noted）", "tolerated", "rounding: floor 时超出不足1个百分点：符合（floor 时必写）",
                            "within", "在限值内（或所在档次不扣分）：符合",
                            "uncomputable", "比率无法计算：无法判定，或写 deduct 扣分"), RateCheck.VARIABLES),
            new Kind("proportional", "按比例计分", "比率达到满分线得满分，以下按比例得分（分值 × 精确比率 ÷ 满分线，截尾两位小数：99.999%得9.99分，不是满分）。"
                    + "比率无法计算时记 uncomputable（与 rate 相同，须写明或在 cases 中处理）。",
                    keys(keys(CASES, ordered("rate", "比率：字段或 values 中的计算值（百分数）", "fullAt", "满分线参数")), PER_FACT),
                    outcomes("below", "低于满分线：扣除分值与得分之差", "full", "达到满分线：符合",
                            "uncomputable", "比率无法计算：无法判定，或写 deduct 扣分"), ProportionalCheck.VARIABLES),
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
            new Kind("completion", "绩效指标完成率", "部门整体绩效目标某一类指标（产出或效益）的完成率计分：产出、效益指标用同一个定义。"
                    + "met、belowTarget、noResult、noIndicators 必写（每个指标都要有结果）。",
                    ordered("section", "output（产出指标）或 outcome（效益指标）", "floor", "完成率低于该参数得0分",
                            "scoreDecimals", "可选：得分截尾保留的小数位数参数（0、1 或 2；不写为2位）"),
                    outcomes("met", "完成目标：符合", "belowTarget", "未完成：扣除分值与得分之差",
                            "noResult", "缺少目标值、实际值或是否达成：扣除该指标分值",
                            "zeroTarget", "正向指标目标值为0：无法判定（可不写，用检查种类自己的说明）", "noIndicators", "没有该类指标：扣除本指标全部分值",
                            "weightsIncomplete", "只有部分指标填了权重：无法判定（按平均分配；可不写，用检查种类自己的说明）",
                            "weightsMismatch", "权重之和不等于类别分值：无法判定（按比例折算；可不写，用检查种类自己的说明）"),
                    CompletionCheck.VARIABLES),
            new Kind("smeReservation", "中小企业预留份额对照", "每个采购项目与它的中小企业预留情况对照（财库〔2020〕46号第八、九条）："
                    + "预算不超过该类别上限的整体专门面向中小企业，超过的预留不低于最低比例（按项目采购活动日期取值），其中小微企业不低于规定比例；"
                    + "未预留的须说明不适宜由中小企业提供的理由。只在填报了预留情况列表时检查（未填报的由 missingFacts 检查）。",
                    keys(CASES, ordered("reservations", "预留情况列表：assetManagement.smeReservations（按 projectId 对照项目的 id）",
                            "whollyReservedMax", "{ goods: 参数, services: 参数, works: 参数 }：整体专门面向中小企业的预算上限（含本数）",
                            "minReservedPercent", "{ goods: 参数, services: 参数, works: 参数 }：超过上限时的最低预留比例，按项目采购活动日期取值；"
                                    + "项目没有日期且参数有几个取值时为 noDate",
                            "minSmallMicroPercent", "预留份额中小微企业的最低比例参数",
                            "minPriceDeductionPercent", "可选，与 maxPriceDeductionPercent 一起写：{ goods: 参数, services: 参数, works: 参数 }："
                                    + "未整体专门面向中小企业的项目对小微企业报价的价格扣除比例下限（第九条），按项目采购活动日期取值；"
                                    + "写了它就判断价格扣除，priceDeduction… 结果都须写出",
                            "maxPriceDeductionPercent", "{ goods: 参数, services: 参数, works: 参数 }：价格扣除比例上限",
                            "deduct", "不符合要求的每个项目的扣分参数")),
                    outcomes("noProjects", "填报了预留情况但本年度没有采购项目：不适用",
                            "unreported", "项目没有预留情况：扣分",
                            "whollyReserved", "整体预留范围内的项目整体专门面向中小企业：符合",
                            "notWhollyReserved", "整体预留范围内的项目未整体预留，也未说明理由：扣分",
                            "notSuitable", "未预留并说明了不适宜由中小企业提供的理由：豁免",
                            "shareTooLow", "超过上限的项目预留比例低于最低比例：扣分",
                            "smallMicroTooLow", "预留份额中小微企业比例低于规定：扣分",
                            "shareMet", "预留比例和小微企业比例都符合：符合",
                            "noDate", "项目没有日期，无法确定按日期取值的最低比例：无法判定",
                            "unknownProject", "预留情况的项目编号不在采购项目中：无法判定",
                            "otherYear", "项目的采购活动日期不在评价年度：不适用（在该年度检查）",
                            "priceDeductionUnreported", "未整体预留的项目没有填报价格扣除比例：无法判定",
                            "priceDeductionNone", "未整体预留的项目未给予价格扣除（填0）：扣分",
                            "priceDeductionOutOfRange", "价格扣除比例不在该日期适用的范围内：扣分",
                            "priceDeductionMet", "价格扣除比例在适用的范围内：符合",
                            "priceDeductionNoDate", "项目没有日期，无法确定按日期取值的价格扣除范围：无法判定"),
                    SmeReservationCheck.VARIABLES));

    /** The keys every check takes. */
    public static final Map<String, String> COMMON_KEYS = keys(ordered(
            "name", "检查的名称（目录中显示）", "kind", "检查种类", "indicator", "给哪个末级指标评分（framework.yaml 中的代码）",
            "facts", "检查哪个列表的事实（JSON 路径，如 procurementProjects）", "basis", "法律依据列表：“简称 条款”，简称须在 laws.yaml 中"),
            ordered("improvement", "整改建议（模板，可用与 message 相同的占位符）：自评报告“下一步改进措施”中这项扣分的整改措施，"
                    + "目录中显示；会扣分的检查没有它时 rules validate 给出警告（missingFacts 除外）；写在 basis: 的下一行",
                    "description", "说明（可选，显示在目录中）", "only", "只检查满足该条件的事实（可选）",
                    "compare", "各结果在“比较”一栏显示的字段或计算值（可选）", "limit", "各结果的“要求”一栏（可选，可含占位符）",
                    "watch", "selfeval watch 的预警（可选）：{ task: 要做的事 }；deadline 以外的检查写 { due: yearEnd, task: … }，"
                            + "其扣分在年内列为12月31日到期的事项；逐项判断的检查可写 { task: …, done: 日期字段, before: { event: 日期字段, "
                            + "planned: 计划日期字段, days: 参数 } }（或 workingDays: 参数），列出某事之前若干日须做到的事，"
                            + "事件尚未发生时按计划日期倒算，倒算的期限遇休息日不顺延（见 docs/watch.md）"));

    /** The keys of an outcome. */
    public static final Map<String, String> OUTCOME_KEYS = keys(ordered(
            "rule", "规则名：报告中“规则：文件「规则名」”显示的名称，测试用例以它引用结果",
            "message", "说明文字（模板）", "status", "deducted 扣分 / noted 提示（本评分表不计分的问题：与扣分一样列出、写整改建议，不扣分，不写 deduct） / passed 符合 / exempt 豁免 / notApplicable 不适用 / undetermined 无法判定"),
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
