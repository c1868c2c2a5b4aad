package cn.selfeval.web;

import cn.selfeval.access.AccessLog;
import cn.selfeval.access.Accounts;
import cn.selfeval.web.access.Access;
import cn.selfeval.web.export.ReviewExports;
import cn.selfeval.web.view.Times;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The administrator's pages: the audit log (paged, newest first, CSV of all of it) and the accounts. */
final class AdminRoutes {

    static final int PAGE_SIZE = 100;

    private final WebServer server;
    private final AccessLog log;
    private final Accounts accounts;

    AdminRoutes(WebServer server, AccessLog log, Accounts accounts) {
        this.server = server;
        this.log = log;
        this.accounts = accounts;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin", ctx -> ctx.redirect("/admin/audit"), Access.ADMIN);
        routes.get("/admin/audit", this::auditPage, Access.ADMIN);
        routes.get("/admin/audit.csv", ctx -> WebServer.download(ctx, ReviewExports.accessLogCsv(log.page(0, Integer.MAX_VALUE)),
                "text/csv; charset=utf-8", "操作记录-" + Times.stamp(server.settings().clock().instant()) + ".csv"), Access.ADMIN);
        routes.get("/admin/users", ctx -> WebServer.html(ctx, Templates.render("admin/users.jte",
                Map.of("accounts", accounts.list()))), Access.ADMIN);
    }

    private void auditPage(Context ctx) {
        int total = log.count();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page;
        try {
            page = ctx.queryParam("page") == null ? 1 : Integer.parseInt(ctx.queryParam("page").strip());
        } catch (NumberFormatException e) {
            throw new WebServer.Problem(400, "bad-request", "page 应为页码（正整数），实为 " + ctx.queryParam("page"), List.of());
        }
        page = Math.max(1, Math.min(page, pages));
        WebServer.html(ctx, Templates.render("admin/audit.jte", Map.of("lines", log.page((page - 1) * PAGE_SIZE, PAGE_SIZE),
                "page", page, "pages", pages, "total", total)));
    }
}
