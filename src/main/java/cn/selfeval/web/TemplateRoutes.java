package cn.selfeval.web;

import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.input.workbook.PackForm;
import cn.selfeval.rulepack.PackManifest;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /template.xlsx}: the empty 填报表 of a rule pack, the same file {@code selfeval template} writes, for units
 * that only use the browser. {@code ?pack=id} names the pack (drafts too, as on the check form); {@code &year=2024}
 * must then be one of its years; {@code ?year=2024&district=增城区} chooses the pack as a check of such a submission
 * would. Who may use it: like the 检查 page, anyone who can reach the service; it reads nothing and keeps nothing.
 */
public final class TemplateRoutes {

    static final String PATH = "/template.xlsx";

    private final ServerPacks packs;

    TemplateRoutes(ServerPacks packs) {
        this.packs = packs;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::template, cn.selfeval.web.access.Access.SIGNED_IN);
    }

    /** The download link of a pack's template, as the check page offers it. */
    public static String link(PackManifest manifest) {
        return PATH + "?pack=" + java.net.URLEncoder.encode(manifest.id(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void template(Context ctx) {
        RulePack pack = chosen(ctx.queryParam("pack"), year(ctx.queryParam("year")), ctx.queryParam("district"));
        PackManifest manifest = pack.manifest();
        WebServer.download(ctx, PackForm.template(pack), WebServer.XLSX,
                "自评填报表-" + manifest.id() + "-" + manifest.version() + ".xlsx");
    }

    private RulePack chosen(String name, Integer year, String district) {
        if (blank(name)) {
            if (year == null) {
                throw refused("请指定规则包（pack=规则包的 id）或评价年度和区（year=2024&district=增城区）", available());
            }
            try {
                return packs.registry().select(year, blank(district) ? "" : district).checker().compiled().pack();
            } catch (NoMatchingPackException e) {
                throw refused("没有适用于" + year + "年度" + (blank(district) ? "" : district) + "的规则包", e.problems());
            } catch (RulePackException e) {
                throw refused("无法为" + year + "年度" + (blank(district) ? "" : district) + "选定规则包", e.problems());
            }
        }
        ServerPacks.PackState state = packs.find(name)
                .orElseThrow(() -> refused("没有这个规则包：" + name + "（写规则包的 id）", available()));
        PackManifest manifest = state.declared().manifest();
        if (!state.live()) {
            throw refused("规则包 " + manifest.id() + " 现在无法使用", state.problems());
        }
        if (year != null && !manifest.servesYear(year)) {
            throw refused("规则包 " + manifest.id() + " 适用于" + manifest.yearList() + "年度，不适用于" + year + "年度", available());
        }
        return state.checker().compiled().pack();
    }

    private static Integer year(String text) {
        if (blank(text)) {
            return null;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw refused("year 应为四位数的评价年度，如 2024，实为“" + text + "”", List.of());
        }
        return Integer.valueOf(text.strip());
    }

    /** "可下载：guangzhou-2023（2023–2026年度）…" for a refusal. */
    private List<String> available() {
        List<String> lines = new ArrayList<>();
        packs.packs().stream().filter(ServerPacks.PackState::live).forEach(p -> lines.add("可下载：" + p.declared().manifest().id()
                + "（" + p.declared().manifest().yearList() + "年度" + (p.declared().manifest().draft() ? "，草稿" : "") + "）"));
        return lines;
    }

    private static WebServer.Problem refused(String message, List<String> details) {
        return new WebServer.Problem(400, "bad-request", "无法下载填报表：" + message, details);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
