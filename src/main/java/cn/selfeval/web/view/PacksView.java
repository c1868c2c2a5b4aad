package cn.selfeval.web.view;

import cn.selfeval.rulepack.CalendarReach;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.web.ServerPacks;
import java.util.List;

/** The 规则包 page: every pack with its years, districts, version and content hash, and a link to its catalogue. */
public record PacksView(String rulesDir, List<Pack> packs, List<String> unreadable) {

    /**
     * @param state    "使用中", "草稿（只在指定时使用）" or "无法使用"
     * @param calendar how far the working-day calendar reaches and what that means for the last year's deadlines
     */
    public record Pack(String id, String name, String version, String years, String districts, String state,
            boolean live, String hash, String rules, String loadedAt, String catalogue, List<String> problems,
            String description, String calendar) {
    }

    public static PacksView of(ServerPacks packs) {
        List<Pack> list = packs.packs().stream().map(p -> {
            PackManifest m = p.declared().manifest();
            String state = !p.live() ? "无法使用" : m.draft() ? "草稿（只在指定时使用）" : "使用中";
            return new Pack(m.id(), m.name() == null ? m.id() : m.name(), m.version(), m.yearList(),
                    (m.districts().isEmpty() ? "不限" : String.join("、", m.districts()))
                            + (m.frameworkVerifiedFor() == null ? "" : (m.frameworkVerifiedFor().isEmpty()
                                    ? "（指标体系未与任何区的评分表核对，评分表上注明以它代替）"
                                    : "（指标体系已核实：" + String.join("、", m.frameworkVerifiedFor()) + "；其余区以它代替，评分表上注明）")), state, p.live(),
                    p.live() ? p.checker().compiled().pack().contentHash() : "",
                    p.live() ? String.valueOf(p.checker().compiled().rulesByName().size()) : "",
                    Times.format(p.loadedAt()), "/packs/" + m.id() + "/catalogue", p.problems(),
                    m.description() == null ? "" : m.description(),
                    p.live() ? CalendarReach.description(p.checker().compiled().pack()) : "");
        }).toList();
        return new PacksView(packs.rulesDir().toString(), list, packs.unreadable());
    }
}
