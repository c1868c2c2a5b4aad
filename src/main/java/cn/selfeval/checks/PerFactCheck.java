package cn.selfeval.checks;

import cn.selfeval.model.DeclaredList;
import cn.selfeval.model.Fact;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A check that judges each fact of its list on its own — or, with {@code scope: total}, the list as a whole once
 * (e.g. the "三公" total): its {@code values} are computed over the facts, and the outcome is recorded on the list.
 * Facts outside {@code only} are not its concern (no outcome; for a total, not added up); then its {@code cases}
 * are tried in order and the first that holds decides the fact's outcome (e.g. 豁免); then the kind's
 * evaluation-year attribution ({@link #attributesByYearDate}); otherwise its kind judges the fact.
 *
 * <p>Attribution, one rule for every per-fact kind but the deadline: a fact belongs to the evaluation year in which
 * its {@linkplain Fact#yearDate() year date} falls (a project by the day its procurement started, a count by its
 * day); a fact dated in another year is 不适用 on this year's card ({@code otherYear}) and is judged on the card of
 * its own year. A fact without a year date (a cost line, a finding still open) belongs to the submission's year.
 */
public abstract class PerFactCheck extends Check {

    /** The outcome of a fact that belongs to another evaluation year. */
    public static final String OTHER_YEAR = "otherYear";

    /** The values an other-year outcome's message may use. */
    public static final List<Vocabulary.Variable> OTHER_YEAR_VARIABLES = List.of(
            new Vocabulary.Variable("yearDate", "归属日期", "决定事实归属年度的日期（otherYear 时）：事实的日期，或期限届满日", ValueType.DATE),
            new Vocabulary.Variable("yearDateLabel", "归属日期名称", "该日期的名称（otherYear 时），如 采购活动日期", ValueType.TEXT),
            new Vocabulary.Variable("attributedYear", "归属年度", "事实所属的评价年度（otherYear 时）", ValueType.NUMBER));

    /** The fact judged in words: 采购项目ZC2023-004「…」, 公务接待费, for a total the list (“三公”经费). */
    public static final Vocabulary.Variable SUBJECT = new Vocabulary.Variable("subject", "事实",
            "所判断的事实：类别、编号和名称，如 采购项目ZC2023-004「…」；合计时为列表名称", ValueType.TEXT);

    /** The kind's own message for a fact of another year, when the check writes none. */
    public static final String OTHER_YEAR_MESSAGE =
            "{subject}：{yearDateLabel}{yearDate}，属于{attributedYear}年度，在该年度评价，本年度（{evaluationYear}）不适用。";

    private final Condition only;
    private final List<OutcomeSpec> cases;
    private Shape shape = new Shape(DerivedValues.NONE, false, null);

    /** What every per-fact kind may add: values defined in the pack, the scope, the other-year outcome. */
    public record Shape(DerivedValues values, boolean total, OutcomeSpec otherYear) {
    }

    protected PerFactCheck(Definition definition, Condition only, List<OutcomeSpec> cases) {
        super(definition);
        this.only = only;
        this.cases = cases;
    }

    /** Set once by the loader, before the check runs. */
    void shape(Shape shape) {
        this.shape = shape;
    }

    /** Whether the check judges its list as a whole ({@code scope: total}) rather than each fact. */
    public boolean total() {
        return shape.total();
    }

    /** Called by the generic rule for every fact of the list (checks judging each fact). */
    public final void evaluate(Fact fact, CheckContext context) {
        Evaluation evaluation = new Evaluation(fact, Map.of("subject", subject(fact)), context);
        if (!only.test(evaluation)) {
            return;
        }
        evaluation = shape.values().apply(evaluation, List.of(fact));
        for (OutcomeSpec c : cases) {
            if (c.when().test(evaluation)) {
                c.emit(fact, evaluation);
                return;
            }
        }
        LocalDate dated = fact.yearDate();
        if (attributesByYearDate() && dated != null && dated.getYear() != context.year()) {
            emit(shape.otherYear(), fact, otherYear(fact, evaluation, dated, fact.yearDateLabel()));
            return;
        }
        judge(fact, evaluation);
    }

    /** Called by the generic rule once with the declared list and all its facts (checks with scope: total). */
    public final void evaluateTotal(DeclaredList list, List<Fact> facts, CheckContext context) {
        List<Fact> counted = facts.stream().filter(f -> only.test(new Evaluation(f, Map.of(), context))).toList();
        Evaluation evaluation = shape.values().apply(new Evaluation(list, Map.of("count", counted.size(),
                "subject", list.factName()), context), counted);
        for (OutcomeSpec c : cases) {
            if (c.when().test(evaluation)) {
                c.emit(list, evaluation);
                return;
            }
        }
        judge(list, evaluation);
    }

    /** The evaluation of a fact attributed to the year of {@code dated}, for the other-year outcome. */
    protected static Evaluation otherYear(Fact fact, Evaluation evaluation, LocalDate dated, String label) {
        return evaluation.with(Map.of("yearDate", dated, "yearDateLabel", label, "attributedYear", dated.getYear()));
    }

    private static String subject(Fact fact) {
        if (fact instanceof cn.selfeval.model.NamedFact) {
            return fact.factKind() + fact.factId() + "「" + fact.factName() + "」";
        }
        return fact.factName();
    }

    /** The outcome of a fact of another year: the check's own, or the kind's. */
    protected OutcomeSpec otherYearOutcome() {
        return shape.otherYear();
    }

    /** False for kinds that attribute a fact to a year by a date of their own (the deadline kind: its last day). */
    protected boolean attributesByYearDate() {
        return true;
    }

    /**
     * Whether its kind judges the fact: the fact is within {@code only} and none of its {@code cases} (an exemption,
     * a fact outside the evaluation year …) decides it first.
     */
    public final boolean judgedByKind(Fact fact, CheckContext context) {
        Evaluation evaluation = new Evaluation(fact, Map.of(), context);
        return only.test(evaluation) && cases.stream().noneMatch(c -> c.when().test(evaluation));
    }

    protected abstract void judge(Fact fact, Evaluation evaluation);

    /** Records an outcome when the check defines it (an outcome left out means: nothing to say). */
    protected static void emit(OutcomeSpec spec, Fact fact, Evaluation evaluation) {
        if (spec != null) {
            spec.emit(fact, evaluation);
        }
    }
}
