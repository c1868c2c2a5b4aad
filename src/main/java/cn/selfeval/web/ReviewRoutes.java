package cn.selfeval.web;

import cn.selfeval.docreport.SelfEvaluationReport;
import cn.selfeval.review.CurrentSubmission;
import cn.selfeval.review.DecisionRequest;
import cn.selfeval.access.AccessException;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.review.ReviewException;
import cn.selfeval.review.Roster;
import cn.selfeval.review.Round;
import cn.selfeval.review.RoundView;
import cn.selfeval.review.Rounds;
import cn.selfeval.review.SubmissionCheck;
import cn.selfeval.review.UnitDetail;
import cn.selfeval.review.UploadResult;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.Access;
import cn.selfeval.web.access.Gate;
import cn.selfeval.web.access.Visitor;
import cn.selfeval.watch.Watcher;
import cn.selfeval.web.export.ReviewExports;
import cn.selfeval.web.review.ReviewJson;
import cn.selfeval.web.upload.Upload;
import cn.selfeval.web.upload.Uploads;
import cn.selfeval.web.view.RoundWatch;
import cn.selfeval.web.view.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 复核: review rounds kept in the store — the API under /api/rounds and the pages under /rounds. Without a store
 * (a server started without one) every such address answers that review rounds are not enabled.
 * <p>
 * Who may: each route states its {@link Access} rule (docs/serve.md, 角色与权限); unit staff see a round and their
 * unit as {@link Rounds#roundAsUnitSees} and {@link Rounds#unitAsUnitSees} show them and upload only their unit's
 * submissions. The logged-in account ({@link Gate#visitor}) is the actor of each change. Every change is a POST;
 * each page form includes {@code review/form-fields.jte}, which writes the session's CSRF token.
 */
final class ReviewRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebServer server;
    private final Rounds rounds;
    private final Accounts accounts;

    /** @param accounts null when the store is not asked about accounts (single-user mode only) */
    ReviewRoutes(WebServer server, Database database, Accounts accounts) {
        this.server = server;
        this.rounds = new Rounds(database, this::check, server.settings().clock());
        this.accounts = accounts;
    }

    static void register(RoutesConfig routes, ReviewRoutes review) {
        if (review == null) {
            for (String path : List.of("/rounds", "/rounds/*", "/api/rounds", "/api/rounds/*")) {
                routes.get(path, ReviewRoutes::disabled, Access.SIGNED_IN);
                routes.post(path, ReviewRoutes::disabled, Access.SIGNED_IN);
            }
            return;
        }
        routes.exception(ReviewException.class, (e, ctx) -> review.server.problem(ctx, e.status(), e.kind(), e.getMessage(),
                e.details()));
        // API
        routes.post("/api/rounds", review::apiCreate, Access.ADMIN);
        routes.get("/api/rounds", ctx -> WebServer.json(ctx, 200, ReviewJson.write(ReviewJson.rounds(review.roundsFor(ctx)))),
                Access.ROUNDS);
        routes.get("/api/rounds/{id}", ctx -> WebServer.json(ctx, 200,
                ReviewJson.write(ReviewJson.round(review.roundFor(ctx), true))), Access.ROUND);
        routes.post("/api/rounds/{id}/submissions", ctx -> WebServer.json(ctx, 200,
                ReviewJson.write(review.upload(ctx, null))), Access.ROUND_UPLOAD);
        routes.get("/api/rounds/{id}/units/{unit}", ctx -> WebServer.json(ctx, 200,
                ReviewJson.write(ReviewJson.unitDetail(review.unit(ctx)))), Access.ROUND_UNIT);
        routes.post("/api/rounds/{id}/units/{unit}/decisions", review::apiDecide, Access.ROUND_REVIEW);
        routes.post("/api/rounds/{id}/units/{unit}/publish", ctx -> WebServer.json(ctx, 200, ReviewJson.write(
                ReviewJson.publication(review.rounds.publish(ctx.pathParam("id"), ctx.pathParam("unit"), review.actor(ctx))))),
                Access.ROUND_REVIEW);
        routes.get("/api/rounds/{id}/units/{unit}/diff", ctx -> {
            int from = number(ctx, "from");
            int to = number(ctx, "to");
            WebServer.json(ctx, 200, ReviewJson.write(ReviewJson.diff(review.rounds.diff(ctx.pathParam("id"),
                    ctx.pathParam("unit"), from, to), from, to)));
        }, Access.ROUND_UNIT);
        routes.get("/api/rounds/{id}/units/{unit}/versions/{n}/card.json", ctx -> WebServer.download(ctx,
                review.version(ctx).cardJson().getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8",
                "评分表-第" + ctx.pathParam("n") + "版.json"), Access.ROUND_UNIT);
        routes.get("/api/rounds/{id}/units/{unit}/versions/{n}/submission", review::submission, Access.ROUND_UNIT);
        routes.get("/api/rounds/{id}/units/{unit}/table2.xlsx", review::table2, Access.ROUND_RECORDS);
        routes.get("/api/rounds/{id}/units/{unit}/report.docx", review::report, Access.ROUND_RECORDS);
        routes.get("/api/rounds/{id}/export.csv", ctx -> {
            RoundView round = review.rounds.round(ctx.pathParam("id"));
            WebServer.download(ctx, ReviewExports.resultsCsv(round), "text/csv; charset=utf-8", fileName(round, "复核结果", "csv", review.now()));
        }, Access.ROUND_RECORDS);
        routes.get("/api/rounds/{id}/export.xlsx", ctx -> {
            RoundView round = review.rounds.round(ctx.pathParam("id"));
            WebServer.download(ctx, ReviewExports.resultsXlsx(round, review.now()), WebServer.XLSX,
                    fileName(round, "复核结果", "xlsx", review.now()));
        }, Access.ROUND_RECORDS);
        routes.get("/api/rounds/{id}/audit.csv", ctx -> {
            RoundView round = review.rounds.round(ctx.pathParam("id"));
            Map<String, String> names = round.units().stream().collect(Collectors.toMap(u -> u.id(), u -> u.name()));
            WebServer.download(ctx, ReviewExports.auditCsv(review.rounds.auditLog(round.round().id()), names),
                    "text/csv; charset=utf-8", fileName(round, "操作记录", "csv", review.now()));
        }, Access.ROUND_RECORDS);
        routes.get("/api/rounds/{id}/watch", ctx -> WebServer.json(ctx, 200, ReviewJson.write(ReviewJson.watch(review.watch(ctx)))),
                Access.ROUND_RECORDS);
        routes.get("/api/rounds/{id}/audit", ctx -> WebServer.json(ctx, 200,
                ReviewJson.write(ReviewJson.audit(review.rounds.auditLog(ctx.pathParam("id"))))), Access.ROUND_RECORDS);
        routes.post("/api/rounds/{id}/reviewers", review::apiAssign, Access.ADMIN);

        // Pages
        routes.get("/rounds", ctx -> WebServer.html(ctx, ReviewPages.rounds(review.roundsFor(ctx), review.server.packs(),
                review.mayCreate(ctx))), Access.ROUNDS);
        routes.post("/rounds", review::pageCreate, Access.ADMIN);
        routes.get("/rounds/{id}", ctx -> review.roundPage(ctx, List.of()), Access.ROUND);
        routes.post("/rounds/{id}/submissions", ctx -> review.roundPage(ctx, ReviewPages.uploadLines(
                review.upload(ctx, ctx.formParam("unit")))), Access.ROUND_UPLOAD);
        routes.post("/rounds/{id}/reviewers", ctx -> {
            review.assign(ctx, ctx.formParam("account"));
            ctx.redirect("/rounds/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
        }, Access.ADMIN);
        routes.get("/rounds/{id}/watch", ctx -> WebServer.html(ctx, ReviewPages.watch(review.watch(ctx))), Access.ROUND_RECORDS);
        routes.get("/rounds/{id}/units/{unit}", ctx -> {
            UnitDetail unit = review.unit(ctx);
            String from = ctx.queryParam("from");
            String to = ctx.queryParam("to");
            ReviewPages.Diff diff = null;
            if (from != null && to != null) {
                int a = number(ctx, "from");
                int b = number(ctx, "to");
                diff = new ReviewPages.Diff(a, b, review.rounds.diff(unit.round().id(), unit.unit().id(), a, b));
            }
            WebServer.html(ctx, ReviewPages.unit(unit, diff, Gate.visitor(ctx).onlyUnit() != null));
        }, Access.ROUND_UNIT);
        routes.post("/rounds/{id}/units/{unit}/decisions", ctx -> {
            review.rounds.decide(ctx.pathParam("id"), ctx.pathParam("unit"), new DecisionRequest(ctx.formParam("outcome"),
                    ctx.formParam("action"), points(ctx.formParam("points")), ctx.formParam("reason"), ctx.formParam("basis"),
                    ctx.formParam("indicator"), ctx.formParam("supersedes")), review.actor(ctx));
            ctx.redirect(unitPage(ctx), HttpStatus.SEE_OTHER);
        }, Access.ROUND_REVIEW);
        routes.post("/rounds/{id}/units/{unit}/publish", ctx -> {
            review.rounds.publish(ctx.pathParam("id"), ctx.pathParam("unit"), review.actor(ctx));
            ctx.redirect(unitPage(ctx), HttpStatus.SEE_OTHER);
        }, Access.ROUND_REVIEW);
    }

    /** The rounds the visitor may see: an assigned reviewer's own; each round as its unit staff see it. */
    private List<RoundView> roundsFor(Context ctx) {
        Visitor visitor = Gate.visitor(ctx);
        List<RoundView> all = rounds.rounds();
        if (visitor.is(Role.REVIEWER)) {
            java.util.Set<String> mine = accounts.roundsOf(visitor.account().id());
            return all.stream().filter(r -> mine.contains(r.round().id())).toList();
        }
        if (visitor.onlyUnit() != null) {
            return all.stream().map(r -> rounds.roundAsUnitSees(r.round().id(), visitor.onlyUnit())).toList();
        }
        return all;
    }

    private RoundView roundFor(Context ctx) {
        String only = Gate.visitor(ctx).onlyUnit();
        return only == null ? rounds.round(ctx.pathParam("id")) : rounds.roundAsUnitSees(ctx.pathParam("id"), only);
    }

    private void roundPage(Context ctx, List<String> uploaded) {
        Visitor visitor = Gate.visitor(ctx);
        RoundView round = roundFor(ctx);
        boolean admin = visitor.singleUser() || visitor.is(Role.ADMIN);
        List<String> reviewers = accounts == null || visitor.onlyUnit() != null ? List.of()
                : accounts.reviewers(round.round().id()).stream().map(a -> a.displayName() + "（" + a.name() + "）").toList();
        WebServer.html(ctx, ReviewPages.round(round, uploaded, new ReviewPages.RoundAccess(visitor.onlyUnit() == null,
                admin && accounts != null, reviewers)));
    }

    private boolean mayCreate(Context ctx) {
        Visitor visitor = Gate.visitor(ctx);
        return visitor.singleUser() || visitor.is(Role.ADMIN);
    }

    private void apiAssign(Context ctx) {
        String name = text(body(ctx), "account");
        assign(ctx, name);
        WebServer.json(ctx, 200, ReviewJson.write(Map.of("round", ctx.pathParam("id"), "reviewers",
                accounts.reviewers(ctx.pathParam("id")).stream().map(a -> a.name()).toList())));
    }

    private void assign(Context ctx, String name) {
        if (accounts == null) {
            throw new WebServer.Problem(404, "not-found", "本服务没有账户", List.of());
        }
        try {
            accounts.assign(name == null ? "" : name, ctx.pathParam("id"), actor(ctx));
        } catch (AccessException e) {
            throw new WebServer.Problem(switch (e.kind()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case BAD_INPUT -> 400;
            }, "bad-request", e.getMessage(), List.of());
        }
    }

    /** The name of a unit of a round, for the access rule of a unit's routes. */
    Optional<String> unitName(String roundId, String unitId) {
        return rounds.unitName(roundId, unitId);
    }

    private static void disabled(Context ctx) {
        throw new WebServer.Problem(404, "not-found", "本服务未启用复核轮次（没有数据目录或数据库）", List.of());
    }

    private static String unitPage(Context ctx) {
        return "/rounds/" + ctx.pathParam("id") + "/units/" + ctx.pathParam("unit");
    }

    private cn.selfeval.review.Actor actor(Context ctx) {
        return Gate.visitor(ctx).actor();
    }

    private java.time.Instant now() {
        return server.settings().clock().instant();
    }

    /** The unit; as its staff see it when the visitor is unit staff. */
    private UnitDetail unit(Context ctx) {
        return Gate.visitor(ctx).onlyUnit() == null ? rounds.unit(ctx.pathParam("id"), ctx.pathParam("unit"))
                : rounds.unitAsUnitSees(ctx.pathParam("id"), ctx.pathParam("unit"));
    }

    private cn.selfeval.review.Version version(Context ctx) {
        cn.selfeval.review.Version v = rounds.version(ctx.pathParam("id"), ctx.pathParam("unit"), number(ctx, "n"));
        if (!v.checked()) {
            throw new WebServer.Problem(404, "not-found", "第 " + v.number() + " 版未检查（数据有误），没有评分表", v.problems());
        }
        return v;
    }

    /** The checking of {@code POST /api/check}, with the grade scale of the pack that checked. */
    private SubmissionCheck.Result check(String fileName, byte[] bytes, String pack) {
        Upload upload = new Upload(fileName, bytes);
        UnitResult result = bytes.length > server.settings().limits().maxFileBytes()
                ? UnitResult.refused(fileName, UnitResult.Status.TOO_LARGE, List.of("文件超过 "
                        + Limits.size(server.settings().limits().maxFileBytes()) + "（一份填报的上限），未检查"))
                : server.checks().check(upload, pack);
        if (!result.ok()) {
            return SubmissionCheck.Result.refused(result.status().kind(), result.messages());
        }
        var card = result.card();
        var grades = server.packs().find(card.rulePack().id()).filter(ServerPacks.PackState::live)
                .map(p -> p.checker().compiled().pack().framework().grades()).orElse(List.of());
        return SubmissionCheck.Result.checked(card, grades);
    }

    // ---- API ------------------------------------------------------------------------------------------------------

    private void apiCreate(Context ctx) {
        JsonNode body = body(ctx);
        List<String> roster = new ArrayList<>();
        body.path("roster").forEach(n -> roster.add(n.asText()));
        RoundView created = rounds.round(rounds.create(text(body, "name"), body.path("year").canConvertToInt()
                ? body.path("year").asInt() : null, text(body, "district"), text(body, "pack"), roster, actor(ctx)).id());
        ctx.header("Location", "/api/rounds/" + created.round().id());
        WebServer.json(ctx, 201, ReviewJson.write(ReviewJson.round(created, true)));
    }

    private void apiDecide(Context ctx) {
        JsonNode body = body(ctx);
        BigDecimal points = body.path("points").isNumber() ? body.path("points").decimalValue()
                : points(text(body, "points"));
        var decision = rounds.decide(ctx.pathParam("id"), ctx.pathParam("unit"), new DecisionRequest(text(body, "outcome"),
                text(body, "action"), points, text(body, "reason"), text(body, "basis"), text(body, "indicator"),
                text(body, "supersedes")), actor(ctx));
        WebServer.json(ctx, 201, ReviewJson.write(ReviewJson.decision(decision)));
    }

    /** Every file of the request (a .zip opened) filed in the round; files that could not be read are listed. */
    private Map<String, Object> upload(Context ctx, String unitId) {
        String roundId = ctx.pathParam("id");
        rounds.find(roundId);
        List<Upload> files;
        if (WebServer.multipart(ctx)) {
            files = server.formUploads(ctx, null);
        } else {
            byte[] body = ctx.bodyAsBytes();
            files = body.length == 0 ? List.of() : List.of(new Upload(Upload.cleanLabel(ctx.queryParam("name"),
                    body.length >= 2 && body[0] == 'P' && body[1] == 'K' ? "submissions.zip" : "submission.json"), body));
        }
        if (files.isEmpty()) {
            throw new WebServer.Problem(400, "no-submission", "请求中没有填报文件：以 multipart/form-data 上传一个或多个文件（可含 .zip），"
                    + "或以 .zip 或填报 JSON 为正文", List.of());
        }
        Uploads.Expanded expanded = server.uploads().expand(files);
        String onlyUnit = Gate.visitor(ctx).onlyUnit();
        List<UploadResult> results = new ArrayList<>();
        List<Map<String, Object>> notRead = new ArrayList<>();
        for (Upload file : expanded.files()) {
            try {
                results.add(rounds.upload(roundId, file.fileName(), file.bytes(), unitId == null || unitId.isBlank() ? null : unitId,
                        onlyUnit, actor(ctx)));
            } catch (ReviewException e) {
                if (!"other-unit".equals(e.kind())) {
                    throw e;
                }
                notRead.add(notRead(file.fileName(), e.getMessage()));
            }
        }
        expanded.refused().forEach(r -> notRead.add(notRead(r.fileName(), r.reason())));
        return ReviewJson.uploads(results, notRead);
    }

    private static Map<String, Object> notRead(String fileName, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", fileName);
        m.put("reason", reason);
        return m;
    }

    private void submission(Context ctx) {
        cn.selfeval.review.Version v = rounds.version(ctx.pathParam("id"), ctx.pathParam("unit"), number(ctx, "n"));
        byte[] bytes = rounds.submission(ctx.pathParam("id"), v.id()).orElseThrow();
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        WebServer.download(ctx, bytes, zip ? WebServer.XLSX : "application/json; charset=utf-8", v.fileName());
    }

    private void table2(Context ctx) {
        UnitDetail unit = unit(ctx);
        if (unit.review() == null) {
            throw new WebServer.Problem(404, "not-found", unit.unit().name() + " 还没有检查过的填报，没有复核表2", List.of());
        }
        WebServer.download(ctx, ReviewExports.table2(unit, now()), WebServer.XLSX, "复核表2-"
                + safe(unit.unit().name()) + "-" + unit.round().year() + ".xlsx");
    }

    /**
     * 预警 across the round: the watch list of each unit's current version as of {@code asOf} (default today in
     * Beijing), items due within {@code within} days counted as 即将到期 — the lists {@code selfeval watch} prints.
     */
    private RoundWatch watch(Context ctx) {
        WatchRoutes.Request request;
        try {
            request = WatchRoutes.request(ctx.queryParam("asOf"), ctx.queryParam("within"),
                    LocalDate.now(server.settings().clock().withZone(WatchRoutes.ZONE)));
        } catch (IllegalArgumentException e) {
            throw new WebServer.Problem(400, "bad-request", e.getMessage(), List.of());
        }
        Round round = rounds.find(ctx.pathParam("id"));
        // Every unit's pack is run: on the bounded check pool, within the request's time, refused as a check is.
        Checks.Pooled<RoundWatch> pooled = server.checks().onPool(round.name(), () -> watch(round, request),
                server.remaining(ctx));
        if (pooled.refused() != null) {
            UnitResult refused = pooled.refused();
            throw new WebServer.Problem(refused.status().httpStatus(), refused.status().kind(), refused.messages().get(0),
                    refused.messages());
        }
        return pooled.value();
    }

    private RoundWatch watch(Round round, WatchRoutes.Request request) {
        StoredSubmissions stored = new StoredSubmissions(server.packs());
        List<RoundWatch.UnitWatch> units = new ArrayList<>();
        for (CurrentSubmission unit : rounds.currentSubmissions(round.id())) {
            cn.selfeval.review.Version v = unit.version();
            if (v == null) {
                units.add(new RoundWatch.UnitWatch(unit.unitId(), unit.unitName(), null, null, List.of(unit.versions() == 0
                        ? "尚未上传填报" : "没有检查过的版本（上传的 " + unit.versions() + " 版均数据有误或不属于本轮次）")));
                continue;
            }
            StoredSubmissions.Read read = stored.read(v, unit.bytes());
            if (!read.ok()) {
                List<String> problems = new ArrayList<>();
                problems.add("第 " + v.number() + " 版的填报现在无法再读入，未列出预警");
                problems.addAll(read.problems());
                units.add(new RoundWatch.UnitWatch(unit.unitId(), unit.unitName(), v.number(), null, problems));
                continue;
            }
            units.add(new RoundWatch.UnitWatch(unit.unitId(), unit.unitName(), v.number(), Watcher.watch(
                    read.checker().compiled(), v.fileName(), read.read().submission(), read.read().locations(),
                    request.asOf(), request.within()), List.of()));
        }
        return new RoundWatch(round, request.asOf(), request.within(), units);
    }

    /** The unit's 自评报告 of its current version; with 复核分 and 复核意见 once it is under review or published. */
    private void report(Context ctx) {
        UnitDetail unit = unit(ctx);
        if (unit.review() == null) {
            throw new WebServer.Problem(404, "not-found", unit.unit().name() + " 还没有检查过的填报，没有自评报告", List.of());
        }
        cn.selfeval.review.Version current = unit.current();
        byte[] bytes = rounds.submission(unit.round().id(), current.id()).orElseThrow();
        StoredSubmissions.Read read = new StoredSubmissions(server.packs()).read(current, bytes);
        if (!read.ok()) {
            throw new WebServer.Problem(409, "unreadable-version", unit.unit().name() + " 第 " + current.number()
                    + " 版的填报现在无法再读入，写不出自评报告", read.problems());
        }
        WebServer.download(ctx, SelfEvaluationReport.docx(unit.review().card(), read.read().submission(),
                ReviewExports.reportColumns(unit)), ReportDownload.DOCX, "自评报告-" + safe(unit.unit().name()) + "-"
                + unit.round().year() + "-第" + current.number() + "版.docx");
    }

    private void pageCreate(Context ctx) {
        List<Upload> roster = server.formUploads(ctx, "roster");
        List<String> names = roster.isEmpty() ? List.of() : Roster.read(roster.get(0).fileName(), roster.get(0).bytes());
        String year = ctx.formParam("year");
        Integer parsed;
        try {
            parsed = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new WebServer.Problem(400, "bad-request", "年度应为四位数字，实为 " + year, List.of());
        }
        var round = rounds.create(ctx.formParam("name"), parsed, ctx.formParam("district"), ctx.formParam("pack"), names, actor(ctx));
        ctx.redirect("/rounds/" + round.id(), HttpStatus.SEE_OTHER);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new WebServer.Problem(400, "bad-request", "请求正文应为 JSON 对象", List.of());
            }
            return node;
        } catch (IOException e) {
            throw new WebServer.Problem(400, "bad-request", "请求正文不是有效的 JSON：" + e.getMessage().lines().findFirst().orElse(""),
                    List.of());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal points(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new WebServer.Problem(400, "bad-request", "扣分（points）应为数字，实为 " + text, List.of());
        }
    }

    private static int number(Context ctx, String name) {
        String value = ctx.pathParamMap().containsKey(name) ? ctx.pathParam(name) : ctx.queryParam(name);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new WebServer.Problem(400, "bad-request", name + " 应为版本号（正整数），实为 " + value, List.of());
        }
    }

    private static String fileName(RoundView round, String what, String extension, java.time.Instant at) {
        return what + "-" + safe(round.round().name()) + "-" + Times.stamp(at) + "." + extension;
    }

    private static String safe(String name) {
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }
}
