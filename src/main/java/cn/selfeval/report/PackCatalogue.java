package cn.selfeval.report;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.Deduction;
import cn.selfeval.checks.Law;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.OutcomeStatus;
import cn.selfeval.engine.RuleInfo;
import cn.selfeval.rulepack.CalendarReach;
import cn.selfeval.rulepack.DatedValue;
import cn.selfeval.rulepack.DrlScanner;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.rulepack.Parameter;
import cn.selfeval.rulepack.Parameters;
import cn.selfeval.rulepack.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue of a rule pack — the scoring guide a unit can be handed and the map a reviewer checks against:
 * a table of contents, then every indicator with its points and each check that scores it: its legal basis, how
 * much each finding deducts ("每份合同扣0.5分，扣完为止"), the outcomes that deduct, the internal ones set apart
 * (符合、不适用、无法判定 …), and the parameters by their Chinese names with every dated value and its source.
 * Indicators no check scores are marked 未检查. Ends with the laws the pack cites. Markdown and one HTML page.
 */
public final class PackCatalogue {

    static final String UNCHECKED = "未检查";

    private static final Map<String, String> KINDS = Map.of("condition", "逐项条件", "deadline", "期限",
            "rate", "比率限值", "proportional", "按比例计分", "missingFacts", "未提供事实", "required", "必须具备",
            "completion", "绩效指标完成率");

    private final CompiledPack compiled;
    private final RulePack pack;
    private final Parameters yearParameters;
    private final int year;
    private final LocalDate generatedOn;

    private PackCatalogue(CompiledPack compiled, LocalDate generatedOn) {
        this.compiled = compiled;
        this.pack = compiled.pack();
        this.year = pack.manifest().years().stream().max(Integer::compare).orElse(generatedOn.getYear());
        this.yearParameters = pack.parameters().forYear(year);
        this.generatedOn = generatedOn;
    }

    public static String markdown(CompiledPack compiled) {
        return new PackCatalogue(compiled, LocalDate.now()).document().markdown();
    }

    public static String html(CompiledPack compiled) {
        return new PackCatalogue(compiled, LocalDate.now()).document().html();
    }

    /** The Content-Security-Policy hash of {@link #html}'s one inline style block. */
    public static String htmlStyleHash() {
        return CatalogueDocument.styleHash();
    }

    private CatalogueDocument document() {
        PackManifest m = pack.manifest();
        CatalogueDocument doc = new CatalogueDocument("规则目录：" + (m.name() == null ? m.id() : m.name()));
        doc.items(facts(), null, null);
        doc.heading(2, "toc", "目录", null);
        List<String> toc = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        pack.framework().indicators().forEach(root -> toc(root, 0, toc, anchors, depths));
        toc.add("法律依据");
        anchors.add("laws");
        depths.add(0);
        doc.items(toc, anchors, depths);
        pack.framework().indicators().forEach(root -> indicator(doc, root, 0));
        laws(doc);
        return doc;
    }

    private List<String> facts() {
        PackManifest m = pack.manifest();
        long leaves = pack.framework().byCode().values().stream().filter(Indicator::leaf).count();
        long unchecked = pack.framework().byCode().values().stream().filter(i -> i.leaf() && unchecked(i)).count();
        long handWritten = compiled.rules().stream().filter(r -> r.file().endsWith(".drl")).count();
        List<String> facts = new ArrayList<>();
        facts.add("规则包：" + m.id() + "（版本 " + m.version() + "）" + (m.draft() ? "，草稿" : ""));
        facts.add("内容哈希：" + pack.contentHash());
        if (m.region() != null) {
            facts.add("适用地区：" + m.region() + (m.districts().isEmpty() ? "" : "：" + String.join("、", m.districts())));
        }
        facts.add("适用年度：" + String.join("、", m.years().stream().map(String::valueOf).toList()));
        facts.add("指标体系：" + pack.framework().name() + "（总分 " + Numbers.plain(pack.framework().totalPoints()) + " 分）"
                + (pack.framework().source() == null ? "" : "，来源：" + pack.framework().source()));
        if (m.frameworkVerifiedFor() != null) {
            List<String> standIn = m.districts().stream().filter(d -> !m.frameworkVerifiedFor(d)).toList();
            facts.add("指标体系已核实的区：" + (m.frameworkVerifiedFor().isEmpty() ? "无" : String.join("、", m.frameworkVerifiedFor()))
                    + (standIn.isEmpty() ? "" : "；" + String.join("、", standIn) + "自己的评分表未经核实，以本指标体系代替，评分表上注明"));
        }
        if (m.frameworkCaveat() != null && !m.frameworkCaveat().isBlank()) {
            facts.add("指标体系未全部核实：" + m.frameworkCaveat().strip());
        }
        facts.add("检查：" + compiled.checks().size() + " 项以数据写成（*.checks.yaml）、" + handWritten + " 条手写规则（*.drl）；末级指标 "
                + leaves + " 项，其中 " + (leaves - unchecked) + " 项由检查评分、" + unchecked + " 项" + UNCHECKED + "（需人工评分）");
        facts.add(CalendarReach.description(pack));
        facts.add("扣分标准按 " + year + " 年度的参数取值；各年度的取值见各指标的参数表");
        facts.add("生成日期：" + generatedOn);
        return facts;
    }

    private void toc(Indicator indicator, int depth, List<String> toc, List<String> anchors, List<Integer> depths) {
        toc.add(heading(indicator) + (indicator.leaf() && unchecked(indicator) ? " — " + UNCHECKED : ""));
        anchors.add(anchor(indicator));
        depths.add(depth);
        indicator.children().forEach(child -> toc(child, depth + 1, toc, anchors, depths));
    }

    private void indicator(CatalogueDocument doc, Indicator indicator, int depth) {
        boolean unchecked = indicator.leaf() && unchecked(indicator);
        doc.heading(depth + 2, anchor(indicator), heading(indicator), unchecked ? UNCHECKED : null);
        if (unchecked) {
            doc.note("没有检查给该指标评分，需人工评分。");
        }
        if (indicator.leaf()) {
            for (Check check : checksOf(indicator)) {
                check(doc, check, depth + 3);
            }
            List<RuleInfo> handWritten = compiled.rules().stream()
                    .filter(r -> r.indicatorCode().equals(indicator.code()) && r.file().endsWith(".drl"))
                    .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name)).toList();
            if (!handWritten.isEmpty()) {
                doc.paragraph("手写规则（" + handWritten.get(0).citation() + "）：");
                doc.table(List.of("规则", "文件", "法律依据"), handWritten.stream()
                        .map(r -> List.of(r.name(), r.citation(), r.legalBasis())).toList(), 1);
            }
            parameters(doc, indicator);
        }
        indicator.children().forEach(child -> indicator(doc, child, depth + 1));
    }

    private void check(CatalogueDocument doc, Check check, int level) {
        Check.Definition d = check.definition();
        doc.heading(Math.min(6, level), null, "检查「" + d.name() + "」", KINDS.getOrDefault(d.kind(), d.kind()) + "，"
                + pack.citePath(d.position().file()) + ":" + d.position().line());
        if (d.description() != null) {
            doc.paragraph(d.description());
        }
        List<OutcomeSpec> deducting = d.outcomes().stream().filter(o -> o.status() == OutcomeStatus.DEDUCTED).toList();
        doc.table(List.of("扣分的结果", "扣分标准", "法律依据", "说明（模板）"), distinct(deducting).stream()
                .map(o -> List.of(o.rule().name(), deduction(o, check), o.rule().legalBasis(), o.message().text()))
                .toList(), -1);
        if (d.improvement() != null) {
            doc.paragraph("整改建议（模板）：" + d.improvement());
        }
        List<OutcomeSpec> internal = distinct(d.outcomes().stream().filter(o -> o.status() != OutcomeStatus.DEDUCTED).toList());
        if (!internal.isEmpty()) {
            doc.paragraph("不扣分的结果（" + String.join("；", internal.stream()
                    .map(o -> o.status().label() + "：" + o.rule().name()).toList()) + "）");
        }
    }

    /** One row per rule name (a check may state one rule in several variants). */
    private static List<OutcomeSpec> distinct(List<OutcomeSpec> outcomes) {
        Set<String> seen = new TreeSet<>();
        return outcomes.stream().filter(o -> seen.add(o.rule().name())).toList();
    }

    /** "每份合同扣0.5分，扣完为止", "扣除本指标全部分值（2分）", "每超出1个百分点扣0.2分…". */
    private String deduction(OutcomeSpec outcome, Check check) {
        Deduction d = outcome.deduction();
        return switch (d.form()) {
            case "parameter" -> perCase(d.parameters().values().iterator().next());
            case "all" -> "扣除本指标全部分值（" + Numbers.plain(pack.framework().points(check.indicator())) + "分）";
            case "byValue" -> "按" + d.by() + "分别扣：" + String.join("、", d.parameters().entrySet().stream()
                    .map(e -> e.getKey() + " " + Numbers.plain(yearParameters.number(e.getValue())) + "分").toList())
                    + "，扣完为止";
            case "perPoint" -> "每超出（或低于）限值1个百分点扣" + d.parameters().keySet().stream().findFirst()
                    .map(p -> Numbers.plain(yearParameters.number(p))).orElse("?") + "分，不足1个百分点按1个计，扣完为止";
            case "scale" -> "按比率所在的档次扣分（" + d.parameters().keySet().stream().findFirst()
                    .map(p -> brackets(yearParameters.scale(p))).orElse("?") + "），扣完为止";
            case "shortfall" -> "按比例计分，扣除分值与得分之差";
            case "share" -> "扣除该项指标的分值";
            default -> "";
        };
    }

    /** "每份逾期签订（或逾期未签订）的合同扣分（扣完为止）：0.5分" — the parameter's own wording, with its value. */
    private String perCase(String parameter) {
        Parameter p = pack.parameters().get(parameter);
        BigDecimal value = yearParameters.number(parameter);
        String unit = p.unit() == null ? "分" : p.unit();
        String amount = Numbers.plain(value) + (unit.startsWith("分") ? "分" : unit);
        if (p.label() != null) {
            return p.label() + "：" + amount;
        }
        return unit.startsWith("分/") ? "每" + unit.substring(2) + "扣" + amount + "，扣完为止" : "扣" + amount;
    }

    private void parameters(CatalogueDocument doc, Indicator indicator) {
        Set<String> names = new TreeSet<>();
        checksOf(indicator).forEach(c -> names.addAll(c.definition().parameters()));
        DrlScanner.Scan scan = DrlScanner.scan(pack.ruleFiles());
        Set<String> drlRules = new TreeSet<>();
        compiled.rules().stream().filter(r -> r.indicatorCode().equals(indicator.code()) && r.file().endsWith(".drl"))
                .forEach(r -> drlRules.add(r.file() + "\n" + r.name()));
        for (DrlScanner.ParameterUse use : scan.parameterUses()) {
            // A use outside every rule is in a function of the file, which its rules call.
            if (drlRules.stream().anyMatch(k -> k.startsWith(use.file() + "\n")
                    && (use.rule() == null || k.equals(use.file() + "\n" + use.rule())))) {
                names.add(use.parameter());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            if (pack.parameters().contains(name)) {
                rows.addAll(parameterRows(pack.parameters().get(name)));
            }
        }
        if (!rows.isEmpty()) {
            doc.paragraph("参数：");
            doc.table(List.of("参数", "取值", "单位", "来源", "适用期间"), rows, -1);
        }
    }

    /** One row per dated value: "30 | 2021-01-01 至 2022-06-30", "40 | 2022-07-01 至 2022-12-31", "30 | 2023-01-01 起". */
    private static List<List<String>> parameterRows(Parameter p) {
        List<List<String>> rows = new ArrayList<>();
        List<DatedValue> values = p.values();
        for (int i = 0; i < values.size(); i++) {
            DatedValue value = values.get(i);
            String period = i + 1 < values.size()
                    ? value.from() + " 至 " + values.get(i + 1).from().minusDays(1) : value.from() + " 起";
            String name = i == 0 ? (p.label() == null ? p.name() : p.label() + "（" + p.name() + "）") : "";
            String shown = value.scale() == null ? Numbers.plain(value.value()) : brackets(value.scale());
            rows.add(List.of(name, shown, p.unit() == null ? "—" : p.unit(), value.source().describe(), period));
        }
        return rows;
    }

    /** A scale in words: "不超过5%：0分；超过5%、不超过10%：1分；…". */
    private static String brackets(cn.selfeval.rulepack.Scale scale) {
        return String.join("；", scale.brackets().stream()
                .map(b -> b.description() + "：" + Numbers.plain(b.amount()) + "分").toList());
    }

    private void laws(CatalogueDocument doc) {
        doc.heading(2, "laws", "法律依据", null);
        Map<String, Law> laws = compiled.laws().all();
        if (laws.isEmpty()) {
            doc.paragraph("本规则包没有法律依据登记表（laws.yaml），依据按规则中的原文显示。");
            return;
        }
        doc.table(List.of("引用名", "名称", "文号", "类别"), laws.values().stream()
                .map(l -> List.of(l.key(), l.title(), l.number() == null ? "—" : l.number(), lawKind(l.kind()))).toList(), -1);
    }

    private static String lawKind(String kind) {
        return switch (kind) {
            case "statute" -> "法律";
            case "regulation" -> "行政法规";
            case "normative" -> "规范性文件";
            case "policy" -> "政策要求";
            default -> "评价实践";
        };
    }

    private List<Check> checksOf(Indicator indicator) {
        return compiled.checks().stream().filter(c -> c.indicator().equals(indicator.code())).toList();
    }

    private boolean unchecked(Indicator indicator) {
        return compiled.rules().stream().noneMatch(r -> r.indicatorCode().equals(indicator.code()));
    }

    private static String heading(Indicator indicator) {
        return indicator.code() + " " + indicator.name() + "（" + Numbers.plain(indicator.points()) + " 分）";
    }

    private static String anchor(Indicator indicator) {
        return "i-" + indicator.code().replace('.', '-');
    }

    static String escape(String text) {
        return CatalogueDocument.escape(text);
    }
}
