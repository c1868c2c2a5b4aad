package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a clerk or an attacker might hand the command line (issue 16, items 2 and 7), generated here: each is
 * answered in Chinese with where the problem is, and in a batch none of them stops the others.
 */
class HostileInputTest {

    static final Path LIHU = Path.of("fixtures/lihu-2023.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static ObjectNode lihu() throws Exception {
        return (ObjectNode) JSON.readTree(LIHU.toFile());
    }

    @Test
    void aBatchWithHugeDeepAndLongNumberFilesChecksTheOthersAndEndsWithExitCode3() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(LIHU, in.resolve("a-good.json"));
        Files.writeString(in.resolve("b-deep.json"), "{\"unit\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Files.writeString(in.resolve("c-digits.json"), "{\"unit\": {}, \"year\": " + "7".repeat(2_000_000) + "}");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        Files.write(in.resolve("d-big.json"), big);
        Files.copy(LIHU, in.resolve("e-good.json"));
        Path out = temp.resolve("out");

        CliRun.Run run = selfeval("check", "--max-file-mb", "2", "-j", "1", "-o", out.toString(), in.toString());

        assertEquals(ExitCode.INVALID_INPUT, run.exit(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("a-good.result.txt")), run.err());
        assertTrue(Files.isRegularFile(out.resolve("e-good.result.txt")), run.err());
        assertTrue(run.err().matches("(?s).*b-deep\\.json:1:\\d+ JSON 格式错误：第1行第\\d+列附近括号嵌套超过 64 层.*"), run.err());
        assertTrue(run.err().contains("c-digits.json:1:22 JSON 格式错误：第1行第22列附近数字超过 64 位"), run.err());
        assertTrue(run.err().contains("d-big.json 文件有 2.0 MB，超过一份填报的上限 2 MB，未读取（可用 --max-file-mb 放宽）"), run.err());
        assertTrue(run.err().contains("共 5 份填报：已检查 2 份，未检查或未写入 3 份（数据有误 3 份）"), run.err());
        assertTrue(run.err().length() < 5_000, "no input echoed back: " + run.err().length() + " characters");
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void aFileWithThousandsOfProblemsListsTheFirstFiftyAndCountsTheRest() throws Exception {
        ObjectNode doc = lihu();
        ArrayNode projects = (ArrayNode) doc.get("procurementProjects");
        for (int i = 0; i < 600; i++) {
            projects.addObject().put("id", "X" + i);
        }
        Path file = temp.resolve("many.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);

        CliRun.Run run = selfeval("check", file.toString());

        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        long listed = run.err().lines().filter(l -> l.startsWith("  " + file)).count();
        assertEquals(Problems.MAX_LISTED, listed, run.err());
        assertTrue(run.err().matches("(?s).*  ……另有 \\d+ 处未列出（只列出前 50 处；改正后再检查会列出其余的）.*"), run.err());
    }

    @Test
    void utf16AndUtf8WithAByteOrderMarkAreReadNotBlamedOnGbk() throws Exception {
        String text = Files.readString(LIHU);
        Path le = temp.resolve("notepad-unicode.json");
        Files.write(le, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Path be = temp.resolve("utf16be.json");
        Files.write(be, text.getBytes(StandardCharsets.UTF_16BE));
        Path bom = temp.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        String expected = selfeval("check", LIHU.toString()).out();

        for (Path file : new Path[] {le, be, bom}) {
            CliRun.Run run = selfeval("check", file.toString());
            assertEquals(ExitCode.OK, run.exit(), run.err());
            assertFalse(run.err().contains("GBK"), run.err());
            assertEquals(expected.lines().skip(3).toList(), run.out().lines().skip(3).toList(), file.toString());
        }
    }

    @Test
    void controlCharactersAnsiEscapesAndBidiOverridesInAUnitNameAreEscapedInTheReport() throws Exception {
        ObjectNode doc = lihu();
        ((ObjectNode) doc.get("unit")).put("name", "荔湖\u001B[2J\u001B[31m街道\u202Egnp.exe\u0007");
        Path file = temp.resolve("escapes.json");
        JSON.writeValue(file.toFile(), doc);

        CliRun.Run run = selfeval("check", file.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("单位：荔湖\\u001B[2J\\u001B[31m街道\\u202Egnp.exe\\u0007（"), run.out());
        assertFalse(Stream.of("\u001B", "\u202E", "\u0007").anyMatch(run.out()::contains), "raw control characters printed");
    }

    @Test
    void aUnitNameOverItsLengthIsRefusedWithItsLimitAndATenMegabyteNameWhileItIsRead() throws Exception {
        ObjectNode doc = lihu();
        ((ObjectNode) doc.get("unit")).put("name", "荔".repeat(300));
        Path file = temp.resolve("long-name.json");
        JSON.writeValue(file.toFile(), doc);
        ((ObjectNode) doc.get("unit")).put("name", "x".repeat(10 * 1024 * 1024 - 100));
        Path huge = temp.resolve("huge-name.json");
        JSON.writeValue(huge.toFile(), doc);

        CliRun.Run run = selfeval("check", "--max-file-mb", "11", file.toString(), huge.toString());

        assertEquals(ExitCode.INVALID_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains("long-name.json:1:17 $.unit.name（单位名称）：文字过长：最多 100 个字，实为 300 个字"), run.err());
        assertTrue(run.err().contains("huge-name.json:1:17 JSON 格式错误：第1行第17列附近文本超过"), run.err());
        assertTrue(run.err().contains("文本超过 1000000 个字，未继续读取"), run.err());
        assertTrue(run.err().length() < 3_000, "the name is not echoed: " + run.err().length());
    }

    @Test
    void aResultBeingWrittenWhenTheRunIsStoppedLeavesNoTemporaryFile() throws Exception {
        Path target = temp.resolve("r.result.txt");
        Path stray = temp.resolve(".r.result.txt.0011223344556677.tmp");
        Files.writeString(stray, "half");
        PendingFiles.add(stray);
        PendingFiles.removeAll(); // what the shutdown hook does on Ctrl+C
        assertFalse(Files.exists(stray));
        ResultFiles.write(target, "done");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(java.util.List.of(target), left.toList());
        }
    }
}
