package cn.selfeval.web;

import cn.selfeval.report.JsonReport;
import cn.selfeval.report.PackCatalogue;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.web.api.ApiJson;
import cn.selfeval.web.export.ScoreCardWorkbook;
import cn.selfeval.web.export.SummaryExports;
import cn.selfeval.web.guard.Answers;
import cn.selfeval.web.guard.BodyFirst;
import cn.selfeval.web.guard.ServerGuards;
import cn.selfeval.web.transport.SecurityHeaders;
import cn.selfeval.web.transport.Transport;
import cn.selfeval.web.upload.Upload;
import cn.selfeval.web.upload.Uploads;
import cn.selfeval.web.view.CardView;
import cn.selfeval.web.view.PacksView;
import cn.selfeval.web.view.SummaryView;
import cn.selfeval.web.view.Times;
import cn.selfeval.web.view.UploadView;
import cn.selfeval.web.view.Assets;
import cn.selfeval.access.AccessLog;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.LoginThrottle;
import cn.selfeval.access.Sessions;
import cn.selfeval.web.access.Access;
import cn.selfeval.web.access.AccessSettings;
import cn.selfeval.web.access.Gate;
import cn.selfeval.web.access.Refusal;
import cn.selfeval.web.access.Visitor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code selfeval serve}: the pages for finance staff (检查) and reviewers (汇总, 规则包) and the API for the
 * bureau's systems, on an embedded Javalin (Jetty) server. Checks go through {@link Checks}, which uses the
 * command line's checking code and one compiled pack per pack for every request.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /**
     * @param rulesDir the folder whose packs the server uses (like the command line's rules/)
     * @param host     the address to listen on; 127.0.0.1 unless the bureau says otherwise
     * @param port     0 for any free port (tests)
     * @param clock    the time pages and downloads are stamped with
     * @param allowPackCode whether packs with DRL files are used (serve --allow-pack-code)
     * @param transport plain HTTP, or HTTPS with a certificate (serve --tls-cert, --tls-key)
     */
    public record Settings(Path rulesDir, String host, int port, Limits limits, Clock clock,
            cn.selfeval.store.Database database, boolean allowPackCode, Transport.Settings transport, AccessSettings access) {

        /** Over plain HTTP, with the default access settings (30 minutes idle, no trusted proxy). */
        public Settings(Path rulesDir, String host, int port, Limits limits, Clock clock,
                cn.selfeval.store.Database database, boolean allowPackCode) {
            this(rulesDir, host, port, limits, clock, database, allowPackCode, Transport.Settings.PLAIN);
        }

        /** With the default access settings. */
        public Settings(Path rulesDir, String host, int port, Limits limits, Clock clock,
                cn.selfeval.store.Database database, boolean allowPackCode, Transport.Settings transport) {
            this(rulesDir, host, port, limits, clock, database, allowPackCode, transport, AccessSettings.defaults());
        }

        public Settings withAccess(AccessSettings access) {
            return new Settings(rulesDir, host, port, limits, clock, database, allowPackCode, transport, access);
        }

        /** A server without review rounds (only the one-off pages and API), without --allow-pack-code. */
        public Settings(Path rulesDir, String host, int port, Limits limits, Clock clock) {
            this(rulesDir, host, port, limits, clock, null, false);
        }

        /** A server with review rounds in {@code database}, without --allow-pack-code. */
        public Settings(Path rulesDir, String host, int port, Limits limits, Clock clock,
                cn.selfeval.store.Database database) {
            this(rulesDir, host, port, limits, clock, database, false);
        }

        /** A server without review rounds; packs with DRL files used only when {@code allowPackCode}. */
        public Settings(Path rulesDir, String host, int port, Limits limits, Clock clock, boolean allowPackCode) {
            this(rulesDir, host, port, limits, clock, null, allowPackCode);
        }
    }

    /** A score card kept for its page and downloads, with the submission it was computed from and the time it was made. */
    record CardEntry(ScoreCard card, cn.selfeval.model.Submission submission, Instant generatedAt, String owner) {
    }

    /** A batch summary kept for its pages, with who made it ({@link Visitor#owner}). */
    record SummaryEntry(BatchSummary summary, String owner) {
    }

    private final Settings settings;
    private final ServerPacks packs;
    private final Checks checks;
    private final Path workDir;
    private final ResultStore<CardEntry> cards;
    private final ResultStore<SummaryEntry> summaries;
    private final Uploads uploads;
    private final String openApiYaml;
    private final String openApiJson;
    private final ReviewRoutes review;
    private final Gate gate;
    private final AccessRoutes accessRoutes;
    private final AccessLog accessLog;
    private final Accounts accounts;
    private Javalin app;
    private BodyFirst bodies;
    private Transport transport;

    private WebServer(Settings settings, ServerPacks packs, Path workDir) {
        this.settings = settings;
        this.packs = packs;
        this.workDir = workDir;
        Limits limits = settings.limits();
        this.checks = new Checks(packs, limits);
        this.cards = new ResultStore<>(Math.max(1, limits.keptResultsMb() * 1024 / 4), c -> CardFigures.weightKb(c.card()));
        this.summaries = new ResultStore<>(Math.max(1, limits.keptResultsMb() * 1024 * 3 / 4), s -> s.summary().weightKb());
        this.uploads = new Uploads(limits.maxFileBytes(), limits.maxFiles(), limits.maxRequestBytes());
        cn.selfeval.store.Database db = settings.database();
        this.accounts = db == null ? null : new Accounts(db, settings.clock());
        this.accessLog = db == null ? null : new AccessLog(db, settings.clock());
        this.review = db == null ? null : new ReviewRoutes(this, db, accounts);
        this.gate = new Gate(accounts, db == null ? null : new Sessions(db, settings.clock(), settings.access().sessionIdle()),
                settings.access(), loopback(settings.host()), review == null ? (round, unit) -> java.util.Optional.empty()
                : review::unitName);
        this.accessRoutes = db == null ? null : new AccessRoutes(gate, accounts, new LoginThrottle(db, settings.clock()),
                accessLog);
        this.openApiYaml = resource("openapi.yaml");
        try {
            this.openApiJson = new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(openApiYaml)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lists and compiles the packs, makes the work folder and starts listening.
     *
     * @throws cn.selfeval.rulepack.RulePackException when the rules folder holds no pack
     * @throws IllegalStateException when the server cannot listen (the port is taken)
     */
    public static WebServer start(Settings settings) {
        refuseUnguarded(settings);
        ServerPacks packs = ServerPacks.open(settings.rulesDir(), settings.clock(), settings.allowPackCode());
        Path workDir;
        try {
            workDir = Files.createTempDirectory("selfeval-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            try {
                workDir = Files.createTempDirectory("selfeval-serve-");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebServer server = new WebServer(settings, packs, workDir);
        try {
            server.app = server.create().start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalStateException(describeStartFailure(settings, e), e);
        }
        return server;
    }

    /**
     * Beyond a loopback address the service asks everyone to log in, so it does not start before someone can: an
     * administrator must exist in the store.
     *
     * @throws NoAdministrator when bound beyond loopback without a store or without an enabled admin account
     */
    private static void refuseUnguarded(Settings settings) {
        if (loopback(settings.host())) {
            return;
        }
        if (settings.database() == null || !new Accounts(settings.database(), settings.clock()).anyAdmin()) {
            throw new NoAdministrator("监听 " + settings.host() + " 时本网络中的其他电脑也能访问，须登录后使用；"
                    + "数据目录中还没有管理员账户，未启动服务。请先建立一个管理员账户");
        }
    }

    /** {@link #start} refused: bound beyond loopback with no administrator to let anyone in. */
    public static final class NoAdministrator extends IllegalStateException {
        NoAdministrator(String message) {
            super(message);
        }
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Every route of the server with its method and access rule, for the role matrix test. */
    public List<Route> accessRules() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> {
                    io.javalin.security.Roles roles = e.metadata(io.javalin.security.Roles.class);
                    java.util.Set<io.javalin.security.RouteRole> set = roles == null ? java.util.Set.of() : roles.getRoles();
                    return new Route(e.method.name(), e.path, set.size() == 1 && set.iterator().next() instanceof Access a ? a : null);
                }).toList();
    }

    /** @param access null when the route has none (then it is refused to everybody) */
    public record Route(String method, String path, Access access) {
    }

    public int port() {
        return app.port();
    }

    /** "http://127.0.0.1:8080", "https://…" when served over HTTPS */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return transport.scheme() + "://" + ("0.0.0.0".equals(host) || "[::]".equals(host) ? "127.0.0.1" : host) + ":" + port();
    }

    public ServerPacks packs() {
        return packs;
    }

    /** Every route as "GET /cards/{id}", for the tests that walk them all. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    /** How the server is reached (HTTP or HTTPS and its protocols). */
    public Transport transport() {
        return transport;
    }

    Settings settings() {
        return settings;
    }

    Checks checks() {
        return checks;
    }

    Uploads uploads() {
        return uploads;
    }

    /** The folder the server owns for uploads too large to keep in memory while they arrive; deleted on close. */
    public Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        checks.close();
        deleteWorkDir();
    }

    private Javalin create() {
        Limits limits = settings.limits();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = limits.maxRequestBytes();
            config.http.defaultContentType = "text/html; charset=utf-8";
            // A score card answer is about 26 times its submission, and gzip makes it smaller than the submission
            // (docs/serve.md, 回答的大小); Javalin's default, stated so that it is not lost by accident.
            config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.GZIP;
            config.jetty.multipartConfig.cacheDirectory(workDir.toString());
            config.jetty.multipartConfig.maxFileSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Limits.MIB, limits.maxRequestBytes()), SizeUnit.BYTES);
            bodies = ServerGuards.install(config, limits, this::answer,
                    (ctx, e) -> problem(ctx, 500, "internal-error", "selfeval 内部错误；服务日志中有详细信息", List.of()));
            transport = Transport.install(config, settings.transport(), settings.host(), settings.port());

            config.routes.before(ctx -> ctx.header("Cache-Control", "no-store"));
            gate.install(config.routes);
            if (accessRoutes != null) {
                accessRoutes.register(config.routes);
                new AdminRoutes(this, accessLog, accounts).register(config.routes);
            }
            config.routes.after(ctx -> {
                if (ctx.statusCode() == 503) {
                    ctx.header("Retry-After", Integer.toString(Limits.RETRY_AFTER_SECONDS));
                }
            });

            // Pages
            config.routes.get("/", ctx -> html(ctx, Templates.render("check.jte", UploadView.of(packs, limits, null, null))), Access.SIGNED_IN);
            config.routes.post("/check", this::checkPage, Access.SIGNED_IN);
            config.routes.get("/cards/{id}", ctx -> cardPage(ctx, card(ctx), base(ctx), "/", "检查另一份填报"), Access.SIGNED_IN);
            config.routes.get("/cards/{id}/download.html", ctx -> cardHtml(ctx, card(ctx)), Access.SIGNED_IN);
            config.routes.get("/cards/{id}/download.xlsx", ctx -> cardXlsx(ctx, card(ctx)), Access.SIGNED_IN);
            config.routes.get("/cards/{id}/download.json", ctx -> cardJson(ctx, card(ctx)), Access.SIGNED_IN);
            config.routes.get("/cards/{id}/download.docx", ctx -> ReportDownload.send(ctx, card(ctx)), Access.SIGNED_IN);
            config.routes.get("/summary", ctx -> html(ctx, Templates.render("summary-upload.jte",
                    UploadView.of(packs, limits, null, null))), Access.SUMMARY);
            config.routes.post("/summary", this::summaryPage, Access.SUMMARY);
            config.routes.get("/summary/{id}", ctx -> html(ctx, Templates.render("summary.jte",
                    SummaryView.of(ctx.pathParam("id"), summary(ctx)))), Access.SUMMARY);
            config.routes.get("/summary/{id}/summary.csv", ctx -> download(ctx, SummaryExports.csv(summary(ctx)),
                    "text/csv; charset=utf-8", "汇总-" + Times.stamp(summary(ctx).createdAt()) + ".csv"), Access.SUMMARY);
            config.routes.get("/summary/{id}/summary.xlsx", ctx -> download(ctx, SummaryExports.xlsx(summary(ctx)),
                    XLSX, "汇总-" + Times.stamp(summary(ctx).createdAt()) + ".xlsx"), Access.SUMMARY);
            config.routes.get("/summary/{id}/units/{n}", ctx -> cardPage(ctx, unit(ctx), base(ctx),
                    "/summary/" + ctx.pathParam("id"), "返回汇总"), Access.SUMMARY);
            config.routes.get("/summary/{id}/units/{n}/download.html", ctx -> cardHtml(ctx, unit(ctx)), Access.SUMMARY);
            config.routes.get("/summary/{id}/units/{n}/download.xlsx", ctx -> cardXlsx(ctx, unit(ctx)), Access.SUMMARY);
            config.routes.get("/summary/{id}/units/{n}/download.json", ctx -> cardJson(ctx, unit(ctx)), Access.SUMMARY);
            config.routes.get("/summary/{id}/units/{n}/download.docx", ctx -> ReportDownload.send(ctx, unit(ctx)), Access.SUMMARY);
            config.routes.get("/packs", ctx -> html(ctx, Templates.render("packs.jte", PacksView.of(packs))), Access.SIGNED_IN);
            new TemplateRoutes(packs).register(config.routes);
            config.routes.get("/packs/{id}/catalogue", this::catalogue, Access.SIGNED_IN);
            config.routes.get("/assets/app.js", ctx -> {
                ctx.header("Cache-Control", "max-age=3600");
                ctx.contentType("text/javascript; charset=utf-8").result(Assets.js());
            }, Access.PUBLIC);
            config.routes.get("/assets/selfeval.css", ctx -> {
                ctx.header("Cache-Control", "max-age=3600");
                ctx.contentType("text/css; charset=utf-8").result(Assets.css());
            }, Access.PUBLIC);

            // API
            config.routes.post("/api/check", this::apiCheck, Access.SIGNED_IN);
            new WatchRoutes(packs, limits, settings.clock(), checks, this::remaining).register(config.routes);
            config.routes.post("/api/batch", this::apiBatch, Access.SUMMARY);
            config.routes.get("/api/packs", ctx -> json(ctx, 200, ApiJson.packs(packs.packs(), packs.unreadable())), Access.SIGNED_IN);
            config.routes.post("/api/packs/reload", this::apiReload, Access.POLICY);
            config.routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApiYaml), Access.PUBLIC);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApiJson), Access.PUBLIC);
            config.routes.get("/api/health", ctx -> json(ctx, 200, "{\"status\": \"ok\"}\n"), Access.PUBLIC);
            ReviewRoutes.register(config.routes, review);

            config.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e.status, e.kind, e.getMessage(), e.details));
            config.routes.exception(Refusal.class, (e, ctx) -> {
                if (e.loginPage() != null) {
                    ctx.redirect(e.loginPage(), io.javalin.http.HttpStatus.SEE_OTHER);
                } else {
                    problem(ctx, e.status(), e.kind(), e.getMessage(), List.of());
                }
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    httpKind(e.getStatus()), httpMessage(ctx, e.getStatus()), List.of()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} 内部错误", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "internal-error", "selfeval 内部错误；服务日志中有详细信息", List.of());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, 404, "not-found", "没有这个页面：" + ctx.path(), List.of());
                }
            });
            config.routes.error(405, ctx -> problem(ctx, 405, "method-not-allowed", ctx.method() + " 不适用于 " + ctx.path(), List.of()));
        });
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** An answer with a Chinese message: a JSON error under /api/, a page elsewhere. */
    static final class Problem extends RuntimeException {
        final int status;
        final String kind;
        final List<String> details;

        Problem(int status, String kind, String message, List<String> details) {
            super(message);
            this.status = status;
            this.kind = kind;
            this.details = details;
        }
    }

    void problem(Context ctx, int status, String kind, String message, List<String> details) {
        if (status == 413) {
            // The rest of the body is not read: say that the connection ends, so that no client sends on it again.
            ctx.header("Connection", "close");
        }
        if (ctx.path().startsWith("/api/")) {
            json(ctx, status, ApiJson.error(kind, status, message, details));
        } else {
            ctx.status(status);
            html(ctx, Templates.render("message.jte", Map.of("title", message, "nav", "",
                    "messages", details.isEmpty() ? List.of(message) : details)));
        }
    }

    /** A refusal made before a route, worded as {@link #problem} words it. */
    private Answers.Answer answer(String path, int status, String kind, String message) {
        return path.startsWith("/api/") ? new Answers.Answer("application/json; charset=utf-8",
                ApiJson.error(kind, status, message, List.of(message)))
                : new Answers.Answer("text/html; charset=utf-8", Templates.render("message.jte",
                        Map.of("title", message, "nav", "", "messages", List.of(message))));
    }

    /** Bytes of request bodies held in memory now. */
    public long uploadBytesHeld() {
        return bodies == null ? 0 : bodies.heldBytes();
    }

    private static String httpKind(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            default -> "bad-request";
        };
    }

    private String httpMessage(Context ctx, int status) {
        return switch (status) {
            case 404 -> "没有这个页面：" + ctx.path();
            case 405 -> ctx.method() + " 不适用于 " + ctx.path();
            case 413 -> "上传的内容超过 " + Limits.size(settings.limits().maxRequestBytes()) + "（一次上传的上限），未检查；请分批上传";
            case 400 -> "请求有误";
            default -> "请求无法处理（HTTP " + status + "）";
        };
    }

    // ---- 检查 -----------------------------------------------------------------------------------------------

    private void checkPage(Context ctx) {
        Limits limits = settings.limits();
        List<Upload> files = formUploads(ctx, "file");
        String pack = ctx.formParam("pack");
        if (files.isEmpty()) {
            refusedPage(ctx, "check.jte", UnitResult.refused("（未选择文件）", UnitResult.Status.UNSUPPORTED,
                    List.of("请选择要检查的填报文件")), pack, 400);
            return;
        }
        Upload upload = files.get(0);
        if (Uploads.isZip(upload) || files.size() > 1) {
            refusedPage(ctx, "check.jte", UnitResult.refused(upload.fileName(), UnitResult.Status.UNSUPPORTED,
                    List.of("“检查”一次检查一份填报；多个单位的填报或 .zip 请用“汇总”页")), pack, 415);
            return;
        }
        UnitResult result = upload.bytes().length > limits.maxFileBytes() ? tooLarge(upload) : checks.check(upload, pack, remaining(ctx));
        if (!result.ok()) {
            refusedPage(ctx, "check.jte", result, pack, result.status().httpStatus());
            return;
        }
        String id = cards.put(new CardEntry(result.card(), result.submission(), settings.clock().instant(),
                Gate.visitor(ctx).owner()));
        ctx.redirect("/cards/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void refusedPage(Context ctx, String template, UnitResult result, String pack, int status) {
        ctx.status(status);
        html(ctx, Templates.render(template, UploadView.of(packs, settings.limits(), result, pack)));
    }

    private UnitResult tooLarge(Upload upload) {
        return UnitResult.refused(upload.fileName(), UnitResult.Status.TOO_LARGE, List.of("文件超过 "
                + Limits.size(settings.limits().maxFileBytes()) + "（一份填报的上限），未检查"));
    }

    /** A one-off card, only for whoever checked it (to anyone else it does not exist). */
    private CardEntry card(Context ctx) {
        String owner = Gate.visitor(ctx).owner();
        return cards.get(ctx.pathParam("id")).filter(c -> c.owner().equals(owner)).orElseThrow(() -> new Problem(404, "not-found",
                "没有这份评分表：结果只在服务内存中保留一段时间，请重新上传检查", List.of()));
    }

    private static String base(Context ctx) {
        String path = ctx.path();
        int download = path.indexOf("/download.");
        return download < 0 ? path : path.substring(0, download);
    }

    private void cardPage(Context ctx, CardEntry entry, String page, String back, String backLabel) {
        html(ctx, Templates.render("card.jte", CardView.of(entry.card(), entry.generatedAt(),
                new CardView.Links(page, back, backLabel))));
    }

    private void cardHtml(Context ctx, CardEntry entry) {
        byte[] page = Templates.render("card.jte", CardView.of(entry.card(), entry.generatedAt(), null))
                .getBytes(StandardCharsets.UTF_8);
        download(ctx, page, "text/html; charset=utf-8", cardFileName(entry.card(), "html"));
    }

    private void cardXlsx(Context ctx, CardEntry entry) {
        download(ctx, ScoreCardWorkbook.of(entry.card(), entry.generatedAt()), XLSX, cardFileName(entry.card(), "xlsx"));
    }

    private void cardJson(Context ctx, CardEntry entry) {
        download(ctx, JsonReport.render(entry.card()).getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8",
                cardFileName(entry.card(), "json"));
    }

    /** "评分表-荔湖街道办事处-2023.xlsx" */
    private static String cardFileName(ScoreCard card, String extension) {
        return fileName("评分表", card, extension);
    }

    /** "自评报告-荔湖街道办事处-2023.docx": the unit's name without the characters a file name cannot hold. */
    static String fileName(String what, ScoreCard card, String extension) {
        String unit = card.unit().name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return what + "-" + (unit.length() > 60 ? unit.substring(0, 60) : unit) + "-" + card.year() + "." + extension;
    }

    // ---- 汇总 -----------------------------------------------------------------------------------------------

    private void summaryPage(Context ctx) {
        List<Upload> files = formUploads(ctx, "files");
        String pack = ctx.formParam("pack");
        if (files.isEmpty()) {
            refusedPage(ctx, "summary-upload.jte", UnitResult.refused("（未选择文件）", UnitResult.Status.UNSUPPORTED,
                    List.of("请选择要汇总的填报文件（可多选），或一个 .zip 压缩包")), pack, 400);
            return;
        }
        String id = summaries.put(new SummaryEntry(batch(files, pack, deadline(ctx)), Gate.visitor(ctx).owner()));
        ctx.redirect("/summary/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private BatchSummary batch(List<Upload> files, String pack, long deadline) {
        Uploads.Expanded expanded = uploads.expand(files);
        List<UnitResult> results = new ArrayList<>(checks.checkAll(expanded.files(), pack, deadline));
        for (Uploads.Refused refused : expanded.refused()) {
            results.add(UnitResult.refused(refused.fileName(), refused.reason().startsWith("文件超过")
                    ? UnitResult.Status.TOO_LARGE : UnitResult.Status.UNSUPPORTED, List.of(refused.reason())));
        }
        return BatchSummary.of(settings.clock().instant(), results);
    }

    /** A summary, only for whoever made it. */
    private BatchSummary summary(Context ctx) {
        String owner = Gate.visitor(ctx).owner();
        return summaries.get(ctx.pathParam("id")).filter(s -> s.owner().equals(owner)).map(SummaryEntry::summary)
                .orElseThrow(() -> new Problem(404, "not-found", "没有这份汇总：结果只在服务内存中保留一段时间，请重新上传", List.of()));
    }

    private CardEntry unit(Context ctx) {
        BatchSummary summary = summary(ctx);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n >= summary.results().size() || !summary.results().get(n).ok()) {
            throw new Problem(404, "not-found", "汇总中没有这个单位的评分表", List.of());
        }
        return new CardEntry(summary.results().get(n).card(), summary.results().get(n).submission(), summary.createdAt(),
                Gate.visitor(ctx).owner());
    }

    // ---- 规则包 ---------------------------------------------------------------------------------------------

    private void catalogue(Context ctx) {
        ServerPacks.PackState pack = packs.find(ctx.pathParam("id")).filter(ServerPacks.PackState::live)
                .orElseThrow(() -> new Problem(404, "not-found", "没有可用的规则包 " + ctx.pathParam("id"), List.of()));
        ctx.header(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policyWithStyleHash(PackCatalogue.htmlStyleHash()));
        html(ctx, PackCatalogue.html(pack.checker().compiled()));
    }

    // ---- API ------------------------------------------------------------------------------------------------

    private void apiCheck(Context ctx) {
        Limits limits = settings.limits();
        Upload upload;
        if (multipart(ctx)) {
            List<Upload> files = formUploads(ctx, null);
            if (files.isEmpty()) {
                throw new Problem(400, "no-submission", "请求中没有填报文件", List.of());
            }
            upload = files.get(0);
        } else {
            byte[] body = ctx.bodyAsBytes();
            if (body.length == 0) {
                throw new Problem(400, "no-submission", "请求正文为空：请以填报 JSON 为正文", List.of());
            }
            boolean zip = body.length >= 2 && body[0] == 'P' && body[1] == 'K';
            upload = new Upload(Upload.cleanLabel(ctx.queryParam("name"), zip ? "submission.xlsx" : "submission.json"), body);
        }
        UnitResult result = upload.bytes().length > limits.maxFileBytes() ? tooLarge(upload)
                : checks.check(upload, ctx.queryParam("pack"), remaining(ctx));
        if (!result.ok()) {
            json(ctx, result.status().httpStatus(), ApiJson.error(result));
            return;
        }
        ScoreCard card = result.card();
        ctx.header("X-Selfeval-Pack", card.rulePack().id() + " " + card.rulePack().version());
        ctx.header("X-Selfeval-Pack-Hash", card.rulePack().contentHash());
        // Streamed: a large score card is not held as text as well (docs/serve.md, 回答的大小).
        ctx.status(200).contentType("application/json; charset=utf-8");
        try {
            JsonReport.write(card, ctx.outputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apiBatch(Context ctx) {
        List<Upload> files;
        if (multipart(ctx)) {
            files = formUploads(ctx, null);
        } else {
            byte[] body = ctx.bodyAsBytes();
            files = body.length == 0 ? List.of() : List.of(new Upload(Upload.cleanLabel(ctx.queryParam("name"),
                    body.length >= 2 && body[0] == 'P' && body[1] == 'K' ? "submissions.zip" : "submission.json"), body));
        }
        if (files.isEmpty()) {
            throw new Problem(400, "no-submission", "请求中没有填报文件：以 multipart/form-data 上传多个文件，或以 .zip 为正文",
                    List.of());
        }
        BatchSummary summary = batch(files, ctx.queryParam("pack"), deadline(ctx));
        String id = summaries.put(new SummaryEntry(summary, Gate.visitor(ctx).owner()));
        json(ctx, 200, ApiJson.batch(id, summary));
    }

    private void apiReload(Context ctx) {
        Visitor visitor = Gate.visitor(ctx);
        if (visitor.singleUser() && !loopback(ctx)) {
            throw new Problem(403, "forbidden", "只能在运行服务的机器上更新规则包（从 127.0.0.1 调用 POST /api/packs/reload）",
                    List.of());
        }
        PackReloader.Report report;
        try {
            report = packs.reloader().reload(ctx.queryParam("pack"));
        } catch (IllegalArgumentException e) {
            throw new Problem(404, "no-such-pack", e.getMessage(), List.of());
        } catch (cn.selfeval.rulepack.RulePackException e) {
            throw new Problem(500, "rule-pack-error", "无法读取规则目录", e.problems());
        }
        if (accessLog != null) {
            accessLog.record(visitor.actor(), "更新规则包", (ctx.queryParam("pack") == null ? "全部规则包" : "规则包 " + ctx.queryParam("pack"))
                    + "：" + (report.allAccepted() ? "全部通过校验和规则测试，已替换" : "有未通过的规则包，未替换（HTTP 422）"));
        }
        json(ctx, report.allAccepted() ? 200 : 422, ApiJson.reload(report));
    }

    Gate gate() {
        return gate;
    }

    /** Whether every visitor must log in (false: single-user mode). */
    public boolean accessRequired() {
        return gate.required();
    }

    private static boolean loopback(Context ctx) {
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** {@link System#nanoTime} by which the request is to be answered: its time limit counts from its first byte. */
    private long deadline(Context ctx) {
        Object deadline = ctx.req().getAttribute(BodyFirst.DEADLINE);
        return deadline instanceof Long at ? at : System.nanoTime() + settings.limits().checkTimeout().toNanos();
    }

    long remaining(Context ctx) {
        return deadline(ctx) - System.nanoTime();
    }

    static boolean multipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The files of a multipart request (of one field, or of all fields when {@code field} is null), in memory. */
    List<Upload> formUploads(Context ctx, String field) {
        List<UploadedFile> parts;
        try {
            parts = field == null ? ctx.uploadedFiles() : ctx.uploadedFiles(field);
        } catch (Exception e) { // Jetty's ServletException reaches here undeclared, through Kotlin
            if (isTooLarge(e)) {
                throw new Problem(413, "too-large", "上传的内容超过 " + Limits.size(settings.limits().maxRequestBytes())
                        + "（一次上传的上限），未检查；请分批上传", List.of());
            }
            throw new Problem(400, "bad-upload", "无法读取上传的文件（" + e.getClass().getSimpleName() + "）", List.of());
        }
        List<Upload> files = new ArrayList<>();
        for (UploadedFile part : parts) {
            if (part.filename() == null || part.filename().isBlank() && part.size() == 0) {
                continue;
            }
            try (InputStream in = part.content()) {
                files.add(new Upload(Upload.cleanName(part.filename(), "submission.json"), in.readAllBytes()));
            } catch (IOException e) {
                throw new Problem(400, "bad-upload", "无法读取上传的文件 " + part.filename(), List.of());
            }
        }
        return files;
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (t instanceof HttpResponseException h && h.getStatus() == 413 || m.contains("exceed") || m.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    static void json(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json);
    }

    static void download(Context ctx, byte[] content, String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(content);
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream("/cn/selfeval/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describeStartFailure(Settings settings, RuntimeException e) {
        String where = settings.host() + ":" + settings.port();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "无法在 " + where + " 上提供服务：端口已被占用或地址不属于本机（" + t.getMessage() + "）；可用 --port 换一个端口";
            }
        }
        return "无法在 " + where + " 上启动服务：" + e.getMessage();
    }

    private void deleteWorkDir() {
        if (!Files.exists(workDir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(workDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("无法删除 {}：{}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("无法删除工作目录 {}：{}", workDir, e.getMessage());
        }
    }
}
