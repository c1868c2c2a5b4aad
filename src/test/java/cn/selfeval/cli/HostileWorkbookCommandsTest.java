package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.WorkbookParts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks a clerk or an attacker may hand over, on the command line: one Chinese sentence each, exit 3, no stack
 * trace and no library log line on the terminal (standard error of the process included), and in a folder the
 * other submissions are still checked.
 */
class HostileWorkbookCommandsTest {

    @TempDir
    Path temp;

    private static WorkbookParts lihu() throws IOException {
        return WorkbookParts.of(Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx")));
    }

    /** The run, with what the JVM's own standard error received meanwhile (where library loggers write). */
    private record Captured(CliRun.Run run, String processErr) {
    }

    private static Captured capture(Supplier<CliRun.Run> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Captured(command.get(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private void assertOneSentence(Path file, String sentence) {
        Captured check = capture(() -> CliRun.selfeval("check", file.toString()));
        assertEquals(ExitCode.INVALID_INPUT, check.run().exit(), check.run().err());
        assertTrue(check.run().err().contains("填报数据有误（1 处）"), check.run().err());
        assertEquals(1, check.run().err().split(java.util.regex.Pattern.quote(sentence), -1).length - 1, check.run().err());
        assertTrue(check.run().err().contains(sentence), check.run().err());
        assertFalse(check.run().err().contains("\tat ") || check.run().err().contains("Exception"), check.run().err());
        assertEquals("", check.processErr(), "nothing from a library reaches the terminal");
        Captured convert = capture(() -> CliRun.selfeval("convert", file.toString(), "-o", temp.resolve("out.json").toString()));
        assertEquals(ExitCode.INVALID_INPUT, convert.run().exit(), convert.run().err());
        assertTrue(convert.run().err().contains(sentence), convert.run().err());
        assertEquals("", convert.processErr());
    }

    @Test
    void doctypesInThePackagePartsGetOneSentenceAndExit3() throws IOException {
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>";
        for (String part : List.of("[Content_Types].xml", "docProps/core.xml", "_rels/.rels")) {
            Path file = temp.resolve("doctype-" + part.replaceAll("\\W", "") + ".xlsx");
            Files.write(file, lihu().edit(part, xml -> doctype + xml.substring(xml.indexOf("?>") + 2)).bytes());
            assertOneSentence(file, "文件中的 " + part + " 含有 DOCTYPE 声明（Excel 和 WPS 保存的工作簿不会有），为安全起见未读取；"
                    + "请在 Excel 或 WPS 中打开后另存为 .xlsx 再提交");
        }
    }

    @Test
    void aPlainZipNamedXlsxGetsOneSentenceAndExit3() throws IOException {
        Path file = temp.resolve("照片.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("照片/1.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertOneSentence(file, "不是 Excel 工作簿：文件是 zip 压缩包，但其中没有工作簿；请提交自评填报表（.xlsx）");
    }

    @Test
    void aMillionRowSheetInAFolderIsRefusedAndTheOtherFilesAreChecked() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("填报"));
        Files.write(folder.resolve("a-巨大.xlsx"), lihu().withRows("采购项目", WorkbookParts.numberedRows(1_048_576)));
        Files.copy(Path.of("fixtures/lihu-2023.json"), folder.resolve("b-荔湖.json"));
        Files.copy(Path.of("fixtures/lihu-2023.xlsx"), folder.resolve("c-荔湖.xlsx"));

        Captured batch = capture(() -> CliRun.selfeval("check", "-o", temp.resolve("结果").toString(), folder.toString()));

        CliRun.Run run = batch.run();
        assertEquals(ExitCode.INVALID_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains("采购项目：本表填写的行超过 20,000 行的上限（读到第 20,001 行时），未读入"), run.err());
        assertTrue(run.err().contains("共 3 份填报：已检查 2 份"), run.err());
        assertTrue(Files.exists(temp.resolve("结果/b-荔湖.result.txt")));
        assertTrue(Files.exists(temp.resolve("结果/c-荔湖.result.txt")));
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", batch.processErr());
    }
}
