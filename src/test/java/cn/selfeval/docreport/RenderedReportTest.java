package cn.selfeval.docreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as an office suite renders it: LibreOffice (headless, {@code apt-get install -y libreoffice-writer-nogui
 * poppler-utils}) converts it to PDF without complaint, and the PDF's text (pdftotext) has the title and the total.
 * Skipped, saying why, on a machine without them; {@code .ci/run} installs them.
 */
class RenderedReportTest {

    @Test
    void libreOfficeRendersTheReportWithTitleAndTotal(@TempDir Path dir) throws Exception {
        String soffice = onPath("soffice");
        String pdftotext = onPath("pdftotext");
        Assumptions.assumeTrue(soffice != null && pdftotext != null,
                "LibreOffice（soffice）或 pdftotext 未安装：apt-get install -y libreoffice-writer-nogui poppler-utils");
        ReportDocuments.Checked lihu = ReportDocuments.check(Path.of("fixtures/lihu-2023.json"));
        Path docx = dir.resolve("report.docx");
        Files.write(docx, lihu.docx());
        run(dir, soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.size(pdf) > 10_000, "LibreOffice wrote a PDF");
        run(dir, pdftotext, pdf.toString(), dir.resolve("report.txt").toString());
        String text = Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertTrue(text.contains("广州市增城区人民政府荔湖街道办事处2023年度部门整体支出绩效自评报告"), text);
        assertTrue(text.contains("部门整体支出绩效评价得分94.70分，评价等级为“优”"), text);
        assertTrue(text.contains("—2—"), "page numbers in the footer");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), command[0] + " did not finish in 180 s");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("out.log")));
    }

    private static String onPath(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        for (String d : dirs) {
            Path candidate = Path.of(d, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
