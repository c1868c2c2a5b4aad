package cn.selfeval.cli;

import java.math.BigDecimal;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.check.Checker;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.report.OutcomeText;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain",
        description = {"逐项说明一份填报中某个指标或某个事实（采购项目、盘点等）经过的每一项检查：",
                "比较了哪些值、要求是什么、结果如何（包括符合、豁免、不适用的检查）。"})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "填报文件", description = "要说明的填报表 .xlsx 或填报数据 .json 文件")
    Path submission;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--indicator", paramLabel = "指标代码", description = "如 B5.4；上级指标包括其下全部末级指标")
        String indicator;

        @Option(names = "--fact", paramLabel = "事实编号", description = "如采购项目编号 ZC2023-004、盘点编号；没有编号的事实写其名称，如 公务接待费")
        String fact;
    }

    @Option(names = "--pack", paramLabel = "规则包目录", description = "不指定时按填报年度和区选择")
    Path pack;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScoreCard card;
        try {
            Checker.Result result = new PackChoice(pack).check(submission);
            card = result.card();
        } catch (InvalidSubmissionException e) {
            return Problems.invalidSubmission(err, submission, e, "未说明");
        } catch (RulePackException e) {
            return Problems.rulePack(err, submission, e, "未说明");
        }
        int exit = target.indicator != null ? explainIndicator(card, out, err) : explainFact(card, out, err);
        out.flush();
        err.flush();
        return exit;
    }

    private int explainIndicator(ScoreCard card, PrintWriter out, PrintWriter err) {
        IndicatorScore indicator = card.flatten().filter(i -> i.code().equals(target.indicator)).findFirst().orElse(null);
        if (indicator == null) {
            err.println("指标体系中没有指标 " + target.indicator + "；可用：" + card.flatten()
                    .map(IndicatorScore::code).collect(Collectors.joining("、")));
            return ExitCode.USAGE;
        }
        List<IndicatorScore> leaves = indicator.leaves();
        for (IndicatorScore leaf : leaves) {
            out.printf("%s %s    满分 %s，%s%n", leaf.code(), leaf.name(), fmt(leaf.points()),
                    leaf.score() == null ? "未检查（规则包中没有该指标的规则）" : "计算得分 " + fmt(leaf.score()));
            byFact(leaf.outcomes()).forEach((fact, outcomes) -> {
                out.println("  " + fact);
                outcomes.forEach(o -> OutcomeText.lines(o, "    ").forEach(out::println));
            });
        }
        return ExitCode.OK;
    }

    private int explainFact(ScoreCard card, PrintWriter out, PrintWriter err) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        card.flatten().flatMap(i -> i.outcomes().stream()).forEach(o -> {
            names.put(o.factId(), factLabel(o));
            shown.put(o.factId(), shownName(o));
        });
        String id = names.containsKey(target.fact) ? target.fact : shown.entrySet().stream()
                .filter(e -> e.getValue().equals(target.fact)).map(Map.Entry::getKey).findFirst().orElse(null);
        if (id == null) {
            err.println("没有检查涉及事实 " + target.fact + "；被检查过的事实：" + String.join("、", new java.util.LinkedHashSet<>(shown.values())));
            return ExitCode.USAGE;
        }
        out.println(names.get(id));
        card.indicators().stream().flatMap(i -> i.leaves().stream()).forEach(leaf -> {
            List<CheckOutcome> outcomes = leaf.outcomes().stream().filter(o -> o.factId().equals(id)).toList();
            if (!outcomes.isEmpty()) {
                out.printf("  %s %s（满分 %s）%n", leaf.code(), leaf.name(), fmt(leaf.points()));
                outcomes.forEach(o -> OutcomeText.lines(o, "    ").forEach(out::println));
            }
        });
        return ExitCode.OK;
    }

    /** A fact as --fact accepts it: its id as the unit wrote it (ZC2023-004), or its name when the id is a field key. */
    private static String shownName(CheckOutcome o) {
        return FIELD_KEY.matcher(o.factId()).matches() && o.factName() != null && !o.factName().isBlank()
                ? o.factName() : o.factId();
    }

    /** An id that is one of selfeval's field names (officialReception, management.financialFindings), not the unit's. */
    private static final java.util.regex.Pattern FIELD_KEY = java.util.regex.Pattern.compile("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)*");

    private static Map<String, List<CheckOutcome>> byFact(List<CheckOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(ExplainCommand::factLabel, LinkedHashMap::new,
                Collectors.toList()));
    }

    /** "采购项目 ZC2023-004「…」"; a fact whose id is a field key is shown by its kind and name only (“三公”经费「公务接待费」). */
    private static String factLabel(CheckOutcome o) {
        boolean key = FIELD_KEY.matcher(o.factId()).matches() && o.factName() != null && !o.factName().isBlank();
        return o.factKind() + (key ? "" : " " + o.factId()) + "「" + o.factName() + "」";
    }

    private static String fmt(BigDecimal value) {
        return Numbers.plain(value);
    }
}
