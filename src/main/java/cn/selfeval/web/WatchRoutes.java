package cn.selfeval.web;

import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.check.ScopedChoice;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.watch.WatchCalendar;
import cn.selfeval.watch.WatchJson;
import cn.selfeval.watch.WatchList;
import cn.selfeval.watch.Watcher;
import cn.selfeval.web.access.Access;
import cn.selfeval.web.api.ApiJson;
import cn.selfeval.web.upload.SubmissionFormats;
import cn.selfeval.web.upload.Upload;
import cn.selfeval.web.view.UploadView;
import cn.selfeval.web.view.WatchView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The 预警 page and {@code POST /api/watch}: an uploaded submission's steps due, overdue and done on a date, as
 * {@code selfeval watch} lists them. Who may use them: like 检查 and {@code POST /api/check}, every logged-in role
 * ({@link Access#SIGNED_IN}); nothing uploaded is kept after the answer.
 */
final class WatchRoutes {

    /** Where finance staff are: "today" is the day in Beijing. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ServerPacks packs;
    private final Limits limits;
    private final Clock clock;
    private final Checks checks;
    private final ToLongFunction<Context> remaining;

    /**
     * @param checks    the bounded pool the lists are made on, shared with every check of the server
     * @param remaining what is left of a request's time limit, in nanoseconds
     */
    WatchRoutes(ServerPacks packs, Limits limits, Clock clock, Checks checks, ToLongFunction<Context> remaining) {
        this.packs = packs;
        this.limits = limits;
        this.clock = clock;
        this.checks = checks;
        this.remaining = remaining;
    }

    void register(RoutesConfig routes) {
        routes.get("/watch", ctx -> page(ctx, 200, WatchView.form(form(null, null), today(), Watcher.DEFAULT_WITHIN)),
                Access.SIGNED_IN);
        routes.post("/watch", this::watchPage, Access.SIGNED_IN);
        routes.post("/api/watch", this::apiWatch, Access.SIGNED_IN);
    }

    /** The list for one upload, or why there is none. */
    record Answer(WatchList list, UnitResult refused) {
    }

    private void watchPage(Context ctx) {
        String pack = ctx.formParam("pack");
        Request request;
        try {
            request = request(ctx.formParam("asOf"), ctx.formParam("within"));
        } catch (IllegalArgumentException e) {
            page(ctx, 400, WatchView.form(form(UnitResult.refused("（预警）", UnitResult.Status.UNSUPPORTED,
                    List.of(e.getMessage())), pack), today(), Watcher.DEFAULT_WITHIN));
            return;
        }
        List<UploadedFile> parts = ctx.uploadedFiles("file");
        if (parts.isEmpty() || parts.get(0).filename() == null || parts.get(0).filename().isBlank()) {
            page(ctx, 400, WatchView.form(form(UnitResult.refused("（未选择文件）", UnitResult.Status.UNSUPPORTED,
                    List.of("请选择填报文件")), pack), request.asOf(), request.within()));
            return;
        }
        Answer answer = watch(read(parts.get(0)), pack, request, remaining.applyAsLong(ctx));
        if (answer.refused() != null) {
            page(ctx, answer.refused().status().httpStatus(), WatchView.form(form(answer.refused(), pack), request.asOf(),
                    request.within()));
            return;
        }
        if ("ics".equals(ctx.formParam("format"))) {
            ics(ctx, answer.list());
            return;
        }
        page(ctx, 200, WatchView.of(answer.list(), form(null, pack), "on".equals(ctx.formParam("details"))));
    }

    private void apiWatch(Context ctx) {
        Request request;
        try {
            request = request(ctx.queryParam("asOf"), ctx.queryParam("within"));
        } catch (IllegalArgumentException e) {
            json(ctx, 400, ApiJson.error("bad-request", 400, e.getMessage(), List.of()));
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            json(ctx, 400, ApiJson.error("no-submission", 400, "请求正文为空：请以填报 JSON（或填报表 .xlsx）为正文", List.of()));
            return;
        }
        boolean zip = body.length >= 2 && body[0] == 'P' && body[1] == 'K';
        Upload upload = new Upload(Upload.cleanLabel(ctx.queryParam("name"), zip ? "submission.xlsx" : "submission.json"), body);
        Answer answer = watch(upload, ctx.queryParam("pack"), request, remaining.applyAsLong(ctx));
        if (answer.refused() != null) {
            json(ctx, answer.refused().status().httpStatus(), ApiJson.error(answer.refused()));
            return;
        }
        if ("ics".equals(ctx.queryParam("format"))) {
            ics(ctx, answer.list());
            return;
        }
        ctx.header("X-Selfeval-Overdue", answer.list().anyOverdue() ? "true" : "false");
        json(ctx, 200, WatchJson.render(answer.list()));
    }

    /** The as-of date and window a request asks for. */
    record Request(LocalDate asOf, int within) {
    }

    private Request request(String asOf, String within) {
        return request(asOf, within, today());
    }

    /**
     * @param today the as-of date when none is given
     * @throws IllegalArgumentException with the Chinese message when a value is not valid
     */
    static Request request(String asOf, String within, LocalDate today) {
        LocalDate day = today;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("截至日期“" + asOf + "”不是有效的日期，应写作 年-月-日，如 2026-12-06");
            }
        }
        int days = Watcher.DEFAULT_WITHIN;
        if (within != null && !within.isBlank()) {
            try {
                days = Integer.parseInt(within.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > 366) {
                throw new IllegalArgumentException("“即将到期”的天数“" + within + "”应为 0 到 366 的整数");
            }
        }
        return new Request(day, days);
    }

    /**
     * Reads the upload and lists its steps on the server's check pool, within {@code timeoutNanos}: when the pool
     * is full or the time runs out, the answer is the refusal a check gets (busy, timeout).
     */
    Answer watch(Upload upload, String packName, Request request, long timeoutNanos) {
        if (upload.bytes().length > limits.maxFileBytes()) {
            return refused(UnitResult.refused(upload.fileName(), UnitResult.Status.TOO_LARGE, List.of("文件超过 "
                    + Limits.size(limits.maxFileBytes()) + "（一份填报的上限），未列出预警")));
        }
        if (SubmissionFormats.forUpload(upload).isEmpty()) {
            return refused(UnitResult.refused(upload.fileName(), UnitResult.Status.UNSUPPORTED,
                    List.of(SubmissionFormats.unsupported(upload))));
        }
        Checks.Pooled<Answer> pooled = checks.onPool(upload.fileName(), () -> watchNow(upload, packName, request),
                timeoutNanos);
        return pooled.refused() != null ? refused(pooled.refused()) : pooled.value();
    }

    private Answer watchNow(Upload upload, String packName, Request request) {
        try {
            SubmissionReader.Parsed parsed = SubmissionReader.parse(upload.fileName(), upload.bytes());
            PackRegistry registry = packs.registry();
            String named = packName == null ? "" : packName.strip();
            PackRegistry.Selection chosen = ScopedChoice.choose(parsed, (year, district) -> named.isEmpty()
                    ? registry.select(year, district) : registry.select(named, year, district, "规则包 " + named));
            SubmissionReader.Read read = chosen.checker().read(parsed);
            return new Answer(Watcher.watch(chosen.checker().compiled(), upload.fileName(), read.submission(),
                    read.locations(), request.asOf(), request.within()), null);
        } catch (InvalidSubmissionException e) {
            return refused(UnitResult.invalid(upload.fileName(), e.problems()));
        } catch (NoMatchingPackException e) {
            return refused(UnitResult.refused(upload.fileName(), UnitResult.Status.NO_PACK, e.problems()));
        } catch (RulePackException e) {
            return refused(UnitResult.refused(upload.fileName(), UnitResult.Status.RULE_PACK_ERROR, e.problems()));
        }
    }

    private static Answer refused(UnitResult result) {
        return new Answer(null, result);
    }

    private static Upload read(UploadedFile part) {
        try (InputStream in = part.content()) {
            return new Upload(Upload.cleanName(part.filename(), "submission.json"), in.readAllBytes());
        } catch (IOException e) {
            throw new WebServer.Problem(400, "bad-upload", "无法读取上传的文件 " + part.filename(), List.of());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private UploadView form(UnitResult refused, String pack) {
        return UploadView.of(packs, limits, refused, pack);
    }

    private static void page(Context ctx, int status, WatchView view) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(Templates.render("watch.jte", view));
    }

    private static void json(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json);
    }

    private static void ics(Context ctx, WatchList list) {
        String name = "预警-" + list.unit().name() + "-" + list.asOf() + ".ics";
        ctx.header("Content-Disposition", "attachment; filename=\"watch-" + list.asOf() + ".ics\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType("text/calendar; charset=utf-8").result(WatchCalendar.render(list));
    }
}
