package cn.selfeval.web.review;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.report.ScoreCardDiff;
import cn.selfeval.review.AuditEntry;
import cn.selfeval.review.Decision;
import cn.selfeval.review.IndicatorReview;
import cn.selfeval.review.OutcomeReview;
import cn.selfeval.review.Publication;
import cn.selfeval.review.Round;
import cn.selfeval.review.RoundView;
import cn.selfeval.review.UnitDetail;
import cn.selfeval.review.UnitSummary;
import cn.selfeval.review.UploadResult;
import cn.selfeval.review.Version;
import cn.selfeval.watch.WatchJson;
import cn.selfeval.watch.WatchStatus;
import cn.selfeval.web.view.RoundWatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review API's answers as JSON documents (field names as the OpenAPI file names them). */
public final class ReviewJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReviewJson() {
    }

    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> rounds(List<RoundView> rounds) {
        return doc("rounds", rounds.stream().map(r -> round(r, false)).toList());
    }

    public static Map<String, Object> round(RoundView view, boolean withUnits) {
        Round r = view.round();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("year", r.year());
        m.put("district", r.district());
        m.put("pack", r.pack());
        m.put("createdAt", r.createdAt().toString());
        m.put("createdBy", r.createdBy().name());
        RoundView.Progress p = view.progress();
        m.put("progress", Map.of("units", p.units(), "submitted", p.submitted(), "checked", p.checked(),
                "reviewed", p.reviewed(), "published", p.published()));
        if (withUnits) {
            m.put("units", view.units().stream().map(ReviewJson::unit).toList());
            m.put("unmatched", view.unmatched().stream().map(ReviewJson::version).toList());
        }
        return m;
    }

    public static Map<String, Object> unit(UnitSummary u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("name", u.name());
        m.put("onRoster", u.onRoster());
        m.put("status", u.status().code());
        m.put("statusLabel", u.status().label());
        m.put("versions", u.versions());
        m.put("selfScore", num(u.selfScore()));
        m.put("computedScore", num(u.computed()));
        m.put("reviewedScore", num(u.reviewed()));
        m.put("grade", u.grade());
        m.put("deductions", u.deductions());
        m.put("mainProblems", u.mainProblems());
        return m;
    }

    public static Map<String, Object> unitDetail(UnitDetail d) {
        Map<String, Object> m = unit(d.unit());
        m.put("round", d.round().id());
        m.put("versionList", d.versions().stream().map(ReviewJson::version).toList());
        m.put("currentVersion", d.current() == null ? null : d.current().number());
        if (d.review() != null) {
            m.put("indicators", d.review().indicators().stream().map(ReviewJson::indicator).toList());
            m.put("outcomes", d.review().outcomes().stream().map(ReviewJson::outcome).toList());
            m.put("manualDeductions", d.review().manual().stream().map(ReviewJson::outcome).toList());
            m.put("notApplicable", d.review().notApplicable().stream().map(ReviewJson::decision).toList());
        }
        m.put("decisions", d.history().stream().map(ReviewJson::decision).toList());
        m.put("publications", d.publications().stream().map(ReviewJson::publication).toList());
        return m;
    }

    public static Map<String, Object> version(Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", v.number());
        m.put("unit", v.unitId());
        m.put("fileName", v.fileName());
        m.put("sha256", v.sha256());
        m.put("checked", v.checked());
        m.put("refusal", v.refusal());
        m.put("problems", v.problems());
        m.put("pack", v.packId() == null ? null : Map.of("id", v.packId(), "version", v.packVersion(), "contentHash", v.packHash()));
        m.put("selfScore", num(v.selfScore()));
        m.put("computedScore", num(v.computed()));
        m.put("uploadedAt", v.uploadedAt().toString());
        m.put("uploadedBy", v.uploadedBy().name());
        m.put("uploadedFrom", v.uploadedBy().address());
        return m;
    }

    private static Map<String, Object> indicator(IndicatorReview i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("points", num(i.points()));
        m.put("selfScore", num(i.selfScore()));
        m.put("computedScore", num(i.computed()));
        m.put("reviewedScore", num(i.reviewed()));
        return m;
    }

    private static Map<String, Object> outcome(OutcomeReview o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", o.key());
        m.put("indicator", o.indicatorCode());
        CheckOutcome c = o.outcome();
        m.put("rule", c == null ? null : c.ruleName());
        m.put("ruleFile", c == null ? null : c.ruleFile());
        m.put("factId", c == null ? null : c.factId());
        m.put("status", c == null ? "MANUAL" : c.status().name());
        m.put("explanation", c == null ? o.decision().reason() : c.explanation());
        m.put("legalBasis", c == null ? o.decision().basis() : c.legalBasis());
        m.put("rulePoints", num(o.rulePoints()));
        m.put("reviewedPoints", num(o.reviewedPoints()));
        m.put("state", o.state());
        m.put("decision", o.decision() == null ? null : decision(o.decision()));
        return m;
    }

    public static Map<String, Object> decision(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("outcome", d.outcomeKey());
        m.put("step", d.step());
        m.put("action", d.action().code());
        m.put("actionLabel", d.action().label());
        m.put("indicator", d.indicatorCode());
        m.put("points", num(d.points()));
        m.put("reason", d.reason());
        m.put("basis", d.basis());
        m.put("decidedAt", d.decidedAt().toString());
        m.put("decidedBy", d.decidedBy().name());
        m.put("decidedFrom", d.decidedBy().address());
        return m;
    }

    public static Map<String, Object> publication(Publication p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("versionId", p.versionId());
        m.put("selfScore", num(p.selfScore()));
        m.put("computedScore", num(p.computed()));
        m.put("reviewedScore", num(p.reviewed()));
        m.put("grade", p.grade());
        m.put("publishedAt", p.publishedAt().toString());
        m.put("publishedBy", p.publishedBy().name());
        return m;
    }

    public static Map<String, Object> uploads(List<UploadResult> results, List<Map<String, Object>> notRead) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formatVersion", "1");
        m.put("tool", "selfeval");
        m.put("submissions", results.stream().map(r -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("fileName", r.fileName());
            e.put("unit", r.unitId());
            e.put("unitName", r.unitName());
            e.put("duplicate", r.duplicate());
            e.put("version", version(r.version()));
            return e;
        }).toList());
        m.put("notRead", notRead);
        return m;
    }

    public static Map<String, Object> diff(ScoreCardDiff d, int from, int to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("scoreBefore", num(d.scoreBefore()));
        m.put("scoreAfter", num(d.scoreAfter()));
        m.put("scoreChanges", d.scoreChanges().stream().map(c -> Map.of("code", c.code(), "name", c.name(),
                "before", String.valueOf(c.before() == null ? null : Numbers.plain(c.before())),
                "after", String.valueOf(c.after() == null ? null : Numbers.plain(c.after())))).toList());
        m.put("addedDeductions", d.addedDeductions().stream().map(ReviewJson::deduction).toList());
        m.put("removedDeductions", d.removedDeductions().stream().map(ReviewJson::deduction).toList());
        m.put("changedDeductions", d.changedDeductions().stream().map(c -> Map.of("before", deduction(c.before()),
                "after", deduction(c.after()))).toList());
        return m;
    }

    private static Map<String, Object> deduction(CheckOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", cn.selfeval.report.OutcomeKey.of(o));
        m.put("points", num(o.points()));
        m.put("explanation", o.explanation());
        return m;
    }

    public static Map<String, Object> audit(List<AuditEntry> log) {
        return doc("auditLog", log.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at().toString());
            m.put("actor", e.actor().name());
            m.put("address", e.actor().address());
            m.put("action", e.action());
            m.put("unit", e.unitId());
            m.put("detail", e.detail());
            return m;
        }).toList());
    }

    /** 预警 across a round: counts for the round, and per unit its counts and the watch list as POST /api/watch answers it. */
    public static Map<String, Object> watch(RoundWatch w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formatVersion", "1");
        m.put("tool", "selfeval");
        m.put("kind", "roundWatch");
        m.put("round", Map.of("id", w.round().id(), "name", w.round().name(), "year", w.round().year(),
                "district", w.round().district()));
        m.put("asOf", w.asOf().toString());
        m.put("within", w.within());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("units", w.units().size());
        counts.put("unitsWithOverdue", w.unitsWithOverdue());
        counts.put("unitsWithDueSoon", w.unitsWithDueSoon());
        counts.put("unitsNotWatched", w.notWatched());
        for (WatchStatus status : WatchStatus.values()) {
            counts.put(status.code(), w.items(status));
        }
        m.put("counts", counts);
        m.put("units", w.units().stream().map(u -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", u.unitId());
            unit.put("name", u.unitName());
            unit.put("version", u.version());
            unit.put("overdue", u.overdue());
            unit.put("dueSoon", u.dueSoon());
            unit.put("problems", u.problems());
            unit.put("watch", u.list() == null ? null : WatchJson.tree(u.list()));
            return unit;
        }).toList());
        return m;
    }

    private static Map<String, Object> doc(String field, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formatVersion", "1");
        m.put("tool", "selfeval");
        m.put(field, value);
        return m;
    }

    /** 94.71, 0.5, 100 — as the reports write points. */
    static BigDecimal num(BigDecimal value) {
        return value == null ? null : new BigDecimal(Numbers.plain(value));
    }
}
