package cn.selfeval.input;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.model.ExemptionType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks that go beyond the schema: ids that must be unique and project dates that contradict each other.
 * Works on the JSON tree so that it runs even when the schema found other errors; values the schema rejects
 * (wrong type, impossible date) are skipped here rather than reported twice.
 *
 * <p>A date whose field name is misspelled counts as unknown, not as absent, so that the typo is reported once
 * (by the schema) and does not also read as "contract never signed".
 *
 * <p>An intent published after procurement started is not checked: that is a late disclosure the rules
 * deduct for, not an input error.
 *
 * <p>An SME reservation whose figures contradict each other or the project's budget (整体专门面向中小企业 with a
 * 预留金额 other than the project's budget, more reserved than the project costs, more for small and micro firms
 * than was reserved) is an error naming both cells: the reserved share is what the SME check scores, and either
 * figure would give the indicator a different score, so no score is computed on a guess of which one the unit meant.
 */
final class ConsistencyChecker {

    private final SubmissionSchema schema;
    private final ProblemCollector problems;

    ConsistencyChecker(SubmissionSchema schema, ProblemCollector problems) {
        this.schema = schema;
        this.problems = problems;
    }

    /** Lists whose items must not share a key: path of the list (under the root), then the key field. */
    private static final List<String[]> UNIQUE_KEYS = List.of(
            new String[] {"procurementProjects", "id"},
            new String[] {"assetInventories", "id"},
            new String[] {"performanceIndicators", "id"},
            new String[] {"management.newBudgetProjects", "id"},
            new String[] {"management.financialFindings", "id"},
            new String[] {"management.budgetDisclosures", "id"},
            new String[] {"management.performanceDisclosures", "id"},
            new String[] {"management.performanceDocuments", "documentNumber"},
            new String[] {"management.evaluationFindings", "id"},
            new String[] {"management.performanceManagementSteps", "step"},
            new String[] {"management.procurementControls", "documentNumber"},
            new String[] {"management.officialReceptions", "id"},
            new String[] {"assetManagement.smeReservations", "projectId"},
            new String[] {"assetManagement.assetPurchases", "id"},
            new String[] {"assetManagement.assetIncomes", "id"},
            new String[] {"assetManagement.ledgerReconciliations", "id"},
            new String[] {"assetManagement.assetTransactions", "id"});

    void check(JsonNode document) {
        UNIQUE_KEYS.forEach(list -> uniqueKeys(document, list[0], list[1]));
        JsonNode projects = document.path("procurementProjects");
        if (projects.isArray()) {
            for (int i = 0; i < projects.size(); i++) {
                projectDates(NodePath.ROOT.property("procurementProjects").index(i), projects.get(i));
            }
        }
        smeReservations(document, projects);
        remittances(document);
    }

    /** 上缴金额 may be left out while the income is not remitted; with a 上缴国库日期 it is needed (the full-amount check). */
    private void remittances(JsonNode document) {
        NodePath list = NodePath.ROOT.property("assetManagement").property("assetIncomes");
        JsonNode incomes = document.path("assetManagement").path("assetIncomes");
        if (!incomes.isArray()) {
            return;
        }
        for (int i = 0; i < incomes.size(); i++) {
            JsonNode income = incomes.get(i);
            NodePath at = list.index(i);
            JsonNode amount = income.get("remittedAmount");
            if (income.isObject() && income.path("remittedOn").isTextual() && (amount == null || amount.isNull())
                    && !misspelled(income, at, "remittedAmount")) {
                problems.at(at.property("remittedAmount"), "填了" + title(at.property("remittedOn")) + "，就要填"
                        + title(at.property("remittedAmount")) + "（已缴入国库的金额，万元）");
            }
        }
    }

    private void smeReservations(JsonNode document, JsonNode projects) {
        NodePath list = NodePath.ROOT.property("assetManagement").property("smeReservations");
        JsonNode reservations = document.path("assetManagement").path("smeReservations");
        if (!reservations.isArray() || !projects.isArray()) {
            return;
        }
        Map<String, Integer> projectIndex = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            JsonNode id = projects.get(i).path("id");
            if (id.isTextual()) {
                projectIndex.putIfAbsent(id.asText(), i);
            }
        }
        for (int i = 0; i < reservations.size(); i++) {
            JsonNode reservation = reservations.get(i);
            Integer project = projectIndex.get(reservation.path("projectId").asText(""));
            NodePath at = list.index(i);
            NodePath budgetPath = NodePath.ROOT.property("procurementProjects").index(project == null ? 0 : project)
                    .property("budgetAmount");
            JsonNode budget = project == null ? null : projects.get(project).path("budgetAmount");
            if (budget != null && (!budget.isNumber() || budget.decimalValue().signum() < 0)) {
                budget = null; // the schema reports it; a contradiction with an unusable figure would only repeat that
            }
            JsonNode wholly = reservation.path("reservedWholly");
            JsonNode amount = reservation.path("reservedAmount");
            String id = reservation.path("projectId").asText("");
            if (budget != null && budget.isNumber() && amount.isNumber() && wholly.isBoolean()) {
                if (wholly.booleanValue() && amount.decimalValue().compareTo(budget.decimalValue()) != 0) {
                    problems.at(at.property("reservedAmount"), title(at.property("reservedWholly")) + "（"
                            + problems.where(at.property("reservedWholly")) + "）为" + yes()
                            + "，预留金额却是" + Numbers.plain(amount.decimalValue()) + "万元，与项目" + id + "的"
                            + title(budgetPath) + Numbers.plain(budget.decimalValue()) + "万元（" + problems.where(budgetPath)
                            + "）不符：整体专门面向中小企业的项目，预留金额填项目的采购预算金额；只预留了一部分的，"
                            + title(at.property("reservedWholly")) + "填" + no());
                } else if (!wholly.booleanValue() && amount.decimalValue().compareTo(budget.decimalValue()) > 0) {
                    problems.at(at.property("reservedAmount"), "预留金额" + Numbers.plain(amount.decimalValue())
                            + "万元超过项目" + id + "的" + title(budgetPath) + Numbers.plain(budget.decimalValue()) + "万元（"
                            + problems.where(budgetPath) + "）");
                }
            }
            JsonNode smallMicro = reservation.path("smallMicroAmount");
            JsonNode reserved = wholly.isBoolean() && wholly.booleanValue() ? budget : amount;
            String reservedWhere = reserved == budget ? title(budgetPath) + "（" + problems.where(budgetPath) + "，整体预留）"
                    : "预留金额（" + problems.where(at.property("reservedAmount")) + "）";
            if (reserved != null && reserved.isNumber() && smallMicro.isNumber()
                    && smallMicro.decimalValue().compareTo(reserved.decimalValue()) > 0) {
                problems.at(at.property("smallMicroAmount"), title(at.property("smallMicroAmount"))
                        + Numbers.plain(smallMicro.decimalValue()) + "万元超过" + reservedWhere
                        + Numbers.plain(reserved.decimalValue()) + "万元：小微企业的份额是预留金额的一部分");
            }
        }
    }

    private String yes() {
        return problems.fromWorkbook() ? "“是”" : " true";
    }

    private String no() {
        return problems.fromWorkbook() ? "“否”" : " false";
    }

    private void uniqueKeys(JsonNode document, String listPath, String key) {
        JsonNode items = document;
        NodePath array = NodePath.ROOT;
        for (String name : listPath.split("\\.")) {
            items = items.path(name);
            array = array.property(name);
        }
        if (!items.isArray()) {
            return;
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).path(key);
            if (!id.isTextual()) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(id.asText(), i);
            if (first != null) {
                NodePath path = array.index(i).property(key);
                problems.at(path, title(path) + "“" + id.asText() + "”重复，与" + problems.refer(array.index(first)) + "的相同");
            }
        }
    }

    private void projectDates(NodePath project, JsonNode node) {
        if (!node.isObject()) {
            return;
        }
        DateField started = date(project, node, "procurementStartedOn");
        DateField award = date(project, node, "awardNoticeOn");
        DateField signed = date(project, node, "contractSignedOn");
        notBefore(award, started);
        notBefore(signed, award);
        // 涉密 and 不可抗力 purchases fall outside the 政府采购法 (第85条) and may have no award notice.
        if (!outsideProcurementLaw(node)) {
            requires(signed, award);
        }
        for (String later : new String[] {"contractPublishedOn", "contractFiledOn"}) {
            DateField field = date(project, node, later);
            notBefore(field, signed);
            requires(field, signed);
        }
        // The steps of 实施条例 第四十三条 are optional; those given follow one another and the award.
        DateField evaluated = date(project, node, "evaluatedOn");
        DateField report = date(project, node, "evaluationReportOn");
        DateField confirmed = date(project, node, "winnerConfirmedOn");
        notBefore(evaluated, started);
        notBefore(report, evaluated);
        notBefore(confirmed, report);
        notBefore(award, confirmed);
        notBefore(date(project, node, "resultPublishedOn"), confirmed);
    }

    private static boolean outsideProcurementLaw(JsonNode project) {
        String type = project.path("exemption").path("type").asText("");
        return Arrays.stream(ExemptionType.values()).anyMatch(t -> t.code().equals(type) && t.outsideProcurementLaw());
    }

    /**
     * A date field of a project: absent (not reached), a real date, or unusable (reported by the schema). Its
     * title is looked up only for a message.
     */
    private final class DateField {
        private final NodePath path;
        private final boolean absent;
        private final LocalDate date;

        DateField(NodePath path, boolean absent, LocalDate date) {
            this.path = path;
            this.absent = absent;
            this.date = date;
        }

        NodePath path() {
            return path;
        }

        String title() {
            return ConsistencyChecker.this.title(path);
        }

        boolean absent() {
            return absent;
        }

        LocalDate date() {
            return date;
        }
    }

    private DateField date(NodePath project, JsonNode node, String name) {
        NodePath path = project.property(name);
        JsonNode value = node.get(name);
        if (value == null && misspelled(node, project, name)) {
            return new DateField(path, false, null);
        }
        if (value == null || value.isNull()) {
            return new DateField(path, true, null);
        }
        LocalDate date = null;
        if (value.isTextual()) {
            date = IsoDates.parse(value.asText());
        }
        return new DateField(path, false, date);
    }

    /** True when the object has an unknown field that looks like a misspelling of {@code name}. */
    private boolean misspelled(JsonNode node, NodePath object, String name) {
        SchemaField field = schema.field(object);
        if (field == null) {
            return false;
        }
        List<String> accepted = field.propertyNames();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String present = it.next();
            if (!accepted.contains(present) && name.equals(Spelling.closest(present, accepted))) {
                return true;
            }
        }
        return false;
    }

    private void notBefore(DateField later, DateField earlier) {
        if (later.date() != null && earlier.date() != null && later.date().isBefore(earlier.date())) {
            problems.at(later.path(), later.title() + "（" + later.date() + "）早于" + earlier.title()
                    + "（" + earlier.date() + "）");
        }
    }

    private void requires(DateField later, DateField earlier) {
        if (later.date() != null && earlier.absent()) {
            problems.at(later.path(), "填了" + later.title() + "，却没有" + earlier.title()
                    + "（" + problems.fieldRef(earlier.path()) + "）");
        }
    }

    private String title(NodePath path) {
        String title = schema.title(path);
        return title == null ? String.valueOf(path.elements().get(path.elements().size() - 1)) : title;
    }
}
