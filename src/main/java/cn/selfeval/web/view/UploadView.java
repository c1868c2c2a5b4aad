package cn.selfeval.web.view;

import cn.selfeval.web.Limits;
import cn.selfeval.web.ServerPacks;
import cn.selfeval.web.TemplateRoutes;
import cn.selfeval.web.UnitResult;
import cn.selfeval.web.upload.SubmissionFormats;
import java.util.List;

/**
 * The upload forms of the 检查 and 汇总 pages: the packs to pick from, what may be uploaded and how much, and
 * (after a refused upload) its messages.
 *
 * @param refused   the upload that could not be checked, or null
 * @param templates the 填报表 download of each usable pack (the link and what it is for)
 */
public record UploadView(List<Choice> packs, String formats, String limits, UnitResult refused, String selectedPack,
        List<Choice> templates) {

    public record Choice(String value, String label) {
    }

    /** The single-file picker's accept attribute. */
    public String accept() {
        return SubmissionFormats.accept(false);
    }

    /** The summary's picker: submissions and .zip archives. */
    public String acceptMany() {
        return SubmissionFormats.accept(true);
    }

    public static UploadView of(ServerPacks packs, Limits limits, UnitResult refused, String selectedPack) {
        List<Choice> choices = packs.packs().stream().filter(ServerPacks.PackState::live).map(p -> new Choice(
                p.declared().manifest().id(), p.declared().manifest().id() + "（" + p.declared().manifest().yearList()
                        + "年度" + (p.declared().manifest().draft() ? "，草稿" : "") + "，版本 "
                        + p.declared().manifest().version() + "）")).toList();
        String text = "每份填报不超过 " + Limits.size(limits.maxFileBytes()) + "；汇总一次最多 " + limits.maxFiles()
                + " 份，合计不超过 " + Limits.size(limits.maxRequestBytes()) + "；每份检查限时 "
                + limits.checkTimeout().toSeconds() + " 秒";
        List<Choice> templates = packs.packs().stream().filter(ServerPacks.PackState::live).map(p -> new Choice(
                TemplateRoutes.link(p.declared().manifest()), p.declared().manifest().id() + "（"
                        + p.declared().manifest().yearList() + "年度" + (p.declared().manifest().draft() ? "，草稿" : "")
                        + "）")).toList();
        return new UploadView(choices, SubmissionFormats.labels(), text, refused, selectedPack == null ? "" : selectedPack,
                templates);
    }
}
