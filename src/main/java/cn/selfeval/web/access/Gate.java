package cn.selfeval.web.access;

import cn.selfeval.access.Account;
import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.access.Secrets;
import cn.selfeval.access.Sessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Knows who makes each request and lets it reach its route only when the route's {@link Access} allows it:
 * <ol>
 * <li>before every request: the {@link Visitor} — the single user (bound to a loopback address, no account in the
 * store), else by {@code Authorization: Bearer} token, by the trusted proxy's header (only from a trusted proxy's
 * address), or by the session cookie;</li>
 * <li>before the matched route: its rule (a route without one is refused to all), 401 without login (a page asked
 * for is sent to the login page), 403 for a role the rule does not allow, and for every change made with the
 * session cookie the session's CSRF token ({@value PageVisitor#CSRF_FIELD} form field or X-CSRF-Token header).</li>
 * </ol>
 */
public final class Gate {

    public static final String SESSION_COOKIE = "selfeval_session";
    private static final String VISITOR = "selfeval.visitor";
    static final String CSRF_HEADER = "X-CSRF-Token";

    /** The name of a round's unit, by round id and unit id, for {@link Access#ROUND_UNIT}. */
    @FunctionalInterface
    public interface UnitNames extends BiFunction<String, String, Optional<String>> {
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final AccessSettings settings;
    private final boolean loopbackBound;
    private final UnitNames unitNames;
    private final Set<InetAddress> proxies;
    private volatile boolean accountsExist;

    /**
     * @param accounts null without a store: then there are no accounts and the service is single-user
     */
    public Gate(Accounts accounts, Sessions sessions, AccessSettings settings, boolean loopbackBound, UnitNames unitNames) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.settings = settings;
        this.loopbackBound = loopbackBound;
        this.unitNames = unitNames;
        this.proxies = settings.trustedProxies().stream().map(Gate::address).collect(Collectors.toUnmodifiableSet());
    }

    public void install(RoutesConfig routes) {
        routes.before(ctx -> {
            PageVisitor.clear();
            Visitor visitor = identify(ctx);
            ctx.attribute(VISITOR, visitor);
            PageVisitor.set(visitor);
        });
        routes.beforeMatched(this::check);
        routes.after(ctx -> PageVisitor.clear());
    }

    /** Whether the service asks who you are: bound beyond loopback, or some account exists. */
    public boolean required() {
        if (!loopbackBound || accountsExist) {
            return true;
        }
        if (accounts != null && accounts.any()) {
            accountsExist = true; // accounts are never deleted, only disabled
        }
        return accountsExist;
    }

    public static Visitor visitor(Context ctx) {
        Visitor v = ctx.attribute(VISITOR);
        return v == null ? Visitor.nobody(ctx.req().getRemoteAddr()) : v;
    }

    // ---- who ------------------------------------------------------------------------------------------------------

    private Visitor identify(Context ctx) {
        String address = clientAddress(ctx);
        if (!required()) {
            return Visitor.single(address);
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accounts.byToken(authorization.substring(7)).map(a -> new Visitor(false, a, null, address))
                    .orElseThrow(() -> new Refusal(401, "unauthorized", "令牌无效或已撤销：请向管理员索取新的令牌（selfeval users token）", null));
        }
        String cookie = ctx.cookie(SESSION_COOKIE);
        Optional<Sessions.Session> session = cookie == null ? Optional.empty() : sessions.find(cookie);
        if (settings.trustedUserHeader() != null && fromTrustedProxy(ctx)) {
            String name = ctx.header(settings.trustedUserHeader());
            if (name != null && !name.isBlank()) {
                if (session.isPresent() && session.get().account().name().equals(name.strip())) {
                    return new Visitor(false, session.get().account(), session.get().csrf(), address);
                }
                Account account = accounts.find(name.strip()).filter(Account::enabled).orElseThrow(() -> new Refusal(401,
                        "unauthorized", "反向代理传来的用户“" + name.strip() + "”在本服务中没有可用的账户；请管理员建立（selfeval users add）", null));
                Sessions.NewSession created = startSession(ctx, account);
                return new Visitor(false, account, created.csrf(), address);
            }
        }
        return session.map(s -> new Visitor(false, s.account(), s.csrf(), address)).orElse(Visitor.nobody(address));
    }

    /** A new session for the account, its cookie set; the request's earlier session (if any) ends: a new id on login. */
    public Sessions.NewSession startSession(Context ctx, Account account) {
        sessions.end(ctx.cookie(SESSION_COOKIE));
        Sessions.NewSession session = sessions.create(account, clientAddress(ctx));
        ctx.cookie(cookie(ctx, session.id(), -1));
        return session;
    }

    public void endSession(Context ctx) {
        sessions.end(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(ctx, "", 0));
    }

    private Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(SESSION_COOKIE, value, "/", maxAge, secure(ctx), true, null, SameSite.STRICT);
    }

    /** Whether the browser reached us over HTTPS: directly, or through a trusted proxy that says so. */
    public boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || ctx.req().isSecure()
                || fromTrustedProxy(ctx) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** The remote address, or from a trusted proxy the client its X-Forwarded-For names last. */
    public String clientAddress(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        if (fromTrustedProxy(ctx)) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return remote;
    }

    private boolean fromTrustedProxy(Context ctx) {
        return !proxies.isEmpty() && proxies.contains(address(ctx.req().getRemoteAddr()));
    }

    private static InetAddress address(String text) {
        try {
            // Only literal addresses are given (checked at start), so no name is looked up here.
            return InetAddress.getByName(text.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--trusted-proxy 应为 IP 地址，实为 " + text, e);
        }
    }

    // ---- may they ---------------------------------------------------------------------------------------------

    private void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access rule)) {
            throw new Refusal(403, "forbidden", "该地址没有访问规则，拒绝访问：" + ctx.method() + " " + ctx.endpoint().path, null);
        }
        Visitor visitor = visitor(ctx);
        if (changes(ctx)) {
            refuseCrossSite(ctx, visitor.singleUser());
        }
        if (visitor.singleUser() || rule == Access.PUBLIC) {
            return;
        }
        if (visitor.account() == null) {
            boolean page = !ctx.path().startsWith("/api/");
            throw new Refusal(401, "unauthorized", "请先登录", page && ctx.method() == HandlerType.GET
                    ? "/login?next=" + URLEncoder.encode(pathWithQuery(ctx), StandardCharsets.UTF_8) : null);
        }
        if (!allows(rule, visitor.account(), ctx)) {
            throw new Refusal(403, "forbidden", "无权访问：" + rule.label() + "可以使用此处；您登录的账户“"
                    + visitor.account().name() + "”是" + visitor.account().role().label()
                    + (visitor.account().unitName() == null ? "" : "（" + visitor.account().unitName() + "）"), null);
        }
        if (visitor.csrf() != null && changes(ctx)) {
            String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(PageVisitor.CSRF_FIELD));
            if (!Secrets.same(sent, visitor.csrf())) {
                throw new Refusal(403, "csrf", "请求缺少有效的表单令牌（CSRF），未处理：请回到上一页、刷新后再提交", null);
            }
        }
    }

    /**
     * A change sent by a browser from another site is refused in every mode, before any account is looked at: the
     * browser's own Sec-Fetch-Site says where the request came from, and a page cannot forge it. In single-user mode
     * there is no session, hence no CSRF token, so this is that mode's protection; an older browser that sends no
     * Sec-Fetch-Site is judged by its Origin against the address it asked for (loopback: no proxy in between).
     * Scripts and command-line clients send neither header and are not affected.
     */
    private static void refuseCrossSite(Context ctx, boolean singleUser) {
        String site = ctx.header("Sec-Fetch-Site");
        boolean foreign = site != null
                ? site.equals("cross-site") || site.equals("same-site")
                : singleUser && ctx.header("Origin") != null && !sameOrigin(ctx.header("Origin"), ctx.header("Host"));
        if (foreign) {
            throw new Refusal(403, "cross-site", "拒绝来自其他网站页面的提交：只能在本服务自己的页面上提交、上传或更改", null);
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        int scheme = origin.indexOf("://");
        return scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
    }

    private static boolean changes(Context ctx) {
        HandlerType method = ctx.method();
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private static String pathWithQuery(Context ctx) {
        return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    }

    boolean allows(Access rule, Account account, Context ctx) {
        Role role = account.role();
        return switch (rule) {
            case PUBLIC, SIGNED_IN -> true;
            case SUMMARY -> role == Role.REVIEWER || role == Role.POLICY || role == Role.ADMIN;
            case POLICY -> role == Role.POLICY;
            case ADMIN -> role == Role.ADMIN;
            case ROUNDS -> role == Role.UNIT || role == Role.REVIEWER || role == Role.ADMIN;
            case ROUND -> role == Role.ADMIN || role == Role.UNIT || reviews(account, ctx);
            case ROUND_UPLOAD -> role == Role.UNIT || reviews(account, ctx);
            case ROUND_UNIT -> role == Role.ADMIN || reviews(account, ctx) || role == Role.UNIT && ownUnit(account, ctx);
            case ROUND_REVIEW -> reviews(account, ctx);
            case ROUND_RECORDS -> role == Role.ADMIN || reviews(account, ctx);
        };
    }

    private boolean reviews(Account account, Context ctx) {
        return account.role() == Role.REVIEWER && accounts.assigned(account.id(), ctx.pathParam("id"));
    }

    private boolean ownUnit(Account account, Context ctx) {
        return unitNames.apply(ctx.pathParam("id"), ctx.pathParam("unit")).filter(n -> n.equals(account.unitName())).isPresent();
    }
}
