package cn.selfeval.access;

import cn.selfeval.review.Actor;
import java.time.Instant;

/**
 * A person who may log in.
 *
 * @param unitName the unit a {@link Role#UNIT} account belongs to (as its submissions' 单位名称 say); null otherwise
 * @param disabledAt null while the account may log in
 */
public record Account(String id, String name, String displayName, Role role, String unitName, Instant createdAt,
        Instant disabledAt) {

    public boolean enabled() {
        return disabledAt == null;
    }

    /** The person as the audit log names them: "张三（zhangsan）", or the name alone when no display name differs. */
    public Actor actor(String address) {
        String who = displayName == null || displayName.isBlank() || displayName.equals(name) ? name : displayName + "（" + name + "）";
        return new Actor(who, address == null || address.isBlank() ? "未知" : address);
    }
}
