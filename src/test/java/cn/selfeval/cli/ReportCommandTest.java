package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.FileTrees;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfeval report}, and the checks' {@code improvement} texts it uses (validate, catalogue). */
class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void reportWritesTheDocxFromAJsonOrAWorkbook() throws Exception {
        for (String fixture : List.of("fixtures/lihu-2023.json", "fixtures/lihu-2023.xlsx")) {
            Path docx = temp.resolve(Path.of(fixture).getFileName() + ".docx");
            CliRun.Run run = selfeval("report", fixture, "-o", docx.toString());
            assertEquals(ExitCode.OK, run.exit(), run.err());
            assertTrue(run.err().contains(fixture + " → " + docx), run.err());
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
                assertEquals("广州市增城区人民政府荔湖街道办事处2023年度部门整体支出绩效自评报告", doc.getParagraphs().get(0).getText());
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("评价得分94.70分，评价等级为“优”")));
            }
        }
    }

    @Test
    void reportNeverReplacesAFileUnasked() throws Exception {
        Path existing = temp.resolve("自评报告.docx");
        Files.writeString(existing, "单位自己写的报告");
        CliRun.Run run = selfeval("report", "fixtures/clean-2023.json", "-o", existing.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, run.exit());
        assertTrue(run.err().contains(existing + "：文件已存在，为免覆盖它，未写入（要覆盖请加 --force）"), run.err());
        assertEquals("单位自己写的报告", Files.readString(existing));
        assertEquals(ExitCode.OK, selfeval("report", "fixtures/clean-2023.json", "-o", existing.toString(), "--force").exit());
        assertFalse(Files.readString(existing, StandardCharsets.ISO_8859_1).contains("单位自己写的报告"));
    }

    @Test
    void reportRefusesAnOutputThatIsNotDocxAndNeverTheInput() throws Exception {
        Path input = temp.resolve("in.docx");
        byte[] lihu = Files.readAllBytes(Path.of("fixtures/lihu-2023.json"));
        Files.write(input, lihu);
        CliRun.Run self = selfeval("report", input.toString(), "-o", input.toString(), "--force");
        assertEquals(ExitCode.INTERNAL_ERROR, self.exit());
        assertTrue(self.err().contains("是本命令读入的文件本身，不能覆盖它"), self.err());
        assertArrayEquals(lihu, Files.readAllBytes(input));

        CliRun.Run json = selfeval("report", "fixtures/lihu-2023.json", "-o", temp.resolve("报告.json").toString());
        assertEquals(ExitCode.USAGE, json.exit());
        assertTrue(json.err().contains("自评报告是 Word 文档，-o 应是 .docx 文件"), json.err());
    }

    @Test
    void aSubmissionWithErrorsGetsItsMessagesAndNoReport() {
        Path docx = temp.resolve("r.docx");
        CliRun.Run run = selfeval("report", "fixtures/invalid-2023.json", "-o", docx.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        assertTrue(run.err().contains("未写出报告"), run.err());
        assertFalse(Files.exists(docx));
    }

    @Test
    void helpIsChineseWithExitCodes() {
        CliRun.Run run = selfeval("report", "--help");
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(run.out().contains("用法：selfeval report 填报文件 -o 自评报告.docx"), run.out());
        assertTrue(run.out().contains("退出码："), run.out());
        assertTrue(run.out().contains("6   没有适用于该年度和区的规则包") || run.out().contains("6 没有适用"), run.out());
    }

    @Test
    void validateWarnsAboutADeductingCheckWithoutImprovementAtItsLine() throws Exception {
        Path pack = FileTrees.shippedPack(temp);
        Path checks = pack.resolve("procurement/contract-signing.checks.yaml");
        List<String> lines = Files.readAllLines(checks);
        int nameLine = lines.indexOf("  - name: 采购合同签订时效") + 1;
        Files.write(checks, lines.stream().filter(l -> !l.startsWith("    improvement:")).toList());

        CliRun.Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.OK, run.exit(), "a warning only\n" + run.out());
        assertTrue(run.out().contains(checks.normalize() + ":" + nameLine + "：警告：检查「采购合同签订时效」会扣分，但没有 improvement（整改建议）"),
                run.out());
        assertTrue(run.out().contains("0 个错误，1 个警告"), run.out());
    }

    @Test
    void anImprovementWithAnUnknownPlaceholderIsAnErrorWithFileAndLine() throws Exception {
        Path pack = FileTrees.shippedPack(temp);
        Path checks = pack.resolve("procurement/contract-signing.checks.yaml");
        List<String> lines = Files.readAllLines(checks);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("    improvement:")) {
                lines.set(i, "    improvement: 在{procurement.contract_signing.max_dayz}日内签订合同。");
                line = i + 1;
            }
        }
        Files.write(checks, lines);

        CliRun.Run run = selfeval("rules", "validate", pack.toString());

        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertTrue(run.out().contains(checks.normalize() + ":" + line + "：") && run.out().contains("{procurement.contract_signing.max_dayz}"),
                run.out());
    }

    @Test
    void theCatalogueShowsEachChecksImprovement() throws Exception {
        Path out = temp.resolve("doc");
        assertEquals(ExitCode.OK, selfeval("rules", "doc", "rules/guangzhou-2023", "-o", out.toString()).exit());
        String catalogue = Files.readString(out.resolve("catalogue.md"));
        assertTrue(catalogue.contains("整改建议（模板）：中标、成交通知书发出后，按政府采购法第四十六条在{procurement.contract_signing.max_days}日内"),
                catalogue);
    }
}
