package cn.selfeval.web.upload;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of submission file the server reads, in the order they are tried: the 自评填报表 (.xlsx) and JSON.
 * Adding a kind is one line here; pages, API and limits need no change.
 */
public final class SubmissionFormats {

    private static final List<SubmissionFormat> ALL = List.of(new WorkbookSubmissions(), new JsonSubmissions());

    private SubmissionFormats() {
    }

    public static List<SubmissionFormat> all() {
        return ALL;
    }

    /** The first format that reads the upload. */
    public static Optional<SubmissionFormat> forUpload(Upload upload) {
        return ALL.stream().filter(f -> f.reads(upload)).findFirst();
    }

    /** "JSON（.json）" — what can be uploaded, for messages and the upload pages. */
    public static String labels() {
        return ALL.stream().map(SubmissionFormat::label).collect(Collectors.joining("、"));
    }

    /** What the pages' file pickers offer: ".json" (and ".zip" where archives are taken). */
    public static String accept(boolean zip) {
        String exts = ALL.stream().flatMap(f -> f.extensions().stream()).map(e -> "." + e).collect(Collectors.joining(","));
        return zip ? exts + ",.zip" : exts;
    }

    /** Why an upload that no format reads was not checked. */
    public static String unsupported(Upload upload) {
        String ext = upload.extension();
        String what = ext.isEmpty() ? "无法识别文件类型" : "不能读取 ." + ext + " 文件";
        return what + "；可上传的填报文件：" + labels() + "，多份填报可打包为 .zip";
    }
}
