package cn.selfeval.web.api;

import cn.selfeval.decimal.Numbers;
import cn.selfeval.input.InputProblem;
import cn.selfeval.report.JsonReport;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.BatchSummary;
import cn.selfeval.web.PackReloader;
import cn.selfeval.web.ServerPacks;
import cn.selfeval.web.UnitResult;
import cn.selfeval.web.view.SummaryView;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The API's JSON documents other than a score card (which is {@link JsonReport}'s, byte for byte): errors with
 * the same Chinese messages and paths as the command line, the packs, a batch, a reload. Every document has
 * {@code formatVersion} and {@code tool} first, as JsonReport's does.
 */
public final class ApiJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ApiJson() {
    }

    static ObjectNode document() {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("formatVersion", JsonReport.FORMAT_VERSION);
        doc.put("tool", JsonReport.TOOL);
        return doc;
    }

    public static String render(ObjectNode doc) {
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法生成 JSON", e);
        }
    }

    /** {"error": {"kind", "status", "message", "file", "problems": [{"text", "file", "jsonPath", "line", "column", "message", "cell"}]}} */
    public static String error(UnitResult result) {
        ObjectNode doc = document();
        ObjectNode error = doc.putObject("error");
        error.put("kind", result.status().kind());
        error.put("status", result.status().httpStatus());
        error.put("message", result.file() + "：" + result.headline());
        error.put("file", result.file());
        error.set("problems", problems(result));
        return render(doc);
    }

    /** An error that is not about one submission (a request that is wrong, a page that does not exist). */
    public static String error(String kind, int status, String message, List<String> problems) {
        ObjectNode doc = document();
        ObjectNode error = doc.putObject("error");
        error.put("kind", kind);
        error.put("status", status);
        error.put("message", message);
        ArrayNode list = error.putArray("problems");
        problems.forEach(p -> list.addObject().put("text", p));
        return render(doc);
    }

    static ArrayNode problems(UnitResult result) {
        ArrayNode list = MAPPER.createArrayNode();
        if (!result.inputProblems().isEmpty()) {
            for (InputProblem p : result.inputProblems()) {
                ObjectNode o = list.addObject();
                o.put("text", p.format());
                o.put("file", p.file());
                o.put("jsonPath", p.jsonPath());
                o.put("line", p.line());
                o.put("column", p.column());
                o.put("message", p.message());
                o.put("cell", p.cell() == null ? null : p.cell().format());
            }
        } else {
            result.problems().forEach(p -> list.addObject().put("text", p));
        }
        return list;
    }

    public static String packs(List<ServerPacks.PackState> packs, List<String> unreadable) {
        ObjectNode doc = document();
        ArrayNode list = doc.putArray("packs");
        for (ServerPacks.PackState p : packs) {
            PackManifest m = p.declared().manifest();
            ObjectNode o = list.addObject();
            o.put("id", m.id());
            o.put("name", m.name());
            o.put("version", m.version());
            o.put("path", p.declared().dir().toString());
            ArrayNode years = o.putArray("years");
            m.years().forEach(years::add);
            o.put("region", m.region());
            ArrayNode districts = o.putArray("districts");
            m.districts().forEach(districts::add);
            o.put("draft", m.draft());
            o.put("live", p.live());
            o.put("contentHash", p.live() ? p.checker().compiled().pack().contentHash() : null);
            o.put("rules", p.live() ? p.checker().compiled().rulesByName().size() : null);
            o.put("loadedAt", p.loadedAt() == null ? null : p.loadedAt().toString());
            o.put("catalogue", "/packs/" + m.id() + "/catalogue");
            ArrayNode problems = o.putArray("problems");
            p.problems().stream().filter(x -> !p.live()).forEach(problems::add);
        }
        ArrayNode bad = doc.putArray("unreadable");
        unreadable.forEach(bad::add);
        return render(doc);
    }

    public static String reload(PackReloader.Report report) {
        ObjectNode doc = document();
        doc.put("allAccepted", report.allAccepted());
        ArrayNode list = doc.putArray("packs");
        for (PackReloader.PackReport p : report.packs()) {
            ObjectNode o = list.addObject();
            o.put("id", p.id());
            o.put("path", p.folder());
            o.put("decision", p.decision().name().toLowerCase(java.util.Locale.ROOT));
            o.put("message", p.id() + "：" + p.decision().label());
            o.put("previousHash", p.previousHash());
            o.put("candidateHash", p.candidateHash());
            o.put("liveHash", p.liveHash());
            o.put("testsRun", p.testsRun());
            o.put("testsFailed", p.testsFailed());
            ArrayNode reasons = o.putArray("reasons");
            p.reasons().forEach(reasons::add);
        }
        return render(doc);
    }

    /**
     * One entry per submission in upload order: the summary figures and the full score card document (as
     * POST /api/check answers it), or the error; then the per-indicator totals.
     */
    public static String batch(String id, BatchSummary summary) {
        ObjectNode doc = document();
        doc.put("summaryId", id);
        doc.put("summaryPage", "/summary/" + id);
        doc.put("createdAt", summary.createdAt().toString());
        doc.put("submissions", summary.results().size());
        doc.put("checked", summary.rows().size());
        ArrayNode units = doc.putArray("units");
        for (int i = 0; i < summary.results().size(); i++) {
            UnitResult r = summary.results().get(i);
            ObjectNode o = units.addObject();
            o.put("file", r.file());
            o.put("status", r.status().kind());
            if (r.ok()) {
                ScoreCard card = r.card();
                ScoreCard.Summary s = card.summary();
                BatchSummary.Row row = new BatchSummary.Row(i, r);
                o.put("unit", card.unit().name());
                o.put("district", card.unit().district());
                o.put("year", card.year());
                o.put("score", num(s.score()));
                o.put("selfScore", num(s.selfScore()));
                o.put("gap", num(row.gap()));
                o.put("grade", s.grade());
                o.put("deductionCount", s.deductionCount());
                o.put("deductedPoints", num(s.deductedPoints()));
                o.put("undeterminedCount", s.undeterminedCount());
                o.put("notedCount", s.notedCount());
                o.put("missingFactsCount", row.missingFactsCount());
                o.put("missingFactsPoints", num(row.missingFactsPoints()));
                o.put("rulePackContentHash", card.rulePack().contentHash());
                o.put("scoreCardPage", SummaryView.unitLink(id, i));
                o.putRawValue("report", new RawValue(JsonReport.render(card).strip()));
            } else {
                ObjectNode error = o.putObject("error");
                error.put("kind", r.status().kind());
                error.put("message", r.file() + "：" + r.headline());
                error.set("problems", problems(r));
            }
        }
        // Added up within one pack and year only: each total names its pack and year.
        ArrayNode indicators = doc.putArray("indicators");
        for (BatchSummary.IndicatorGroup g : summary.groups()) {
            for (BatchSummary.IndicatorTotal t : g.totals()) {
                ObjectNode o = indicators.addObject();
                o.put("rulePack", g.packId());
                o.put("rulePackVersion", g.packVersion());
                o.put("rulePackContentHash", g.packHash());
                o.put("year", g.year());
                o.put("code", t.code());
                o.put("name", t.name());
                o.put("points", num(t.points()));
                o.put("units", t.units());
                o.put("unitsDeducted", t.unitsDeducted());
                o.put("deductionCount", t.deductions());
                o.put("deductedPoints", num(t.deducted()));
                o.put("missingFactsPoints", num(t.missingFacts()));
            }
        }
        return render(doc);
    }

    private static BigDecimal num(BigDecimal value) {
        return value == null ? null : new BigDecimal(Numbers.plain(value));
    }
}
