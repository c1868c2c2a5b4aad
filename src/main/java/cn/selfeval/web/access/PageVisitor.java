package cn.selfeval.web.access;

/**
 * The visitor of the request being answered, for what every page writes: the CSRF token of its forms
 * ({@code review/form-fields.jte}) and who is logged in (the header's 退出 button). Set by {@link Gate} at the start of
 * every request on the thread that renders its page (replacing whatever an earlier request left), cleared at its end.
 */
public final class PageVisitor {

    /** The CSRF form field's name. */
    public static final String CSRF_FIELD = "_csrf";

    private static final ThreadLocal<Visitor> CURRENT = new ThreadLocal<>();

    private PageVisitor() {
    }

    /** The token the page's forms carry, or null when the request needs none. */
    public static String csrf() {
        Visitor v = CURRENT.get();
        return v == null ? null : v.csrf();
    }

    /** "张三（复核人员）" for a logged-in account, null otherwise. */
    public static String signedIn() {
        Visitor v = CURRENT.get();
        return v == null || v.account() == null ? null : v.account().displayName() + "（" + v.account().role().label() + "）";
    }

    /** Whether the logged-in account has this role (for the links of the header), e.g. "admin". */
    public static boolean role(String code) {
        Visitor v = CURRENT.get();
        return v != null && v.account() != null && v.account().role().code().equals(code);
    }

    static void set(Visitor visitor) {
        CURRENT.set(visitor);
    }

    static void clear() {
        CURRENT.remove();
    }
}
