package cn.selfeval.access;

import cn.selfeval.model.Labelled;
import java.util.Arrays;
import java.util.Optional;

/** What an account may do (docs/serve.md, 角色与权限). */
public enum Role implements Labelled {
    /** Uploads its own unit's submissions and sees only that unit. */
    UNIT("单位填报人"),
    /** Reviews the rounds assigned to them: all units of those rounds, decisions, publishing. */
    REVIEWER("复核人员"),
    /** The rule packs: pages, catalogue, reload. */
    POLICY("政策人员"),
    /** Accounts, rounds and their reviewers, the audit log. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /** "admin（管理员）、reviewer（复核人员）…" for messages. */
    public static String choices() {
        return String.join("、", Arrays.stream(values()).map(r -> r.code() + "（" + r.label() + "）").toList());
    }
}
