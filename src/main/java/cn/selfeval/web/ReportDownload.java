package cn.selfeval.web;

import cn.selfeval.docreport.SelfEvaluationReport;
import io.javalin.http.Context;
import java.util.List;

/**
 * "下载自评报告 (.docx)" on a score card's page: the unit's draft 自评报告 written from the same score card the page
 * shows. Open to whoever may see the card (the same rule as the card's other downloads: anyone who holds the
 * card's unguessable id, see docs/serve.md).
 */
final class ReportDownload {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReportDownload() {
    }

    static void send(Context ctx, WebServer.CardEntry entry) {
        if (entry.submission() == null) {
            throw new WebServer.Problem(404, "not-found", "这份评分表没有保留填报数据，无法写出自评报告；请重新上传检查", List.of());
        }
        WebServer.download(ctx, SelfEvaluationReport.docx(entry.card(), entry.submission()), DOCX,
                WebServer.fileName("自评报告", entry.card(), "docx"));
    }
}
