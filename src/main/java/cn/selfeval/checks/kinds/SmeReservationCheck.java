package cn.selfeval.checks.kinds;

import cn.selfeval.checks.Check;
import cn.selfeval.checks.CheckContext;
import cn.selfeval.checks.Condition;
import cn.selfeval.checks.Evaluation;
import cn.selfeval.checks.OutcomeSpec;
import cn.selfeval.checks.ValueType;
import cn.selfeval.checks.Vocabulary.Variable;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.model.DeclaredList;
import cn.selfeval.model.Fact;
import cn.selfeval.model.ProcurementCategory;
import cn.selfeval.model.ProcurementProject;
import cn.selfeval.model.SmeReservation;
import cn.selfeval.rulepack.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kind: smeReservation — each procurement project against its SME reservation (政府采购促进中小企业发展, 财库〔2020〕46号
 * 第八、九条): a project up to the category's limit ({@code whollyReservedMax}) is to be reserved wholly for SMEs; above
 * it, at least {@code minReservedPercent} of its budget, of which {@code minSmallMicroPercent} for small and micro
 * enterprises; a project not reserved needs a stated reason why SMEs cannot supply it. Both limits are chosen by the
 * project's category; the share is read on the project's procurement date (a staged rise such as 财库〔2022〕19号
 * applies to activities started in its period). A project without any date gets {@code noDate} when the parameter
 * has more than one dated value (the date decides it), otherwise the value of the evaluation year.
 *
 * <p>Runs when the reservation list was declared (an undeclared list is a {@code missingFacts} check's concern).
 * Facts outside {@code only} and those a case decides are not judged further; a reservation naming no submitted
 * project is {@code unknownProject}; a declared list without any project is {@code noProjects}.
 *
 * <p>With {@code minPriceDeductionPercent} and {@code maxPriceDeductionPercent} (第九条: the price deduction for small and
 * micro enterprises' bids in a project not wholly reserved, a range read on the project's procurement date, as
 * 财库〔2022〕19号 raised it from 2022-07-01), each reserved-in-part or unreserved project also gets one of the
 * {@code priceDeduction…} outcomes.
 */
public final class SmeReservationCheck extends Check {

    public static final List<String> OUTCOMES = List.of("noProjects", "unreported", "whollyReserved",
            "notWhollyReserved", "notSuitable", "shareTooLow", "smallMicroTooLow", "shareMet", "noDate",
            "unknownProject", "otherYear", "priceDeductionUnreported", "priceDeductionNone", "priceDeductionOutOfRange",
            "priceDeductionMet", "priceDeductionNoDate");

    /** The outcomes a check with a price-deduction range must write. */
    public static final List<String> PRICE_DEDUCTION_OUTCOMES = OUTCOMES.subList(OUTCOMES.indexOf("priceDeductionUnreported"),
            OUTCOMES.size());

    public static final List<Variable> VARIABLES = List.of(
            new Variable("budget", "预算金额（万元）", "项目的采购预算金额", ValueType.NUMBER),
            new Variable("date", "采购活动日期", "预留比例按其取值的采购活动日期（开始日期；未填时依次取中标通知书、合同签订日期）",
                    ValueType.DATE),
            new Variable("max", "整体预留的预算上限（万元）", "该类别专门面向中小企业采购的预算金额上限", ValueType.NUMBER),
            new Variable("min", "最低预留比例（%）", "该类别、该日期适用的最低预留比例", ValueType.NUMBER),
            new Variable("whollyReservable", "在整体预留范围内", "预算不超过整体预留的上限", ValueType.BOOLEAN),
            new Variable("reservedWholly", "整体专门面向中小企业", ValueType.BOOLEAN),
            new Variable("reserved", "已预留份额", ValueType.BOOLEAN),
            new Variable("reservedAmount", "预留金额（万元）", "预留给中小企业的金额（整体预留的按项目预算）", ValueType.NUMBER),
            new Variable("activityYear", "采购活动年度", "采购活动日期所属的年度（otherYear 时）", ValueType.NUMBER),
            new Variable("reservedPercent", "预留比例（%）", "预留金额占项目预算的百分比", ValueType.NUMBER),
            new Variable("smallMicroAmount", "其中小微企业（万元）", "预留份额中给小微企业的金额", ValueType.NUMBER),
            new Variable("smallMicroPercent", "小微企业比例（%）", "小微企业金额占预留金额的百分比", ValueType.NUMBER),
            new Variable("reason", "不适宜由中小企业提供的理由", ValueType.TEXT),
            new Variable("projectCount", "采购项目数", "填报的采购项目数（noProjects 时为0）", ValueType.NUMBER),
            new Variable("projectId", "采购项目编号", "预留情况所填的项目编号（unknownProject）", ValueType.TEXT),
            new Variable("priceDeductionPercent", "价格扣除比例（%）", "对小微企业报价给予的价格扣除比例（未整体预留的项目）",
                    ValueType.NUMBER),
            new Variable("priceDeductionMin", "价格扣除比例下限（%）", "该类别、该日期适用的价格扣除比例下限", ValueType.NUMBER),
            new Variable("priceDeductionMax", "价格扣除比例上限（%）", "该类别、该日期适用的价格扣除比例上限", ValueType.NUMBER));

    /** A parameter chosen by the project's category. */
    public record ByCategory(Map<ProcurementCategory, String> parameters) {

        String of(ProcurementProject project) {
            return parameters.get(project.category());
        }
    }

    private final String reservations;
    private final Condition only;
    private final List<OutcomeSpec> cases;
    private final ByCategory whollyReservedMax;
    private final ByCategory minReservedPercent;
    private final String minSmallMicroPercent;
    private final PriceDeduction priceDeduction;
    private final Map<String, OutcomeSpec> outcomes;

    /** The range of the price deduction for small and micro enterprises, each bound chosen by category. */
    public record PriceDeduction(ByCategory min, ByCategory max) {
    }

    /** @param priceDeduction null when the check does not judge the price deduction */
    public SmeReservationCheck(Definition definition, String reservations, Condition only, List<OutcomeSpec> cases,
            ByCategory whollyReservedMax, ByCategory minReservedPercent, String minSmallMicroPercent,
            PriceDeduction priceDeduction, Map<String, OutcomeSpec> outcomes) {
        super(definition);
        this.reservations = reservations;
        this.only = only;
        this.cases = cases;
        this.whollyReservedMax = whollyReservedMax;
        this.minReservedPercent = minReservedPercent;
        this.minSmallMicroPercent = minSmallMicroPercent;
        this.priceDeduction = priceDeduction;
        this.outcomes = outcomes;
    }

    /** The list path of the reservations (the generic rule joins on it). */
    public String reservations() {
        return reservations;
    }

    /** Called by the generic rule with the declared reservation list, every project and every reservation. */
    public void evaluate(DeclaredList list, List<Fact> projects, List<Fact> reserved, CheckContext context) {
        Map<String, SmeReservation> byProject = new LinkedHashMap<>();
        for (Fact fact : reserved) {
            SmeReservation reservation = (SmeReservation) fact;
            byProject.putIfAbsent(reservation.projectId(), reservation);
        }
        if (projects.isEmpty()) {
            emit("noProjects", list, new Evaluation(list, Map.of("projectCount", 0), context));
        }
        java.util.Set<String> projectIds = new java.util.HashSet<>();
        for (Fact fact : projects) {
            ProcurementProject project = (ProcurementProject) fact;
            projectIds.add(project.id());
            judge(project, byProject.get(project.id()), context);
        }
        for (Fact fact : reserved) {
            SmeReservation reservation = (SmeReservation) fact;
            if (!projectIds.contains(reservation.projectId())) {
                emit("unknownProject", reservation,
                        new Evaluation(reservation, Map.of("projectId", reservation.projectId()), context));
            }
        }
    }

    private void judge(ProcurementProject project, SmeReservation reservation, CheckContext context) {
        Evaluation plain = new Evaluation(project, Map.of(), context);
        if (!only.test(plain)) {
            return;
        }
        for (OutcomeSpec c : cases) {
            if (c.when().test(plain)) {
                c.emit(project, plain);
                return;
            }
        }
        LocalDate dated = project.yearDate();
        if (dated != null && dated.getYear() != context.year()) {
            emit("otherYear", project, plain.with(Map.of("activityYear", dated.getYear())));
            return;
        }
        BigDecimal budget = project.budgetAmount();
        BigDecimal max = context.params().number(whollyReservedMax.of(project));
        boolean whollyReservable = budget.compareTo(max) <= 0;
        Map<String, Object> values = new HashMap<>();
        values.put("budget", budget);
        values.put("date", project.activityDate());
        values.put("max", max);
        values.put("whollyReservable", whollyReservable);
        if (reservation == null) {
            emit("unreported", project, plain.with(values));
            return;
        }
        values.put("reservedWholly", reservation.reservedWholly());
        values.put("reserved", reservation.reserved());
        values.put("reservedAmount", reservation.reservedAmountOf(budget));
        values.put("reservedPercent", reservation.reservedPercentOf(budget));
        values.put("smallMicroAmount", reservation.smallMicroAmount());
        values.put("smallMicroPercent", reservation.smallMicroPercentOf(budget));
        values.put("reason", reservation.notSuitableReason());
        values.put("priceDeductionPercent", reservation.priceDeductionPercent());
        Evaluation evaluation = plain.with(values);
        if (priceDeduction != null && !reservation.reservedWholly()) {
            judgePriceDeduction(project, reservation, evaluation, context);
        }
        if (!reservation.reservedWholly() && reservation.hasReason() && (!reservation.reserved() || whollyReservable)) {
            emit("notSuitable", project, evaluation);
            return;
        }
        if (whollyReservable) {
            emit(reservation.reservedWholly() ? "whollyReserved" : "notWhollyReserved", project, evaluation);
            return;
        }
        BigDecimal smallMicro = reservation.smallMicroPercentOf(budget);
        boolean smallMicroLow = reservation.reserved() && smallMicro != null
                && smallMicro.compareTo(context.params().number(minSmallMicroPercent)) < 0;
        BigDecimal min = minimumShare(project, context);
        BigDecimal share = reservation.reservedPercentOf(budget);
        if (min == null) {
            emit("noDate", project, evaluation);
        } else if (share != null) {
            evaluation = evaluation.with(Map.of("min", min, "reservedPercent", Rounding.beside(share, min)));
        } else {
            evaluation = evaluation.with(Map.of("min", min));
        }
        boolean shareLow = min != null && share != null && share.compareTo(min) < 0;
        if (shareLow) {
            emit("shareTooLow", project, evaluation);
        }
        if (smallMicroLow) {
            emit("smallMicroTooLow", project, evaluation);
        }
        if (min != null && !shareLow && !smallMicroLow && reservation.reserved()) {
            emit("shareMet", project, evaluation);
        }
    }

    /**
     * 第九条: a project not wholly reserved gives small and micro enterprises' bids a price deduction within the range
     * in force on its procurement date; none (0) counts as outside it.
     */
    private void judgePriceDeduction(ProcurementProject project, SmeReservation reservation, Evaluation evaluation,
            CheckContext context) {
        BigDecimal given = reservation.priceDeductionPercent();
        if (given == null) {
            emit("priceDeductionUnreported", project, evaluation);
            return;
        }
        BigDecimal min = onProjectDate(priceDeduction.min().of(project), project, context);
        BigDecimal max = onProjectDate(priceDeduction.max().of(project), project, context);
        if (min == null || max == null) {
            emit("priceDeductionNoDate", project, evaluation);
            return;
        }
        Evaluation ranged = evaluation.with(Map.of("priceDeductionMin", min, "priceDeductionMax", max));
        if (given.signum() == 0) {
            emit("priceDeductionNone", project, ranged);
        } else if (given.compareTo(min) < 0 || given.compareTo(max) > 0) {
            emit("priceDeductionOutOfRange", project, ranged);
        } else {
            emit("priceDeductionMet", project, ranged);
        }
    }

    /** The minimum share for the project (see {@link #onProjectDate}). */
    private BigDecimal minimumShare(ProcurementProject project, CheckContext context) {
        return onProjectDate(minReservedPercent.of(project), project, context);
    }

    /**
     * A parameter on the project's procurement date; without a date, the value for the evaluation year when the
     * parameter never changed, else null (the date would decide it).
     */
    private static BigDecimal onProjectDate(String name, ProcurementProject project, CheckContext context) {
        LocalDate date = project.activityDate();
        if (date != null) {
            return context.params().on(name, date);
        }
        Parameter parameter = context.params().get(name);
        return parameter.values().size() == 1 ? context.params().number(name) : null;
    }

    private void emit(String outcome, Fact fact, Evaluation evaluation) {
        OutcomeSpec spec = outcomes.get(outcome);
        if (spec != null) {
            spec.emit(fact, evaluation);
        }
    }
}
