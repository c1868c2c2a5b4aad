package cn.selfeval.review;

import cn.selfeval.check.Checker;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.decimal.Rounding;
import cn.selfeval.report.JsonReport;
import cn.selfeval.report.JsonReportReader;
import cn.selfeval.report.ScoreCardDiff;
import cn.selfeval.rulepack.Grade;
import cn.selfeval.scoring.Coverage;
import cn.selfeval.scoring.IndicatorScore;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.store.Database;
import cn.selfeval.store.Ids;
import cn.selfeval.store.Times;
import cn.selfeval.store.UniqueViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Review rounds kept in the store: rounds, units, submission versions, decisions, publications and the audit log.
 * Every change is one transaction together with its audit line; nothing stored is changed afterwards.
 */
public final class Rounds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 2000;

    private final Jdbi jdbi;
    private final SubmissionCheck check;
    private final Clock clock;
    private final Map<String, ScoreCard> cards = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ScoreCard> eldest) {
            return size() > 500;
        }
    });

    /** Units' lines by unit id; small (a few hundred bytes each), so a bureau's rounds fit. */
    private final Map<String, Summarised> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    public Rounds(Database database, SubmissionCheck check, Clock clock) {
        this.jdbi = database.jdbi();
        this.check = check;
        this.clock = clock;
    }

    // ---- rounds --------------------------------------------------------------------------------------------------

    /** @param pack a pack id, or null/blank for the pack each submission's year and district choose */
    public Round create(String name, Integer year, String district, String pack, List<String> roster, Actor actor) {
        String cleanName = required(name, "name（轮次名称）");
        String cleanDistrict = required(district, "district（区）");
        if (year == null || year < 2000 || year > 2100) {
            throw ReviewException.badRequest("year（年度）应为 2000–2100 之间的年份，实为 " + year);
        }
        Round round = new Round(Ids.next(), cleanName, year, cleanDistrict, pack == null || pack.isBlank() ? null : pack.strip(),
                now(), actor);
        jdbi.useTransaction(h -> {
            ReviewStore.insertRound(h, round);
            for (String unit : roster) {
                ReviewStore.unit(h, round.id(), Roster.normalise(unit), true, Ids.next(), Times.text(round.createdAt()));
            }
            audit(h, round.id(), null, actor, "建立轮次", round.name() + "（" + round.year() + "年度，" + round.district()
                    + "，规则包 " + (round.pack() == null ? "按年度和区自动选择" : round.pack()) + "，名单 " + roster.size() + " 个单位）");
        });
        return round;
    }

    public List<RoundView> rounds() {
        return jdbi.withHandle(h -> ReviewStore.rounds(h).stream().map(r -> view(h, r)).toList());
    }

    /** The round itself, without its units. */
    public Round find(String roundId) {
        return jdbi.withHandle(h -> round(h, roundId));
    }

    public RoundView round(String roundId) {
        return jdbi.withHandle(h -> view(h, round(h, roundId)));
    }

    private RoundView view(Handle h, Round round) {
        List<UnitSummary> units = ReviewStore.units(h, round.id()).stream().map(u -> summary(h, u)).toList();
        List<Version> unmatched = ReviewStore.unmatchedVersions(h, round.id());
        return new RoundView(round, units, unmatched, RoundView.Progress.of(units));
    }

    private static Round round(Handle h, String roundId) {
        return ReviewStore.round(h, roundId).orElseThrow(() -> ReviewException.notFound("没有这个复核轮次：" + roundId));
    }

    // ---- uploads -------------------------------------------------------------------------------------------------

    /**
     * Files one uploaded submission under the unit its 单位名称 names (made when the round has no such unit yet):
     * checked, or refused with its messages; the same bytes again in the round are the earlier version.
     *
     * @param unitId the unit the person uploaded for (a unit's page), or null to go by the submission
     */
    public UploadResult upload(String roundId, String fileName, byte[] bytes, String unitId, Actor actor) {
        return upload(roundId, fileName, bytes, unitId, null, actor);
    }

    /**
     * As {@link #upload(String, String, byte[], String, Actor)}, for a person who may upload only for
     * {@code onlyUnit} (unit staff): a submission naming another unit is refused (403, kind "other-unit") with both
     * names, and one whose 单位名称 cannot be read is filed under {@code onlyUnit}.
     *
     * @param onlyUnit the unit's name, or null for no such limit
     */
    public UploadResult upload(String roundId, String fileName, byte[] bytes, String unitId, String onlyUnit, Actor actor) {
        Round round = jdbi.withHandle(h -> round(h, roundId));
        String sha = Checker.sha256(bytes);
        Optional<Version> earlier = jdbi.withHandle(h -> ReviewStore.versionWithBytes(h, roundId, sha));
        if (earlier.isPresent()) {
            if (onlyUnit != null) {
                String earlierUnit = earlier.get().unitId() == null ? null : unitName(roundId, earlier.get().unitId()).orElse(null);
                if (!onlyUnit.equals(earlierUnit)) {
                    throw otherUnit(fileName, earlierUnit, onlyUnit);
                }
            }
            return duplicate(round, fileName, earlier.get(), actor);
        }
        SubmissionCheck.Result result = check.check(fileName, bytes, round.pack());
        if (result.ok()) {
            result = againstRound(round, result);
        }
        SubmissionCheck.Result checked = result;
        String read = checked.ok() ? checked.card().unit().name() : unitName(bytes);
        if (onlyUnit != null && read != null && !Roster.normalise(read).isEmpty() && !Roster.normalise(read).equals(onlyUnit)) {
            throw otherUnit(fileName, read, onlyUnit);
        }
        String named = onlyUnit != null && (read == null || Roster.normalise(read).isEmpty()) ? onlyUnit : read;
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> store(h, round, fileName, bytes, sha, unitId, named, checked, actor));
            } catch (RuntimeException e) {
                if (!UniqueViolation.is(e) || attempt >= 5) {
                    throw e;
                }
                Optional<Version> meanwhile = jdbi.withHandle(h -> ReviewStore.versionWithBytes(h, roundId, sha));
                if (meanwhile.isPresent()) {
                    return duplicate(round, fileName, meanwhile.get(), actor);
                }
            }
        }
    }

    private UploadResult duplicate(Round round, String fileName, Version earlier, Actor actor) {
        String unitName = jdbi.inTransaction(h -> {
            String name = earlier.unitId() == null ? null
                    : ReviewStore.unit(h, round.id(), earlier.unitId()).map(ReviewStore.UnitRow::name).orElse(null);
            audit(h, round.id(), earlier.unitId(), actor, "重复上传", fileName + "：与" + (name == null ? "" : name)
                    + "第 " + earlier.number() + " 版（" + earlier.fileName() + "）字节相同，未建立新版本");
            return name;
        });
        return new UploadResult(fileName, earlier, earlier.unitId(), unitName, true);
    }

    /** A card of another year or district than the round's is refused (and kept), not filed as this round's. */
    private static SubmissionCheck.Result againstRound(Round round, SubmissionCheck.Result result) {
        ScoreCard card = result.card();
        List<String> problems = new ArrayList<>();
        if (card.year() != round.year()) {
            problems.add("填报的年度为 " + card.year() + "，本轮次为 " + round.year() + " 年度");
        }
        if (!sameDistrict(card.unit().district(), round.district())) {
            problems.add("填报的区为 " + card.unit().district() + "，本轮次为 " + round.district());
        }
        return problems.isEmpty() ? result : SubmissionCheck.Result.refused("wrong-round",
                problems.stream().map(p -> p + "，未列入本轮次的复核").toList());
    }

    static boolean sameDistrict(String a, String b) {
        return district(a).equals(district(b));
    }

    private static String district(String d) {
        String s = Roster.normalise(d);
        int city = s.indexOf('市');
        return city >= 0 && city < s.length() - 1 ? s.substring(city + 1) : s;
    }

    private UploadResult store(Handle h, Round round, String fileName, byte[] bytes, String sha, String unitId,
            String named, SubmissionCheck.Result result, Actor actor) {
        ReviewStore.UnitRow unit;
        if (unitId != null && !unitId.isBlank()) {
            unit = ReviewStore.unit(h, round.id(), unitId).orElseThrow(() -> ReviewException.notFound("本轮次中没有这个单位：" + unitId));
            if (result.ok() && !Roster.normalise(named).equals(unit.name())) {
                throw ReviewException.badRequest(fileName + "：填报的单位名称为“" + named + "”，不是“" + unit.name()
                        + "”；请在轮次页面上传，由单位名称归属");
            }
        } else if (named != null && !Roster.normalise(named).isEmpty()) {
            unit = ReviewStore.unit(h, round.id(), Roster.normalise(named), false, Ids.next(), Times.text(now()));
        } else {
            unit = null;
        }
        if (unit != null) {
            ReviewStore.lockUnit(h, unit.id());
        }
        ReviewStore.insertBlob(h, sha, bytes);
        ScoreCard card = result.card();
        int number = unit == null ? ReviewStore.nextUnmatchedNumber(h, round.id()) : ReviewStore.nextVersionNumber(h, unit.id());
        Version version = new Version(Ids.next(), round.id(), unit == null ? null : unit.id(), number, sha, fileName,
                result.ok(), result.refusal(), result.problems(), card == null ? null : JsonReport.render(card),
                card == null ? null : card.rulePack().id(), card == null ? null : card.rulePack().version(),
                card == null ? null : card.rulePack().contentHash(), card == null ? null : ReviewStore.json(result.grades()),
                card == null ? null : card.summary().selfScore(), card == null ? null : card.summary().score(),
                card == null ? null : card.summary().grade(), now(), actor);
        ReviewStore.insertVersion(h, version);
        audit(h, round.id(), version.unitId(), actor, "上传",
                (unit == null ? "（未能识别单位）" : unit.name()) + " 第 " + number + " 版 " + fileName + "（SHA-256 " + sha + "）："
                        + (result.ok() ? "已检查，计算得分 " + Numbers.plain(card.summary().score())
                        + "，规则包 " + card.rulePack().id() + " " + card.rulePack().version()
                        : "未检查（" + result.refusal() + "，" + result.problems().size() + " 条问题）"));
        return new UploadResult(fileName, version, version.unitId(), unit == null ? null : unit.name(), false);
    }

    /** The 单位名称 of a submission that could not be checked, when its JSON still says it. */
    private static String unitName(byte[] bytes) {
        try {
            JsonNode tree = JSON.readTree(bytes);
            JsonNode name = tree == null ? null : tree.path("unit").path("name");
            return name != null && name.isTextual() ? name.asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static ReviewException otherUnit(String fileName, String named, String onlyUnit) {
        return new ReviewException(403, "other-unit", fileName + "：填报的单位名称为“" + (named == null ? "（未能识别）" : named)
                + "”，您的账户属于“" + onlyUnit + "”；单位填报人只能上传本单位的填报，未上传");
    }

    // ---- units ---------------------------------------------------------------------------------------------------

    /** The name of a unit of the round, if the round has that unit. */
    public Optional<String> unitName(String roundId, String unitId) {
        if (roundId == null || unitId == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> ReviewStore.unit(h, roundId, unitId).map(ReviewStore.UnitRow::name));
    }

    /**
     * The round as its unit staff see it: their own unit only (when it is in the round), with no 复核分 until it is
     * published, and no upload that could not be matched to a unit.
     */
    public RoundView roundAsUnitSees(String roundId, String unitName) {
        return jdbi.withHandle(h -> {
            Round round = round(h, roundId);
            List<UnitSummary> units = ReviewStore.units(h, roundId).stream().filter(u -> u.name().equals(unitName))
                    .map(u -> asUnitSees(h, u).summary()).toList();
            return new RoundView(round, units, List.of(), RoundView.Progress.of(units));
        });
    }

    /**
     * A unit as its own staff see it: its versions and cards, and the review only as published — while the current
     * version is not published, no decision (they are drafts), no 复核分 and no grade.
     */
    public UnitDetail unitAsUnitSees(String roundId, String unitId) {
        return jdbi.withHandle(h -> {
            Round round = round(h, roundId);
            Seen seen = asUnitSees(h, unitRow(h, roundId, unitId));
            return new UnitDetail(round, seen.summary(), seen.state().versions(), seen.state().current(), seen.state().review(),
                    List.of(), seen.state().publications());
        });
    }

    private record Seen(State state, UnitSummary summary) {
    }

    private Seen asUnitSees(Handle h, ReviewStore.UnitRow unit) {
        State full = state(h, unit);
        if (full.status() == UnitStatus.PUBLISHED || full.current() == null) {
            return new Seen(full, summary(unit, full));
        }
        Review undecided = Review.of(card(full.current()), grades(full.current()), List.of());
        State shown = new State(full.versions(), full.current(), List.of(), full.publications(), undecided, UnitStatus.CHECKED);
        UnitSummary s = summary(unit, shown);
        return new Seen(shown, new UnitSummary(s.id(), s.name(), s.onRoster(), s.status(), s.versions(), s.selfScore(),
                s.computed(), null, null, s.deductions(), s.deductedPoints(), s.mainProblems()));
    }


    public UnitDetail unit(String roundId, String unitId) {
        return jdbi.withHandle(h -> {
            Round round = round(h, roundId);
            ReviewStore.UnitRow unit = unitRow(h, roundId, unitId);
            State state = state(h, unit);
            return new UnitDetail(round, summary(unit, state), state.versions(), state.current(), state.review(),
                    state.decisions(), state.publications());
        });
    }

    /** Every unit of the round (by name) with its current version and that version's bytes, in one read. */
    public List<CurrentSubmission> currentSubmissions(String roundId) {
        return jdbi.withHandle(h -> {
            round(h, roundId);
            List<CurrentSubmission> units = new ArrayList<>();
            for (ReviewStore.UnitRow unit : ReviewStore.units(h, roundId)) {
                List<Version> versions = ReviewStore.versions(h, unit.id());
                Optional<Version> current = versions.stream().filter(Version::checked).findFirst();
                units.add(new CurrentSubmission(unit.id(), unit.name(), versions.size(), current.orElse(null),
                        current.flatMap(v -> ReviewStore.blob(h, v.sha256())).orElse(null)));
            }
            return units;
        });
    }

    /** The stored bytes of a version of this round. */
    public Optional<byte[]> submission(String roundId, String versionId) {
        return jdbi.withHandle(h -> ReviewStore.version(h, versionId).filter(v -> v.roundId().equals(roundId))
                .flatMap(v -> ReviewStore.blob(h, v.sha256())));
    }

    /** A version of this round with its stored card. */
    public Version version(String roundId, String unitId, int number) {
        return jdbi.withHandle(h -> ReviewStore.versions(h, unitRow(h, roundId, unitId).id()).stream()
                .filter(v -> v.number() == number).findFirst()
                .flatMap(v -> ReviewStore.version(h, v.id()))
                .orElseThrow(() -> ReviewException.notFound("该单位没有第 " + number + " 版")));
    }

    /** What changed from version {@code from} to version {@code to} of a unit (both checked). */
    public ScoreCardDiff diff(String roundId, String unitId, int from, int to) {
        Version a = version(roundId, unitId, from);
        Version b = version(roundId, unitId, to);
        if (!a.checked() || !b.checked()) {
            throw ReviewException.badRequest("第 " + (a.checked() ? to : from) + " 版未检查（数据有误），没有评分表可比较");
        }
        return ScoreCardDiff.between(card(a), card(b));
    }

    public ScoreCard card(Version v) {
        return cards.computeIfAbsent(v.id(), id -> JsonReportReader.read(v.cardJson()));
    }

    private static ReviewStore.UnitRow unitRow(Handle h, String roundId, String unitId) {
        return ReviewStore.unit(h, roundId, unitId).orElseThrow(() -> ReviewException.notFound("本轮次中没有这个单位：" + unitId));
    }

    /** A unit's stored state and, when it has a checked version, its review. */
    private record State(List<Version> versions, Version current, List<Decision> decisions,
            List<Publication> publications, Review review, UnitStatus status) {
    }

    private State state(Handle h, ReviewStore.UnitRow unit) {
        List<Version> versions = ReviewStore.versions(h, unit.id());
        List<Decision> decisions = ReviewStore.decisions(h, unit.id());
        List<Publication> publications = ReviewStore.publications(h, unit.id());
        Optional<Version> currentListed = versions.stream().filter(Version::checked).findFirst();
        if (currentListed.isEmpty()) {
            return new State(versions, null, decisions, publications, null, UnitStatus.PENDING);
        }
        Version current = currentListed.get();
        ScoreCard card = cards.get(current.id());
        if (card == null) {
            card = card(ReviewStore.version(h, current.id()).orElseThrow());
        }
        Review review = Review.of(card, grades(current), decisions);
        UnitStatus status = publications.stream().anyMatch(p -> p.versionId().equals(current.id())) ? UnitStatus.PUBLISHED
                : decisions.stream().anyMatch(d -> d.versionId().equals(current.id())) ? UnitStatus.REVIEWING
                : UnitStatus.CHECKED;
        return new State(versions, current, decisions, publications, review, status);
    }

    /**
     * The unit's line in the round, computed again only when the unit's row version has moved: every write that
     * changes a unit (an upload, a decision, a publication) moves it in the same transaction. The row is read before
     * the unit's data, so a line is never older than the row version it is kept under; several servers on one
     * PostgreSQL each read the row version from the database.
     */
    private UnitSummary summary(Handle h, ReviewStore.UnitRow unit) {
        Summarised kept = summaries.get(unit.id());
        if (kept != null && kept.rowVersion() == unit.rowVersion()) {
            return kept.summary();
        }
        UnitSummary summary = summary(unit, state(h, unit));
        summaries.put(unit.id(), new Summarised(unit.rowVersion(), summary));
        return summary;
    }

    private record Summarised(int rowVersion, UnitSummary summary) {
    }

    private static UnitSummary summary(ReviewStore.UnitRow unit, State s) {
        Review r = s.review();
        if (r == null) {
            return new UnitSummary(unit.id(), unit.name(), unit.onRoster(), s.status(), s.versions().size(), null, null, null,
                    null, 0, null, "");
        }
        return new UnitSummary(unit.id(), unit.name(), unit.onRoster(), s.status(), s.versions().size(), r.selfScore(),
                r.computed(), r.reviewed(), r.reviewedGrade(), r.reviewedDeductions(), r.reviewedDeductedPoints(),
                r.mainProblems());
    }

    private static List<Grade> grades(Version v) {
        try {
            return v.gradesJson() == null ? List.of() : JSON.readValue(v.gradesJson(), new TypeReference<List<Grade>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("存储的等级划分无法读取", e);
        }
    }

    // ---- decisions -----------------------------------------------------------------------------------------------

    /**
     * Records a decision on an outcome of the unit's current version. Refused (409) when the unit is published for
     * this version, or when the decision in force on the outcome is not the one the reviewer saw.
     */
    public Decision decide(String roundId, String unitId, DecisionRequest request, Actor actor) {
        DecisionAction action = DecisionAction.of(request.action() == null ? "" : request.action().strip())
                .orElseThrow(() -> ReviewException.badRequest("action 应为 confirm（确认）、overturn（撤销）、adjust（调整）或 add（补充扣分），实为 "
                        + request.action()));
        String reason = required(request.reason(), "reason（理由）");
        String basis = request.basis() == null || request.basis().isBlank() ? null : limit(request.basis().strip(), "basis（依据）");
        try {
            return jdbi.inTransaction(h -> decide(h, roundId, unitId, request, action, reason, basis, actor));
        } catch (RuntimeException e) {
            if (!UniqueViolation.is(e)) {
                if (e instanceof ReviewException r && r.status() == 409) {
                    auditConflict(roundId, unitId, actor, r.getMessage());
                }
                throw e;
            }
            ReviewException conflict = ReviewException.conflict("另一位复核人员刚刚对该项作出了决定，本次决定未记录；请刷新后再决定");
            auditConflict(roundId, unitId, actor, conflict.getMessage());
            throw conflict;
        }
    }

    private Decision decide(Handle h, String roundId, String unitId, DecisionRequest request, DecisionAction action,
            String reason, String basis, Actor actor) {
        round(h, roundId);
        ReviewStore.UnitRow unit = unitRow(h, roundId, unitId);
        ReviewStore.lockUnit(h, unit.id());
        State state = state(h, unit);
        if (state.current() == null) {
            throw ReviewException.conflict(unit.name() + " 还没有检查过的填报，无从决定");
        }
        if (state.status() == UnitStatus.PUBLISHED) {
            throw ReviewException.conflict(unit.name() + " 第 " + state.current().number()
                    + " 版的复核分已发布，不再修改；单位上传新的版本后开始新的复核");
        }
        Review review = state.review();
        String key;
        String indicator;
        BigDecimal indicatorPoints;
        if (action == DecisionAction.ADD) {
            String code = required(request.indicator(), "indicator（补充扣分的指标）");
            IndicatorScore leaf = review.card().flatten().filter(i -> i.code().equals(code)).findFirst()
                    .orElseThrow(() -> ReviewException.badRequest("指标体系中没有末级指标 " + code));
            if (!leaf.leaf() || leaf.coverage() != Coverage.CHECKED) {
                throw ReviewException.badRequest(code + " " + leaf.name() + (leaf.leaf() ? " 未检查，不能补充扣分" : " 不是末级指标；补充扣分记在末级指标上"));
            }
            if (basis == null) {
                throw ReviewException.badRequest("补充扣分须写明依据（basis）");
            }
            key = Decision.MANUAL_PREFIX + code + "|" + Ids.next();
            indicator = code;
            indicatorPoints = leaf.points();
        } else {
            String outcomeKey = required(request.outcome(), "outcome（结果的 key）");
            OutcomeReview outcome = review.outcome(outcomeKey).orElseThrow(() -> ReviewException.badRequest(
                    "第 " + state.current().number() + " 版的评分表中没有可复核的结果 " + outcomeKey));
            if (outcome.manual() && action != DecisionAction.OVERTURN && action != DecisionAction.ADJUST) {
                throw ReviewException.badRequest("补充扣分只能撤销（overturn）或调整（adjust）");
            }
            key = outcomeKey;
            indicator = outcome.indicatorCode();
            indicatorPoints = outcome.indicatorPoints();
        }
        BigDecimal points = null;
        if (action == DecisionAction.ADJUST || action == DecisionAction.ADD) {
            points = request.points();
            if (points == null) {
                throw ReviewException.badRequest(action.label() + "须写明扣分（points）");
            }
            if (points.scale() > Rounding.POINT_SCALE || points.signum() < 0 || points.compareTo(indicatorPoints) > 0
                    || action == DecisionAction.ADD && points.signum() == 0) {
                throw ReviewException.badRequest("扣分（points）应在 " + (action == DecisionAction.ADD ? "0.01" : "0") + " 到 "
                        + Numbers.plain(indicatorPoints) + "（指标 " + indicator + " 的分值）之间、最多两位小数，实为 "
                        + points.toPlainString());
            }
            points = Rounding.points(points);
        }
        Optional<Decision> inForce = ReviewStore.latestDecision(h, unit.id(), key);
        String seen = request.supersedes() == null || request.supersedes().isBlank() ? null : request.supersedes().strip();
        if (!inForce.map(Decision::id).equals(Optional.ofNullable(seen))) {
            throw ReviewException.conflict(inForce.map(d -> "该项已有 " + d.decidedBy().name() + "（" + d.decidedBy().address()
                    + "）于 " + cn.selfeval.web.view.Times.format(d.decidedAt()) + " 作出的决定「" + d.action().label()
                    + (d.points() == null ? "" : " " + Numbers.plain(d.points()) + " 分") + "：" + d.reason()
                    + "」（id " + d.id() + "）；本次决定未记录。请查看后再决定（写明 supersedes: " + d.id() + "）")
                    .orElse("该项没有 id 为 " + seen + " 的决定；本次决定未记录，请刷新后再决定"));
        }
        Decision decision = new Decision(Ids.next(), unit.id(), state.current().id(), key,
                inForce.map(d -> d.step() + 1).orElse(1), action, indicator, points, reason, basis, now(), actor);
        ReviewStore.insertDecision(h, decision);
        audit(h, roundId, unit.id(), actor, "复核决定", unit.name() + " 第 " + state.current().number() + " 版 " + key + "："
                + action.label() + (points == null ? "" : " " + Numbers.plain(points) + " 分") + "；理由：" + reason
                + (basis == null ? "" : "；依据：" + basis));
        return decision;
    }

    // ---- publishing ----------------------------------------------------------------------------------------------

    /** Freezes the unit's 复核分 for its current version. */
    public Publication publish(String roundId, String unitId, Actor actor) {
        try {
            return jdbi.inTransaction(h -> {
                round(h, roundId);
                ReviewStore.UnitRow unit = unitRow(h, roundId, unitId);
                ReviewStore.lockUnit(h, unit.id());
                State state = state(h, unit);
                if (state.current() == null) {
                    throw ReviewException.conflict(unit.name() + " 还没有检查过的填报，不能发布");
                }
                if (state.status() == UnitStatus.PUBLISHED) {
                    throw ReviewException.conflict(unit.name() + " 第 " + state.current().number() + " 版的复核分已经发布");
                }
                Review r = state.review();
                Publication p = new Publication(Ids.next(), unit.id(), state.current().id(), r.selfScore(), r.computed(),
                        r.reviewed(), r.reviewedGrade(), ReviewStore.json(snapshot(r)), now(), actor);
                ReviewStore.insertPublication(h, p);
                audit(h, roundId, unit.id(), actor, "发布", unit.name() + " 第 " + state.current().number() + " 版：复核分 "
                        + Numbers.plain(r.reviewed()) + "（计算得分 " + Numbers.plain(r.computed()) + "，自评分 "
                        + (r.selfScore() == null ? "未填" : Numbers.plain(r.selfScore())) + "），等级 "
                        + (r.reviewedGrade() == null ? "暂不评定" : r.reviewedGrade()));
                return p;
            });
        } catch (RuntimeException e) {
            if (e instanceof ReviewException r && r.status() == 409) {
                auditConflict(roundId, unitId, actor, r.getMessage());
                throw e;
            }
            if (UniqueViolation.is(e)) {
                ReviewException conflict = ReviewException.conflict("该版本的复核分刚刚已由另一人发布");
                auditConflict(roundId, unitId, actor, conflict.getMessage());
                throw conflict;
            }
            throw e;
        }
    }

    /** The published figures: every indicator's three scores and every decision in force. */
    private static Map<String, Object> snapshot(Review r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("selfScore", text(r.selfScore()));
        s.put("computedScore", text(r.computed()));
        s.put("reviewedScore", text(r.reviewed()));
        s.put("grade", r.reviewedGrade());
        s.put("indicators", r.indicators().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", i.code());
            m.put("selfScore", text(i.selfScore()));
            m.put("computedScore", text(i.computed()));
            m.put("reviewedScore", text(i.reviewed()));
            return m;
        }).toList());
        s.put("decisions", java.util.stream.Stream.concat(r.outcomes().stream(), r.manual().stream())
                .filter(o -> o.decision() != null).map(o -> o.decision().id()).toList());
        return s;
    }

    private static String text(BigDecimal d) {
        return d == null ? null : Numbers.plain(d);
    }

    // ---- audit log -----------------------------------------------------------------------------------------------

    public List<AuditEntry> auditLog(String roundId) {
        return jdbi.withHandle(h -> {
            round(h, roundId);
            return ReviewStore.auditLog(h, roundId);
        });
    }

    private void audit(Handle h, String roundId, String unitId, Actor actor, String action, String detail) {
        ReviewStore.audit(h, new AuditEntry(Ids.next(), roundId, unitId, now(), actor, action, detail));
    }

    private void auditConflict(String roundId, String unitId, Actor actor, String message) {
        jdbi.useTransaction(h -> {
            if (ReviewStore.round(h, roundId).isPresent()) {
                audit(h, roundId, ReviewStore.unit(h, roundId, unitId).map(ReviewStore.UnitRow::id).orElse(null), actor,
                        "未记录（冲突）", message);
            }
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Instant now() {
        return clock.instant();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ReviewException.badRequest("缺少 " + field);
        }
        return limit(value.strip(), field);
    }

    private static String limit(String value, String field) {
        if (value.length() > MAX_TEXT) {
            throw ReviewException.badRequest(field + " 超过 " + MAX_TEXT + " 字");
        }
        return value;
    }

}
