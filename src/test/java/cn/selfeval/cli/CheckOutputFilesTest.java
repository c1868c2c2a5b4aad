package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.selfeval.cli.CliRun.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check -o}: results never replace a submission or any file selfeval did not write. */
class CheckOutputFilesTest {

    private static final Path CLEAN = Path.of("fixtures/clean-2023.json");
    private static final Path LIHU = Path.of("fixtures/lihu-2023.json");

    @TempDir
    Path temp;

    @Test
    void aResultWrittenBesideItsSubmissionNeverReplacesIt() throws IOException {
        Path d = Files.createDirectories(temp.resolve("d"));
        Path submission = copy(CLEAN, d.resolve("a.json"));
        byte[] before = Files.readAllBytes(submission);

        Run json = selfeval("check", "--format", "json", "-o", d + "/", submission.toString());
        Run text = selfeval("check", "-o", d + "/", submission.toString());

        assertEquals(ExitCode.OK, json.exit(), json.err());
        assertEquals(ExitCode.OK, text.exit(), text.err());
        assertArrayEquals(before, Files.readAllBytes(submission), "填报文件被改写了");
        assertTrue(read(d.resolve("a.result.json")).contains("\"tool\" : \"selfeval\""));
        assertTrue(read(d.resolve("a.result.txt")).startsWith("部门整体支出绩效自评检查结果\n"));
        assertTrue(json.err().contains(submission + " → " + d.resolve("a.result.json")), json.err());
        assertEquals(List.of("a.json", "a.result.json", "a.result.txt"), names(d));
    }

    @Test
    void aFileThatIsNotASelfevalResultIsRefusedAndTheBatchGoesOn() throws IOException {
        Path d = Files.createDirectories(temp.resolve("d"));
        Path a = copy(CLEAN, d.resolve("a.json"));
        Path b = copy(CLEAN, d.resolve("b.json"));
        Path notes = Files.writeString(d.resolve("a.result.txt"), "我的批注：请复核 B5.4\n");
        Path otherJson = Files.writeString(d.resolve("b.result.json"), "{\"tool\": \"excel-export\"}\n");

        Run text = selfeval("check", "-o", d.toString(), a.toString(), b.toString());
        Run json = selfeval("check", "--format", "json", "-o", d.toString(), a.toString(), b.toString());

        assertEquals(ExitCode.INTERNAL_ERROR, text.exit(), text.err());
        assertEquals("我的批注：请复核 B5.4\n", read(notes));
        assertTrue(text.err().contains(a + "：未写入结果：" + notes + " 已存在，且不是 selfeval 的结果文件"), text.err());
        assertTrue(read(d.resolve("b.result.txt")).startsWith("部门整体支出绩效自评检查结果\n"), "其余填报照常写出");

        assertEquals(ExitCode.INTERNAL_ERROR, json.exit(), json.err());
        assertEquals("{\"tool\": \"excel-export\"}\n", read(otherJson));
        assertTrue(json.err().contains(b + "：未写入结果：" + otherJson + " 已存在，且不是 selfeval 的结果文件"), json.err());
        assertTrue(read(d.resolve("a.result.json")).contains("\"tool\" : \"selfeval\""));
    }

    @Test
    void anEarlierResultIsReplaced() throws IOException {
        Path d = Files.createDirectories(temp.resolve("d"));
        Path a = copy(LIHU, d.resolve("a.json"));
        assertEquals(ExitCode.OK, selfeval("check", "-o", d.toString(), a.toString()).exit());
        assertEquals(ExitCode.OK, selfeval("check", "--format", "json", "-o", d.toString(), a.toString()).exit());
        String text = read(d.resolve("a.result.txt"));
        String json = read(d.resolve("a.result.json"));
        // An older result (another score, saved again by an editor with a byte-order mark and CRLF) is still one.
        Files.writeString(d.resolve("a.result.txt"), "\uFEFF" + text.replace("94.70", "90.00").replace("\n", "\r\n"));
        Files.writeString(d.resolve("a.result.json"), json.replace("\"formatVersion\" : \"2\"", "\"formatVersion\" : \"0\""));

        Run again = selfeval("check", "-o", d.toString(), a.toString());
        Run againJson = selfeval("check", "--format", "json", "-o", d.toString(), a.toString());

        assertEquals(ExitCode.OK, again.exit(), again.err());
        assertEquals(ExitCode.OK, againJson.exit(), againJson.err());
        assertEquals(text, read(d.resolve("a.result.txt")));
        assertEquals(json, read(d.resolve("a.result.json")));
    }

    @Test
    void twoSubmissionsWithTheSameNameFromDifferentFoldersEachGetTheirOwnResult() throws IOException {
        Path a = copy(CLEAN, Files.createDirectories(temp.resolve("units/a")).resolve("自评.json"));
        Path b = copy(LIHU, Files.createDirectories(temp.resolve("units/b")).resolve("自评.json"));
        Path out = temp.resolve("out");

        Run run = selfeval("check", "-o", out.toString(), a.toString(), b.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        Path resultA = out.resolve("a/自评.result.txt");
        Path resultB = out.resolve("b/自评.result.txt");
        assertTrue(read(resultA).contains("填报文件：" + a + "（SHA-256 "), read(resultA));
        assertTrue(read(resultA).contains("合计：总分 100.00 / 100 分"), read(resultA));
        assertTrue(read(resultB).contains("填报文件：" + b + "（SHA-256 "), read(resultB));
        assertTrue(read(resultB).contains("合计：总分 94.70 / 100 分"), read(resultB));
        assertTrue(run.err().contains(a + " → " + resultA), run.err());
        assertTrue(run.err().contains(b + " → " + resultB), run.err());
    }

    @Test
    void aResultIsNeverWrittenOverASubmissionOfTheBatch() throws IOException {
        Path d = Files.createDirectories(temp.resolve("d"));
        Path a = copy(CLEAN, d.resolve("a.json"));
        // A unit that named its submission like a result: it is a submission of this batch, so it is not a target.
        Path oddlyNamed = copy(LIHU, d.resolve("a.result.json"));
        byte[] before = Files.readAllBytes(oddlyNamed);

        Run run = selfeval("check", "--format", "json", "-o", d.toString(), a.toString(), oddlyNamed.toString());

        assertEquals(ExitCode.INTERNAL_ERROR, run.exit(), run.err());
        assertArrayEquals(before, Files.readAllBytes(oddlyNamed));
        assertTrue(run.err().contains(a + "：未写入结果：" + oddlyNamed + " 是本次要检查的填报文件之一"), run.err());
        assertTrue(Files.exists(d.resolve("a.result.result.json")), "另一份照常写出：" + names(d));
    }

    @Test
    void runningAgainOverSubmissionsAndTheirResultsSkipsTheResultsAndReplacesThem() throws IOException {
        Path d = Files.createDirectories(temp.resolve("d"));
        Path a = copy(CLEAN, d.resolve("a.json"));
        assertEquals(ExitCode.OK, selfeval("check", "--format", "json", "-o", d.toString(), a.toString()).exit());
        Path result = d.resolve("a.result.json");
        String first = read(result);
        Files.writeString(result, first.replace("\"formatVersion\" : \"2\"", "\"formatVersion\" : \"0\""));

        // what "check --format json -o d/ d/*.json" passes the second time
        Run again = selfeval("check", "--format", "json", "-o", d.toString(), a.toString(), result.toString());

        assertEquals(ExitCode.OK, again.exit(), again.err());
        assertTrue(again.err().contains(result + "：这是 selfeval 的检查结果，不是填报数据，已跳过"), again.err());
        assertEquals(first, read(result));
        assertEquals(List.of("a.json", "a.result.json"), names(d));
    }

    @Test
    void onlyResultsAndNoSubmissionIsAUsageError() throws IOException {
        Path d = Files.createDirectories(temp.resolve("d"));
        Path a = copy(CLEAN, d.resolve("a.json"));
        assertEquals(ExitCode.OK, selfeval("check", "-o", d.toString(), a.toString()).exit());

        Run run = selfeval("check", d.resolve("a.result.txt").toString());

        assertEquals(ExitCode.USAGE, run.exit(), run.err());
        assertTrue(run.err().startsWith("命令行参数错误：没有要检查的填报：" + d.resolve("a.result.txt")
                + " 是 selfeval 的检查结果，不是填报数据\n"), run.err());
    }

    @Test
    void resultsHaveTheUsualPermissionsAndNoTemporaryFileIsLeft() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "需要 POSIX 文件权限");
        Path out = temp.resolve("out");

        assertEquals(ExitCode.OK, selfeval("check", "-o", out.toString(), CLEAN.toString()).exit());

        Path plain = Files.writeString(out.resolve("plain.txt"), "x");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("clean-2023.result.txt"))));
        assertEquals(List.of("clean-2023.result.txt", "plain.txt"), names(out));
    }

    @Test
    void anOutputFolderThatIsAFileIsAWriteErrorInChinese() throws IOException {
        Path file = Files.writeString(temp.resolve("out"), "不是目录");

        Run run = selfeval("check", "-o", file.toString(), CLEAN.toString());

        assertEquals(ExitCode.INTERNAL_ERROR, run.exit(), run.err());
        assertEquals("不是目录", read(file));
        assertTrue(run.err().contains(CLEAN + "：无法写入结果 " + file.resolve("clean-2023.result.txt") + "："), run.err());
        assertTrue(run.err().contains(file + " 已存在，且不是目录"), run.err());
    }

    private static Path copy(Path from, Path to) throws IOException {
        return Files.copy(from, to);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
