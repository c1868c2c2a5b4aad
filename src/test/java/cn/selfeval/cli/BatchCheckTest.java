package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's batch: a folder of submissions, checked on several threads, reported in order with one summary line. */
class BatchCheckTest {

    private static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    private static final Path CLEAN = Path.of("fixtures/clean-2023.json");
    private static final Path INVALID = Path.of("fixtures/invalid-2023.json");

    @TempDir
    Path temp;

    @Test
    void aFolderIsEveryJsonAndWorkbookInItAndItsSubfoldersInPathOrder() throws IOException {
        Path district = Files.createDirectories(temp.resolve("增城区"));
        Files.copy(LIHU, Files.createDirectories(district.resolve("荔湖")).resolve("自评.json"));
        Files.copy(Path.of("fixtures/lihu-2023.xlsx"), district.resolve("a-荔湖.xlsx"));
        Files.copy(CLEAN, district.resolve("b-clean.json"));
        Files.writeString(district.resolve("说明.txt"), "不是填报");
        Files.writeString(district.resolve("~$a-荔湖.xlsx"), "Excel 的锁文件");
        Files.copy(CLEAN, Files.createDirectories(district.resolve(".hidden")).resolve("x.json"));

        CliRun.Run run = CliRun.selfeval("check", "-o", temp.resolve("结果").toString(), district.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(List.of("a-荔湖.result.txt", "b-clean.result.txt", "荔湖/自评.result.txt"), results(temp.resolve("结果")));
        assertTrue(run.err().contains("共 3 份填报：已检查 3 份，用时 "), run.err());
        assertTrue(run.err().contains("结果在 " + temp.resolve("结果")), run.err());

        // Run again over the same folder with the results inside it: they are not submissions, and are replaced.
        CliRun.Run again = CliRun.selfeval("check", "-o", district.toString(), district.toString());
        assertEquals(ExitCode.OK, again.exit(), again.err());
        CliRun.Run third = CliRun.selfeval("check", "-o", district.toString(), district.toString());
        assertTrue(third.err().contains("共 3 份填报：已检查 3 份"), third.err());
    }

    @Test
    void onSeveralThreadsTheReportsComeInTheOrderOfTheFilesAndABadOneStopsNothing() throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "-j", "2"));
        List<String> expectedOrder = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Path from = i % 6 == 5 ? INVALID : i % 2 == 0 ? LIHU : CLEAN;
            Path file = temp.resolve(String.format("%02d-%s", i, from.getFileName()));
            Files.copy(from, file);
            args.add(file.toString());
            if (from != INVALID) {
                expectedOrder.add(file.toString());
            }
        }
        CliRun.Run run = CliRun.selfeval(args.toArray(String[]::new));

        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        List<String> reported = new ArrayList<>();
        Matcher m = Pattern.compile("填报文件：([^（\\s]+)").matcher(run.out());
        while (m.find()) {
            reported.add(m.group(1));
        }
        assertEquals(expectedOrder, reported);
        assertEquals(4, run.err().split("填报数据有误（6 处），未检查", -1).length - 1, run.err());
        assertTrue(run.err().contains("共 24 份填报：已检查 20 份，未检查或未写入 4 份（数据有误 4 份），用时 "), run.err());
        CliRun.Run oneByOne = CliRun.selfeval(
                Stream.concat(Stream.of("check", "-j", "1"), args.stream().skip(3)).toArray(String[]::new));
        assertEquals(oneByOne.out(), run.out());
    }

    @Test
    void aFolderWithoutSubmissionsIsSaidSo() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("空"));
        CliRun.Run run = CliRun.selfeval("check", empty.toString());
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("没有要检查的填报：" + empty + " 中没有 .json 或 .xlsx 文件"), run.err());
    }

    @Test
    void theProgressBarIsDrawnOnlyWhenTheScriptSaysStandardErrorIsATerminal() throws IOException {
        Path a = Files.copy(LIHU, temp.resolve("a.json"));
        Path b = Files.copy(CLEAN, temp.resolve("b.json"));
        CliRun.Run plain = CliRun.selfeval("check", "-o", temp.resolve("r").toString(), a.toString(), b.toString());
        assertFalse(plain.err().contains("\r"), plain.err());
        assertTrue(plain.err().contains(a + " → "), plain.err());
        System.setProperty(BatchProgress.PROPERTY, "on");
        try {
            CliRun.Run bar = CliRun.selfeval("check", "-o", temp.resolve("r").toString(), a.toString(), b.toString());
            assertTrue(bar.err().contains("\r检查 2/2 [████████████████████████] 100%  已用 "), bar.err());
            assertFalse(bar.err().contains(a + " → "), "the bar stands for the per-file lines: " + bar.err());
            assertTrue(bar.err().endsWith("结果在 " + temp.resolve("r") + "\n"), bar.err());
        } finally {
            System.clearProperty(BatchProgress.PROPERTY);
        }
    }

    private static List<String> results(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }
}
