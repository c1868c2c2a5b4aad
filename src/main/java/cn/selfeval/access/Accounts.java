package cn.selfeval.access;

import cn.selfeval.review.Actor;
import cn.selfeval.review.Roster;
import cn.selfeval.store.Database;
import cn.selfeval.store.Ids;
import cn.selfeval.store.Times;
import cn.selfeval.store.UniqueViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The accounts in the store, their API tokens and the rounds assigned to reviewers. Every change is one
 * transaction with its line in the {@link AccessLog}. No account exists until one is added (there is no default).
 */
public final class Accounts {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    /** An API token as {@code users token} prints it once: its id (for revoking) and the secret itself. */
    public record IssuedToken(String id, String token) {
    }

    /** A token as {@code users list} shows it: never the secret. */
    public record TokenInfo(String id, Instant createdAt, Instant revokedAt) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public Accounts(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    // ---- accounts --------------------------------------------------------------------------------------------

    /**
     * @param unitName required for {@link Role#UNIT}, refused for the other roles
     * @throws AccessException for a bad name, unit or password, or a name already taken
     */
    public Account add(String name, String displayName, Role role, String unitName, String password, Actor by) {
        String cleanName = name == null ? "" : name.strip();
        if (!NAME.matcher(cleanName).matches()) {
            throw AccessException.badInput("账户名“" + cleanName + "”不可用：应为 1–64 个字母、数字或 . _ @ -，不含空格");
        }
        String unit = unitName == null || unitName.isBlank() ? null : Roster.normalise(unitName);
        if (role == Role.UNIT && unit == null) {
            throw AccessException.badInput("单位填报人账户须写明所属单位：--unit 单位名称（与填报中的单位名称一致）");
        }
        if (role != Role.UNIT && unit != null) {
            throw AccessException.badInput("只有单位填报人（unit）账户属于一个单位；" + role.label() + "账户不写 --unit");
        }
        String display = displayName == null || displayName.isBlank() ? cleanName : displayName.strip();
        if (display.length() > 100) {
            throw AccessException.badInput("显示名超过 100 个字");
        }
        String hash = Passwords.hash(password);
        Account account = new Account(Ids.next(), cleanName, display, role, unit, clock.instant(), null);
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO accounts (id, name, display_name, role, unit_name, password_hash, created_at, "
                                + "created_by, row_version) VALUES (:id, :name, :display, :role, :unit, :hash, :at, :by, 0)")
                        .bind("id", account.id()).bind("name", account.name()).bind("display", account.displayName())
                        .bind("role", role.code()).bind("unit", unit).bind("hash", hash)
                        .bind("at", Times.text(account.createdAt())).bind("by", by.name()).execute();
                AccessLog.record(h, account.createdAt(), by, "建立账户", describe(account));
            });
        } catch (RuntimeException e) {
            if (UniqueViolation.is(e)) {
                throw AccessException.conflict("已有名为“" + cleanName + "”的账户；未建立");
            }
            throw e;
        }
        return account;
    }

    private static String describe(Account a) {
        return a.name() + "（" + a.displayName() + "，" + a.role().label() + (a.unitName() == null ? "" : "，" + a.unitName()) + "）";
    }

    public List<Account> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM accounts ORDER BY name").map((rs, ctx) -> account(rs)).list());
    }

    public Optional<Account> find(String name) {
        return name == null ? Optional.empty() : jdbi.withHandle(h -> find(h, name.strip()));
    }

    private static Optional<Account> find(Handle h, String name) {
        return h.createQuery("SELECT * FROM accounts WHERE name = :name").bind("name", name).map((rs, ctx) -> account(rs)).findOne();
    }

    private Account existing(Handle h, String name) {
        return find(h, name == null ? "" : name.strip()).orElseThrow(() -> AccessException.notFound("没有名为“" + name + "”的账户"));
    }

    /** Whether any account exists (then the server asks everyone to log in). */
    public boolean any() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts").mapTo(Integer.class).one()) > 0;
    }

    public boolean anyAdmin() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts WHERE role = :role AND disabled_at IS NULL")
                .bind("role", Role.ADMIN.code()).mapTo(Integer.class).one()) > 0;
    }

    /** The enabled account whose password this is; a wrong name takes as long as a wrong password. */
    public Optional<Account> login(String name, String password) {
        record Stored(Account account, String hash) {
        }
        Optional<Stored> stored = name == null ? Optional.empty() : jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM accounts WHERE name = :name").bind("name", name.strip())
                .map((rs, ctx) -> new Stored(account(rs), rs.getString("password_hash"))).findOne());
        if (stored.isEmpty()) {
            Passwords.matchNobody(password);
            return Optional.empty();
        }
        boolean matches = Passwords.matches(password, stored.get().hash());
        return matches && stored.get().account().enabled() ? Optional.of(stored.get().account()) : Optional.empty();
    }

    /** A new password; every session of the account ends. */
    public void passwd(String name, String password, Actor by) {
        String hash = Passwords.hash(password);
        jdbi.useTransaction(h -> {
            Account account = existing(h, name);
            h.createUpdate("UPDATE accounts SET password_hash = :hash, row_version = row_version + 1 WHERE id = :id")
                    .bind("hash", hash).bind("id", account.id()).execute();
            h.createUpdate("DELETE FROM sessions WHERE account_id = :id").bind("id", account.id()).execute();
            AccessLog.record(h, clock.instant(), by, "修改密码", account.name() + "（其全部登录会话已结束）");
        });
    }

    /** The account can no longer log in; its sessions end and its tokens are revoked. Kept for the audit log. */
    public void disable(String name, Actor by) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            Account account = existing(h, name);
            if (!account.enabled()) {
                throw AccessException.conflict("账户“" + account.name() + "”已于 " + Times.text(account.disabledAt()) + " 停用");
            }
            h.createUpdate("UPDATE accounts SET disabled_at = :at, row_version = row_version + 1 WHERE id = :id")
                    .bind("at", Times.text(now)).bind("id", account.id()).execute();
            h.createUpdate("DELETE FROM sessions WHERE account_id = :id").bind("id", account.id()).execute();
            h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE account_id = :id AND revoked_at IS NULL")
                    .bind("at", Times.text(now)).bind("id", account.id()).execute();
            AccessLog.record(h, now, by, "停用账户", describe(account) + "（会话结束，令牌撤销）");
        });
    }

    static Account account(ResultSet rs) throws SQLException {
        String role = rs.getString("role");
        return new Account(rs.getString("id"), rs.getString("name"), rs.getString("display_name"),
                Role.of(role).orElseThrow(() -> new IllegalStateException("存储的账户有未知的角色 " + role)),
                rs.getString("unit_name"), Times.instant(rs.getString("created_at")), Times.instant(rs.getString("disabled_at")));
    }

    // ---- API tokens ------------------------------------------------------------------------------------------

    public IssuedToken issueToken(String name, Actor by) {
        String token = Secrets.random();
        String id = Ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            Account account = existing(h, name);
            if (!account.enabled()) {
                throw AccessException.conflict("账户“" + account.name() + "”已停用，不发放令牌");
            }
            h.createUpdate("INSERT INTO api_tokens (id, account_id, token_hash, created_at) VALUES (:id, :account, :hash, :at)")
                    .bind("id", id).bind("account", account.id()).bind("hash", Secrets.sha256(token)).bind("at", Times.text(now))
                    .execute();
            AccessLog.record(h, now, by, "发放令牌", account.name() + " 的令牌 " + id);
        });
        return new IssuedToken(id, token);
    }

    /** Revokes one token of the account, or all of them when {@code tokenId} is null; how many were revoked. */
    public int revoke(String name, String tokenId, Actor by) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Account account = existing(h, name);
            int revoked = h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE account_id = :account "
                            + "AND revoked_at IS NULL" + (tokenId == null ? "" : " AND id = :id"))
                    .bind("at", Times.text(now)).bind("account", account.id()).bind("id", tokenId).execute();
            if (tokenId != null && revoked == 0) {
                throw AccessException.notFound(account.name() + " 没有未撤销的令牌 " + tokenId);
            }
            AccessLog.record(h, now, by, "撤销令牌", account.name() + (tokenId == null ? " 的全部令牌（" + revoked + " 个）" : " 的令牌 " + tokenId));
            return revoked;
        });
    }

    public List<TokenInfo> tokens(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE account_id = :account ORDER BY created_at, id")
                .bind("account", existing(h, name).id())
                .map((rs, ctx) -> new TokenInfo(rs.getString("id"), Times.instant(rs.getString("created_at")),
                        Times.instant(rs.getString("revoked_at")))).list());
    }

    /** The enabled account a token that is not revoked belongs to. */
    public Optional<Account> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT a.* FROM api_tokens t JOIN accounts a ON a.id = t.account_id "
                        + "WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND a.disabled_at IS NULL")
                .bind("hash", Secrets.sha256(token.strip())).map((rs, ctx) -> account(rs)).findOne());
    }

    // ---- reviewers' rounds -----------------------------------------------------------------------------------

    /** Lets a reviewer review a round (again: nothing changes). */
    public void assign(String name, String roundId, Actor by) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            Account account = existing(h, name);
            if (account.role() != Role.REVIEWER) {
                throw AccessException.badInput("只有复核人员（reviewer）可以分配到复核轮次；“" + account.name() + "”是"
                        + account.role().label());
            }
            String round = h.createQuery("SELECT name FROM rounds WHERE id = :id").bind("id", roundId).mapTo(String.class)
                    .findOne().orElseThrow(() -> AccessException.notFound("没有这个复核轮次：" + roundId));
            int added = h.createUpdate("INSERT INTO round_reviewers (round_id, account_id, assigned_at, assigned_by) "
                            + "VALUES (:round, :account, :at, :by) ON CONFLICT (round_id, account_id) DO NOTHING")
                    .bind("round", roundId).bind("account", account.id()).bind("at", Times.text(now)).bind("by", by.name())
                    .execute();
            if (added > 0) {
                AccessLog.record(h, now, by, "分配复核轮次", account.name() + " → " + round + "（" + roundId + "）");
            }
        });
    }

    public boolean assigned(String accountId, String roundId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM round_reviewers WHERE account_id = :account AND round_id = :round")
                .bind("account", accountId).bind("round", roundId).mapTo(Integer.class).one()) > 0;
    }

    public Set<String> roundsOf(String accountId) {
        return Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT round_id FROM round_reviewers WHERE account_id = :account")
                .bind("account", accountId).mapTo(String.class).list()));
    }

    /** The reviewers of a round, by name. */
    public List<Account> reviewers(String roundId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.* FROM round_reviewers r JOIN accounts a ON a.id = r.account_id "
                + "WHERE r.round_id = :round ORDER BY a.name").bind("round", roundId).map((rs, ctx) -> account(rs)).list());
    }
}
