package cn.selfeval.web.access;

import io.javalin.security.RouteRole;

/**
 * Who may use a route: every page and API route is registered with exactly one of these (Javalin's route roles),
 * and a route without one is refused to everybody ({@link Gate}). The labels are what a refusal and docs/serve.md say.
 * In single-user mode (bound to a loopback address, no account in the store) every route is open, as before accounts.
 */
public enum Access implements RouteRole {
    PUBLIC("所有人（无须登录）"),
    SIGNED_IN("已登录的所有角色"),
    SUMMARY("复核人员、政策人员、管理员"),
    POLICY("政策人员"),
    ADMIN("管理员"),
    ROUNDS("单位填报人、复核人员、管理员"),
    ROUND("本轮次的复核人员、管理员、单位填报人（只见本单位）"),
    ROUND_UPLOAD("本轮次的复核人员、单位填报人（只能上传本单位的填报）"),
    ROUND_UNIT("本轮次的复核人员、管理员、该单位的填报人"),
    ROUND_REVIEW("本轮次的复核人员"),
    ROUND_RECORDS("本轮次的复核人员、管理员");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
