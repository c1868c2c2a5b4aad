package cn.selfeval.web;

import cn.selfeval.access.AccessLog;
import cn.selfeval.access.Account;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.LoginThrottle;
import cn.selfeval.access.Secrets;
import cn.selfeval.review.Actor;
import cn.selfeval.web.access.Access;
import cn.selfeval.web.access.Gate;
import cn.selfeval.web.access.Visitor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 登录 and 退出. The login form carries a token that must equal its cookie's (so that another site cannot log a
 * browser in under its own account); a login makes a new session ({@link Gate#startSession}); failures are
 * counted by {@link LoginThrottle} and every attempt, failure and logout is in the {@link AccessLog}.
 */
final class AccessRoutes {

    private static final String LOGIN_COOKIE = "selfeval_login";

    private final Gate gate;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AccessLog log;

    AccessRoutes(Gate gate, Accounts accounts, LoginThrottle throttle, AccessLog log) {
        this.gate = gate;
        this.accounts = accounts;
        this.throttle = throttle;
        this.log = log;
    }

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> {
            if (!gate.required()) {
                ctx.redirect("/", HttpStatus.SEE_OTHER);
                return;
            }
            loginPage(ctx, 200, "", null);
        }, Access.PUBLIC);
        routes.post("/login", this::login, Access.PUBLIC);
        routes.post("/logout", this::logout, Access.SIGNED_IN);
    }

    private void loginPage(Context ctx, int status, String name, String message) {
        String token = Secrets.random();
        ctx.cookie(new Cookie(LOGIN_COOKIE, token, "/login", -1, gate.secure(ctx), true, null, SameSite.STRICT));
        Map<String, Object> params = new HashMap<>();
        params.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        params.put("loginToken", token);
        params.put("name", name == null ? "" : name);
        params.put("message", message);
        ctx.status(status);
        WebServer.html(ctx, Templates.render("login.jte", params));
    }

    private void login(Context ctx) {
        if (!gate.required()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        String name = Optional.ofNullable(ctx.formParam("name")).map(String::strip).orElse("");
        String address = gate.clientAddress(ctx);
        Actor attempt = new Actor("（未登录）" + name, address);
        if (!Secrets.same(ctx.formParam("login_token"), ctx.cookie(LOGIN_COOKIE))) {
            loginPage(ctx, 400, name, "登录页已过期或不是从本服务打开的，请重新输入后登录");
            return;
        }
        Optional<Duration> waiting = throttle.waiting(name, address);
        if (waiting.isPresent()) {
            long seconds = Math.max(1, (waiting.get().toMillis() + 999) / 1000);
            log.record(attempt, "登录受限", "账户名“" + name + "”：登录失败次数过多，" + seconds + " 秒内不受理");
            ctx.header("Retry-After", Long.toString(seconds));
            loginPage(ctx, 429, name, "登录失败次数过多，请在" + seconds + "秒后再试");
            return;
        }
        Optional<Account> account = accounts.login(name, ctx.formParam("password"));
        if (account.isEmpty()) {
            throttle.failed(name, address);
            log.record(attempt, "登录失败", "账户名“" + name + "”：账户名或密码不正确，或账户已停用");
            loginPage(ctx, 401, name, "账户名或密码不正确（或账户已停用）");
            return;
        }
        throttle.succeeded(name, address);
        gate.startSession(ctx, account.get());
        ctx.removeCookie(LOGIN_COOKIE, "/login");
        log.record(account.get().actor(address), "登录", account.get().name() + "（" + account.get().role().label() + "）");
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Visitor visitor = Gate.visitor(ctx);
        gate.endSession(ctx);
        if (visitor.account() != null) {
            log.record(visitor.actor(), "退出", visitor.account().name());
        }
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** Only a path on this server ("/rounds/…"), never another site ("//evil.example", "https://…"). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\r")
                || next.contains("\n") || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }
}
