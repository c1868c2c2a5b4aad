package cn.selfeval.review;

import cn.selfeval.store.Times;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of the review store, one method a statement; every method runs on the caller's handle (its transaction). */
final class ReviewStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewStore() {
    }

    // ---- rounds and units ------------------------------------------------------------------------------------

    static void insertRound(Handle h, Round r) {
        h.createUpdate("INSERT INTO rounds (id, name, year, district, pack, created_at, created_by, created_from) "
                        + "VALUES (:id, :name, :year, :district, :pack, :at, :by, :from)")
                .bind("id", r.id()).bind("name", r.name()).bind("year", r.year()).bind("district", r.district())
                .bind("pack", r.pack()).bind("at", Times.text(r.createdAt())).bind("by", r.createdBy().name())
                .bind("from", r.createdBy().address()).execute();
    }

    static List<Round> rounds(Handle h) {
        return h.createQuery("SELECT * FROM rounds ORDER BY created_at DESC, id").map((rs, ctx) -> round(rs)).list();
    }

    static Optional<Round> round(Handle h, String id) {
        return h.createQuery("SELECT * FROM rounds WHERE id = :id").bind("id", id).map((rs, ctx) -> round(rs)).findOne();
    }

    private static Round round(ResultSet rs) throws SQLException {
        return new Round(rs.getString("id"), rs.getString("name"), rs.getInt("year"), rs.getString("district"),
                rs.getString("pack"), Times.instant(rs.getString("created_at")),
                new Actor(rs.getString("created_by"), rs.getString("created_from")));
    }

    record UnitRow(String id, String roundId, String name, boolean onRoster, int rowVersion) {
    }

    /** The unit of that name, made when the round has none yet. */
    static UnitRow unit(Handle h, String roundId, String name, boolean onRoster, String newId, String at) {
        h.createUpdate("INSERT INTO units (id, round_id, name, on_roster, created_at, row_version) "
                        + "VALUES (:id, :round, :name, :roster, :at, 0) ON CONFLICT (round_id, name) DO NOTHING")
                .bind("id", newId).bind("round", roundId).bind("name", name).bind("roster", onRoster ? 1 : 0)
                .bind("at", at).execute();
        return h.createQuery("SELECT * FROM units WHERE round_id = :round AND name = :name").bind("round", roundId)
                .bind("name", name).map((rs, ctx) -> unit(rs)).one();
    }

    static List<UnitRow> units(Handle h, String roundId) {
        return h.createQuery("SELECT * FROM units WHERE round_id = :round ORDER BY name").bind("round", roundId)
                .map((rs, ctx) -> unit(rs)).list();
    }

    static Optional<UnitRow> unit(Handle h, String roundId, String unitId) {
        return h.createQuery("SELECT * FROM units WHERE round_id = :round AND id = :id").bind("round", roundId)
                .bind("id", unitId).map((rs, ctx) -> unit(rs)).findOne();
    }

    /**
     * Takes the unit's row for this transaction (PostgreSQL locks it until commit; SQLite's transactions already
     * write one at a time), so that what is read about the unit afterwards stays true until the commit.
     */
    static void lockUnit(Handle h, String unitId) {
        h.createUpdate("UPDATE units SET row_version = row_version + 1 WHERE id = :id").bind("id", unitId).execute();
    }

    private static UnitRow unit(ResultSet rs) throws SQLException {
        return new UnitRow(rs.getString("id"), rs.getString("round_id"), rs.getString("name"), rs.getInt("on_roster") == 1,
                rs.getInt("row_version"));
    }

    // ---- bytes and versions ----------------------------------------------------------------------------------

    static void insertBlob(Handle h, String sha256, byte[] bytes) {
        h.createUpdate("INSERT INTO blobs (sha256, size, content) VALUES (:sha, :size, :content) ON CONFLICT (sha256) DO NOTHING")
                .bind("sha", sha256).bind("size", (long) bytes.length).bind("content", bytes).execute();
    }

    static Optional<byte[]> blob(Handle h, String sha256) {
        return h.createQuery("SELECT content FROM blobs WHERE sha256 = :sha").bind("sha", sha256)
                .map((rs, ctx) -> rs.getBytes(1)).findOne();
    }

    static Optional<Version> versionWithBytes(Handle h, String roundId, String sha256) {
        return h.createQuery("SELECT * FROM versions WHERE round_id = :round AND sha256 = :sha ORDER BY uploaded_at LIMIT 1")
                .bind("round", roundId).bind("sha", sha256).map((rs, ctx) -> version(rs)).findOne();
    }

    static int nextVersionNumber(Handle h, String unitId) {
        return h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE unit_id = :unit").bind("unit", unitId)
                .mapTo(Integer.class).one();
    }

    static int nextUnmatchedNumber(Handle h, String roundId) {
        return h.createQuery("SELECT COUNT(*) + 1 FROM versions WHERE round_id = :round AND unit_id IS NULL")
                .bind("round", roundId).mapTo(Integer.class).one();
    }

    static void insertVersion(Handle h, Version v) {
        h.createUpdate("INSERT INTO versions (id, round_id, unit_id, number, sha256, file_name, status, refusal, problems_json, "
                        + "card_json, pack_id, pack_version, pack_hash, grades_json, self_score, computed, computed_grade, "
                        + "uploaded_at, uploaded_by, uploaded_from) VALUES (:id, :round, :unit, :number, :sha, :file, :status, "
                        + ":refusal, :problems, :card, :packId, :packVersion, :packHash, :grades, :self, :computed, :grade, "
                        + ":at, :by, :from)")
                .bind("id", v.id()).bind("round", v.roundId()).bind("unit", v.unitId()).bind("number", v.number())
                .bind("sha", v.sha256()).bind("file", v.fileName()).bind("status", v.checked() ? "checked" : "refused")
                .bind("refusal", v.refusal()).bind("problems", json(v.problems())).bind("card", v.cardJson())
                .bind("packId", v.packId()).bind("packVersion", v.packVersion()).bind("packHash", v.packHash())
                .bind("grades", v.gradesJson()).bind("self", text(v.selfScore())).bind("computed", text(v.computed()))
                .bind("grade", v.computedGrade()).bind("at", Times.text(v.uploadedAt())).bind("by", v.uploadedBy().name())
                .bind("from", v.uploadedBy().address()).execute();
    }

    /** A unit's versions, newest first, without their cards (which are large). */
    static List<Version> versions(Handle h, String unitId) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + ", NULL AS card_json FROM versions WHERE unit_id = :unit ORDER BY number DESC")
                .bind("unit", unitId).map((rs, ctx) -> version(rs)).list();
    }

    /** The round's uploads that no unit could be matched to, newest first, without cards. */
    static List<Version> unmatchedVersions(Handle h, String roundId) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + ", NULL AS card_json FROM versions WHERE round_id = :round "
                        + "AND unit_id IS NULL ORDER BY uploaded_at DESC, id").bind("round", roundId)
                .map((rs, ctx) -> version(rs)).list();
    }

    static Optional<Version> version(Handle h, String versionId) {
        return h.createQuery("SELECT * FROM versions WHERE id = :id").bind("id", versionId).map((rs, ctx) -> version(rs))
                .findOne();
    }

    private static final String VERSION_COLUMNS = "id, round_id, unit_id, number, sha256, file_name, status, refusal, "
            + "problems_json, pack_id, pack_version, pack_hash, grades_json, self_score, computed, computed_grade, "
            + "uploaded_at, uploaded_by, uploaded_from";

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getString("id"), rs.getString("round_id"), rs.getString("unit_id"), rs.getInt("number"),
                rs.getString("sha256"), rs.getString("file_name"), "checked".equals(rs.getString("status")),
                rs.getString("refusal"), strings(rs.getString("problems_json")), rs.getString("card_json"),
                rs.getString("pack_id"), rs.getString("pack_version"), rs.getString("pack_hash"),
                rs.getString("grades_json"), decimal(rs.getString("self_score")), decimal(rs.getString("computed")),
                rs.getString("computed_grade"), Times.instant(rs.getString("uploaded_at")),
                new Actor(rs.getString("uploaded_by"), rs.getString("uploaded_from")));
    }

    // ---- decisions -------------------------------------------------------------------------------------------

    static void insertDecision(Handle h, Decision d) {
        h.createUpdate("INSERT INTO decisions (id, unit_id, version_id, outcome_key, step, action, indicator_code, points, "
                        + "reason, basis, decided_at, decided_by, decided_from) VALUES (:id, :unit, :version, :key, :step, "
                        + ":action, :indicator, :points, :reason, :basis, :at, :by, :from)")
                .bind("id", d.id()).bind("unit", d.unitId()).bind("version", d.versionId()).bind("key", d.outcomeKey())
                .bind("step", d.step()).bind("action", d.action().code()).bind("indicator", d.indicatorCode())
                .bind("points", text(d.points())).bind("reason", d.reason()).bind("basis", d.basis())
                .bind("at", Times.text(d.decidedAt())).bind("by", d.decidedBy().name()).bind("from", d.decidedBy().address())
                .execute();
    }

    /** Every decision on the unit, oldest first. */
    static List<Decision> decisions(Handle h, String unitId) {
        return h.createQuery("SELECT * FROM decisions WHERE unit_id = :unit ORDER BY decided_at, step, id")
                .bind("unit", unitId).map((rs, ctx) -> decision(rs)).list();
    }

    static Optional<Decision> latestDecision(Handle h, String unitId, String outcomeKey) {
        return h.createQuery("SELECT * FROM decisions WHERE unit_id = :unit AND outcome_key = :key ORDER BY step DESC LIMIT 1")
                .bind("unit", unitId).bind("key", outcomeKey).map((rs, ctx) -> decision(rs)).findOne();
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getString("id"), rs.getString("unit_id"), rs.getString("version_id"),
                rs.getString("outcome_key"), rs.getInt("step"), DecisionAction.of(rs.getString("action")).orElseThrow(),
                rs.getString("indicator_code"), decimal(rs.getString("points")), rs.getString("reason"),
                rs.getString("basis"), Times.instant(rs.getString("decided_at")),
                new Actor(rs.getString("decided_by"), rs.getString("decided_from")));
    }

    // ---- publications ----------------------------------------------------------------------------------------

    static void insertPublication(Handle h, Publication p) {
        h.createUpdate("INSERT INTO publications (id, unit_id, version_id, self_score, computed_score, reviewed_score, grade, "
                        + "review_json, published_at, published_by, published_from) VALUES (:id, :unit, :version, :self, "
                        + ":computed, :reviewed, :grade, :review, :at, :by, :from)")
                .bind("id", p.id()).bind("unit", p.unitId()).bind("version", p.versionId()).bind("self", text(p.selfScore()))
                .bind("computed", text(p.computed())).bind("reviewed", text(p.reviewed())).bind("grade", p.grade())
                .bind("review", p.reviewJson()).bind("at", Times.text(p.publishedAt())).bind("by", p.publishedBy().name())
                .bind("from", p.publishedBy().address()).execute();
    }

    /** The unit's publications, newest first. */
    static List<Publication> publications(Handle h, String unitId) {
        return h.createQuery("SELECT * FROM publications WHERE unit_id = :unit ORDER BY published_at DESC, id")
                .bind("unit", unitId).map((rs, ctx) -> new Publication(rs.getString("id"), rs.getString("unit_id"),
                        rs.getString("version_id"), decimal(rs.getString("self_score")),
                        decimal(rs.getString("computed_score")), decimal(rs.getString("reviewed_score")),
                        rs.getString("grade"), rs.getString("review_json"), Times.instant(rs.getString("published_at")),
                        new Actor(rs.getString("published_by"), rs.getString("published_from")))).list();
    }

    // ---- audit log -------------------------------------------------------------------------------------------

    static void audit(Handle h, AuditEntry e) {
        h.createUpdate("INSERT INTO audit_log (id, round_id, unit_id, at, actor, address, action, detail) "
                        + "VALUES (:id, :round, :unit, :at, :actor, :address, :action, :detail)")
                .bind("id", e.id()).bind("round", e.roundId()).bind("unit", e.unitId()).bind("at", Times.text(e.at()))
                .bind("actor", e.actor().name()).bind("address", e.actor().address()).bind("action", e.action())
                .bind("detail", e.detail()).execute();
    }

    static List<AuditEntry> auditLog(Handle h, String roundId) {
        return h.createQuery("SELECT * FROM audit_log WHERE round_id = :round ORDER BY at, id").bind("round", roundId)
                .map((rs, ctx) -> new AuditEntry(rs.getString("id"), rs.getString("round_id"), rs.getString("unit_id"),
                        Times.instant(rs.getString("at")), new Actor(rs.getString("actor"), rs.getString("address")),
                        rs.getString("action"), rs.getString("detail"))).list();
    }

    // ---- values ----------------------------------------------------------------------------------------------

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("存储的问题清单无法读取", e);
        }
    }
}
