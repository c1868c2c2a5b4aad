package cn.selfeval.web.access;

import cn.selfeval.access.Account;
import cn.selfeval.access.Role;
import cn.selfeval.review.Actor;

/**
 * Who makes a request: the single user of a service without accounts, a logged-in account (by session, API token or
 * the trusted proxy's header), or nobody yet.
 *
 * @param account  null for the single user and for nobody
 * @param csrf     the session's CSRF token when the account came by its session cookie (then every change must carry
 *                 it); null for a token, for the single user and for nobody
 * @param address  the client's address (the proxy's X-Forwarded-For only from a trusted proxy)
 */
public record Visitor(boolean singleUser, Account account, String csrf, String address) {

    public static Visitor single(String address) {
        return new Visitor(true, null, null, address);
    }

    public static Visitor nobody(String address) {
        return new Visitor(false, null, null, address);
    }

    public boolean known() {
        return singleUser || account != null;
    }

    public boolean is(Role role) {
        return account != null && account.role() == role;
    }

    /** The actor the store records. */
    public Actor actor() {
        return account == null ? Actor.local(address) : account.actor(address);
    }

    /** The unit a unit-staff account sees; null for everyone else (who is not limited to one unit). */
    public String onlyUnit() {
        return is(Role.UNIT) ? account.unitName() : null;
    }

    /** Who owns what this visitor leaves in memory (one-off cards and summaries): the account id, or "" for the single user. */
    public String owner() {
        return account == null ? "" : account.id();
    }
}
