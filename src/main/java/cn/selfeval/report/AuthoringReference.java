package cn.selfeval.report;

import cn.selfeval.checks.CheckKinds;
import cn.selfeval.checks.FieldCatalog;
import cn.selfeval.checks.FieldRef;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.input.SubmissionSchema;
import cn.selfeval.model.FactLists;
import cn.selfeval.model.Labelled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The reference for rule authors, generated from the submission schema and the check kinds: every fact and field
 * with its Chinese name, type and enumerated codes, every kind with its keys, outcomes, values and an example,
 * and how conditions and messages are written. Written by {@code rules doc} and kept as docs/check-reference.md.
 */
public final class AuthoringReference {

    private AuthoringReference() {
    }

    public static String markdown() {
        return document().markdown();
    }

    public static String html() {
        return document().html();
    }

    private static CatalogueDocument document() {
        CatalogueDocument doc = new CatalogueDocument("检查编写参考");
        doc.paragraph("规则包中的检查写在 *.checks.yaml 中，与参数（*.params.yaml）、测试（*.tests.yaml）放在同一目录、用同一个文件名。"
                + "检查引用填报中的字段时用 JSON 字段名，引用可选值时用 JSON 代码；规则包加载时逐项核对，写错的名称、代码、参数、"
                + "占位符和法律依据都报告文件和行号，并给出最接近的写法。本页由 selfeval 根据填报格式（JSON Schema）和检查种类生成。");
        doc.heading(2, "shape", "一项检查的写法", null);
        doc.code(CheckKinds.ALL.get(0).example());
        doc.paragraph("检查的键：");
        doc.table(List.of("键", "含义"), rows(CheckKinds.COMMON_KEYS), 0);
        doc.paragraph("每个结果（outcomes 中的一项，或 cases、findings、otherwise 中的一项）的键：");
        doc.table(List.of("键", "含义"), rows(CheckKinds.OUTCOME_KEYS), 0);

        doc.heading(2, "conditions", "条件", null);
        doc.paragraph("条件是一个键值表，每一项都成立时条件成立（并且）。键是字段名（嵌套字段写作 exemption.type、total.budget），"
                + "值直接写时表示等于；比较和判断写成 { 运算: 值 }。比较的值可以是数、日期（YYYY-MM-DD）、同一事实的另一个字段或规则包的参数名。");
        doc.table(List.of("写法", "含义"), List.of(
                List.of("method: singleSource", "等于（可选值字段写 JSON 代码）"),
                List.of("withinStandard: false", "是/否字段"),
                List.of("budgetAmount: { above: procurement.sme.works_wholly_reserved_max }", "大于参数的值；atLeast 不小于，below 小于，atMost 不大于"),
                List.of("amount: { above: budgetAmount }", "与同一事实的另一个字段比较"),
                List.of("approvedOn: { missing: true }", "未填写（missing: false 为已填写）"),
                List.of("category: { in: [goods, services] }", "属于其中之一；notIn 不属于"),
                List.of("method: { isNot: singleSource }", "不等于"),
                List.of("acquiredOn: { inYear: true }", "日期在评价年度内；byYearEnd 不晚于年末，afterYear 在年度之后，beforeYear 在年度之前"),
                List.of("anyOf: [ { carryOver: { missing: true } }, { balance: { missing: true } } ]", "任一成立（或）；allOf 全部成立"),
                List.of("not: { exempt: true }", "不成立")), 0);

        doc.heading(2, "messages", "说明文字（模板）", null);
        doc.table(List.of("写法", "含义"), List.of(
                List.of("{contractSignedOn}", "字段、计算值（见各检查种类）或参数的值：日期写作 2023-10-07，金额最多两位小数，可选值写中文名称，是/否写作是、否，未填写写作“未填报”"),
                List.of("{evaluationYear}", "评价年度"),
                List.of("[[、{repealedOn}废止]]", "可省略的部分：其中的值都有时才写出"),
                List.of("{separatesDuties?规定了:未规定}", "按是/否字段选一段文字"),
                List.of("{{ }}", "大括号本身")), 0);
        doc.paragraph("扣分写参数名（数值写在 *.params.yaml 中，按施行日期列出取值并写明来源），all 表示本指标全部分值，"
                + "或 { by: 字段, values: { 可选值代码: 参数名 } } 按可选值分别取参数。");

        doc.heading(2, "values", "计算值（values）和合计（scope: total）", null);
        doc.paragraph("检查可以在 values 中定义自己的计算值，按书写顺序计算，后面的可以用前面的；运算对象是字段、前面的计算值或参数。"
                + "有一个运算对象未填报、或百分比的分母为0时，计算值为空，rate 和 proportional 记为 uncomputable。"
                + "scope: total 时 sum 是列表中各事实（only 选中的）之和，结果记在列表上（{subject} 为列表名称）；"
                + "scope: each 时 sum 就是该事实的字段值——所以把 total 改为 each，同一检查就从按合计判断变为逐项判断。");
        doc.table(List.of("写法", "含义"), rows(cn.selfeval.checks.DerivedValues.OPERATIONS), 0);
        doc.code("""
                values:
                  budgetTotal: { sum: budget, label: 预算合计（万元） }
                  actualTotal: { sum: actual, label: 决算合计（万元） }
                  controlPercent: { percent: actualTotal, of: budgetTotal, label: 控制率（%） }
                """);

        doc.heading(2, "years", "年度归属", null);
        doc.paragraph("每个事项只在一个评价年度评价，规则由检查种类统一执行，不必在每个检查中写 cases：");
        doc.table(List.of("检查种类", "归属规则"), List.of(
                List.of("deadline", "期限属于其届满日所在的年度：届满日在评价年度之前为 otherYear，之后为 notYetDue，都不适用"),
                List.of("condition、rate、proportional（逐项）", "事实属于其日期所在的年度（采购项目：采购活动日期，即开始日期，未填时依次取中标通知书、"
                        + "合同签订日期；资产盘点：盘点日期；资产购置：购置日期；资产处置、出租出借：实施日期；资产收益：收到日期；公务接待：接待日期）；"
                        + "日期在其他年度的事实为 otherYear（不适用，说明其所属年度）。没有这种日期的事实（“三公”经费、公用经费、预算执行、"
                        + "尚未开始的采购项目、发现的问题）属于填报的年度"),
                List.of("scope: total、missingFacts、required、completion", "判断填报年度的列表整体")), 0);
        doc.paragraph("otherYear 的说明文字可用 {subject}（事实）、{yearDate}（归属日期）、{yearDateLabel}（该日期的名称）、"
                + "{attributedYear}（所属年度）；不写 otherYear 时为：" + cn.selfeval.checks.PerFactCheck.OTHER_YEAR_MESSAGE);
        doc.paragraph("检查种类自己给出的结果（不写 otherYear、notStarted、undetermined、uncomputable 等时）的规则名为「检查名：说明」，"
                + "如「采购合同备案时效：不属于评价年度」「采购合同备案时效：期限无法判定」。它们不是规则包自己的规则，`rules test` 的覆盖"
                + "不要求为它们写用例，但测试用例可以引用它们（`rules validate` 认得这些名称），见 `procurement/contract-filing.tests.yaml`。");

        doc.heading(2, "scales", "分档参数（brackets）", null);
        doc.paragraph("参数的取值可以是分档（类似 OpenFisca 的 brackets）：按施行日期列出，每个取值写 brackets 和 source。"
                + "第一档不写下限，以后每档写 above（超过）或 atLeast（不低于）下限，下限从低到高；value 是该档的扣分（最多两位小数）。"
                + "unit 是下限的单位。rate 检查写 scale: 参数名，按比率所在的档次扣分，说明文字中 {bracket} 为档次（如“不低于90%、低于95%”）。"
                + "比率与下限精确比较：5%在“不超过5%”一档，5.001%在“超过5%”一档。"
                + "例如测试规则包 src/test/resources/packs/yueyang-style 的预算调整率（4分）：不超过5%不扣分，超过5%扣1分，"
                + "超过10%扣2分，超过20%扣4分（恰为10%仍扣1分）。参数（budget/budget-adjustment.params.yaml）：");
        doc.code("""
                yueyang.budget_adjustment.deduction:
                  label: 预算调整率分档扣分
                  unit: "%"
                  values:
                    2021-01-01:
                      source: { kind: default, note: 测试用分档：不超过5%不扣分，超过5%扣1分，超过10%扣2分，超过20%扣4分 }
                      brackets:
                        - { value: 0 }
                        - { above: 5, value: 1 }
                        - { above: 10, value: 2 }
                        - { above: 20, value: 4 }
                """);
        doc.paragraph("检查（budget/budget-adjustment.checks.yaml）：预算调整率 = |全年预算数 − 年初预算数| ÷ 年初预算数"
                + "（共性指标框架：预算调整数含追加和追减，分母为预算数），调减与调增同样计为调整；年初预算数为0时无法计算（uncomputable）：");
        doc.code("""
                - name: 预算调整率
                  kind: rate
                  indicator: C3
                  facts: budgetExecution
                  basis: [共性指标框架 预算调整率]
                  values:
                    adjustment: { difference: [total.budget, initialBudget], label: 预算调整数（万元，调增为正、调减为负） }
                    adjustmentAmount: { absolute: adjustment, label: 预算调整额（万元） }
                    adjustmentPercent: { percent: adjustmentAmount, of: initialBudget, label: 预算调整率（%） }
                  rate: adjustmentPercent
                  scale: yueyang.budget_adjustment.deduction
                  outcomes:
                    exceeds:
                      rule: 预算调整率超过5%
                      message: 预算调整率{rate}%，在“{bracket}”一档，扣{deducted}分。
                    within:
                      rule: 预算调整率不超过5%
                      message: 预算调整率{rate}%（{bracket}）。
                    uncomputable:
                      rule: 年初预算数为0
                      status: undetermined
                      message: 年初预算数为0，无法计算预算调整率。
                """);

        doc.heading(2, "kinds", "检查种类", null);
        for (CheckKinds.Kind kind : CheckKinds.ALL) {
            doc.heading(3, "kind-" + kind.code(), kind.code() + "（" + kind.title() + "）", null);
            doc.paragraph(kind.summary());
            doc.table(List.of("键", "含义"), rows(kind.keys()), 0);
            if (!kind.outcomes().isEmpty()) {
                doc.paragraph("outcomes：");
                doc.table(List.of("结果", "何时"), rows(kind.outcomes()), 0);
            }
            if (!kind.variables().isEmpty()) {
                doc.paragraph("说明文字可用的计算值：");
                doc.table(List.of("计算值", "含义"), kind.variables().stream()
                        .map((Variable v) -> List.of("{" + v.name() + "}", v.description())).toList(), 0);
            }
            doc.paragraph("示例：");
            doc.code(kind.example());
        }

        doc.heading(2, "facts", "事实和字段", null);
        doc.paragraph("facts 的取值和各列表的字段。“计算值”由 selfeval 根据字段算出，可以像字段一样使用。");
        for (Map.Entry<String, Class<? extends cn.selfeval.model.Fact>> list : FactLists.all().entrySet()) {
            String title = SubmissionSchema.get().listTitle(list.getKey());
            doc.heading(3, "facts-" + list.getKey().replace('.', '-'), list.getKey() + (title == null ? "" : "（" + title + "）"), null);
            List<List<String>> rows = new ArrayList<>();
            for (FieldRef field : FieldCatalog.ofList(list.getKey()).values()) {
                rows.add(List.of(field.name(), field.title() == null ? "—" : field.title(),
                        field.type().label() + (field.derived() ? "（计算值）" : ""), codes(field)));
            }
            doc.table(List.of("字段", "中文名", "类型", "可选值（代码：名称）"), rows, 0);
        }

        doc.heading(2, "laws", "法律依据", null);
        doc.paragraph("basis 中的每一项写作“简称 条款”，如 政府采购法 第四十六条、资产管理条例 第三十四条；简称登记在规则包的 laws.yaml 中"
                + "（全称 title、打印用的名称 cited、文号 number、类别 kind：statute 法律、regulation 行政法规、normative 规范性文件、"
                + "policy 政策要求、practice 评价实践）。同一部法规在所有报告中写法一致。");
        return doc;
    }

    private static String codes(FieldRef field) {
        if (field.type() != ValueType.ENUM) {
            return "";
        }
        return String.join("、", Arrays.stream(field.enumType().getEnumConstants())
                .map(c -> ((Labelled) c).code() + "：" + ((Labelled) c).label()).toList());
    }

    private static List<List<String>> rows(Map<String, String> entries) {
        return entries.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
    }
}
