package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming, recognising and writing result files, without running a check. */
class ResultFilesTest {

    @TempDir
    Path temp;

    @Test
    void resultNamesCannotBeTakenForSubmissions() {
        assertEquals("自评.result.txt", ResultFiles.resultName("自评.json", "txt"));
        assertEquals("自评.result.json", ResultFiles.resultName("自评.JSON", "json"));
        assertEquals("荔湖.result.txt", ResultFiles.resultName("荔湖.xlsx", "txt"));
        assertEquals("a.result.result.json", ResultFiles.resultName("a.result.json", "json"));
        assertEquals("a.json.bak.result.txt", ResultFiles.resultName("a.json.bak", "txt"));
    }

    @Test
    void submissionsOfOneFolderGiveAFlatOutputFolder() {
        Map<Path, Path> targets = ResultFiles.targets(List.of(Path.of("fixtures/lihu-2023.json"),
                Path.of("fixtures/clean-2023.json")), Path.of("out"), "txt");
        assertEquals(Map.of(Path.of("fixtures/lihu-2023.json"), Path.of("out/lihu-2023.result.txt"),
                Path.of("fixtures/clean-2023.json"), Path.of("out/clean-2023.result.txt")), targets);
    }

    @Test
    void submissionsOfSeveralFoldersMirrorTheirFoldersBelowTheCommonOne() {
        Path a = Path.of("units/a/自评.json");
        Path b = Path.of("units/b/c/自评.json");
        Path c = Path.of("units/b/其他.json");
        Map<Path, Path> targets = ResultFiles.targets(List.of(a, b, c), Path.of("out"), "json");
        assertEquals(Path.of("out/a/自评.result.json"), targets.get(a));
        assertEquals(Path.of("out/b/c/自评.result.json"), targets.get(b));
        assertEquals(Path.of("out/b/其他.result.json"), targets.get(c));
    }

    @Test
    void twoFilesOfOneFolderWithOneStemKeepTheirExtension() {
        Path json = Path.of("d/a.json");
        Path xlsx = Path.of("d/a.xlsx");
        Path other = Path.of("d/b.json");
        Map<Path, Path> targets = ResultFiles.targets(List.of(json, xlsx, other), Path.of("out"), "txt");
        assertEquals(Path.of("out/a.json.result.txt"), targets.get(json));
        assertEquals(Path.of("out/a.xlsx.result.txt"), targets.get(xlsx));
        assertEquals(Path.of("out/b.result.txt"), targets.get(other));
    }

    @Test
    void theSameFileGivenTwiceHasOneResult() {
        Map<Path, Path> targets = ResultFiles.targets(List.of(Path.of("d/a.json"), Path.of("d/../d/a.json")),
                Path.of("out"), "txt");
        assertEquals(Path.of("out/a.result.txt"), targets.get(Path.of("d/a.json")));
        assertEquals(Path.of("out/a.result.txt"), targets.get(Path.of("d/../d/a.json")));
    }

    @Test
    void aSelfevalResultIsRecognisedByItsContent() throws IOException {
        assertTrue(ResultFiles.isSelfevalResult(write("r.txt", "部门整体支出绩效自评检查结果\n单位：……\n")));
        assertTrue(ResultFiles.isSelfevalResult(write("bom.txt", "\uFEFF部门整体支出绩效自评检查结果\r\n单位：……\r\n")));
        assertTrue(ResultFiles.isSelfevalResult(write("r.json", "{\n  \"formatVersion\" : \"1\",\n  \"tool\" : \"selfeval\"\n}\n")));
        assertTrue(ResultFiles.isSelfevalResult(write("later.json", "{\"scoreCard\": {\"tool\": \"x\"}, \"tool\": \"selfeval\"}")));

        assertFalse(ResultFiles.isSelfevalResult(write("notes.txt", "部门整体支出绩效自评检查结果的批注\n")));
        assertFalse(ResultFiles.isSelfevalResult(write("nested.json", "{\"scoreCard\": {\"tool\": \"selfeval\"}}")));
        assertFalse(ResultFiles.isSelfevalResult(Path.of("fixtures/lihu-2023.json")));
        assertFalse(ResultFiles.isSelfevalResult(write("broken.json", "{\"tool\": ")));
        assertFalse(ResultFiles.isSelfevalResult(temp.resolve("missing.txt")));
        assertFalse(ResultFiles.isSelfevalResult(temp));
    }

    @Test
    void onlyAnAbsentTargetOrAnEarlierResultMayBeWritten() throws IOException {
        Path submission = write("a.json", "{}");
        assertNull(ResultFiles.refusal(temp.resolve("a.result.txt"), List.of(submission)));
        assertNull(ResultFiles.refusal(write("old.result.txt", "部门整体支出绩效自评检查结果\n"), List.of(submission)));
        assertTrue(ResultFiles.refusal(write("mine.result.txt", "我的文件"), List.of(submission))
                .contains("已存在，且不是 selfeval 的结果文件"));
        assertTrue(ResultFiles.refusal(submission, List.of(submission)).contains("是本次要检查的填报文件之一"));
        Path link = Files.createSymbolicLink(temp.resolve("link.result.txt"), submission);
        assertTrue(ResultFiles.refusal(link, List.of(submission)).contains("是本次要检查的填报文件之一"));
        assertTrue(ResultFiles.refusal(Files.createDirectory(temp.resolve("dir.result.txt")), List.of(submission))
                .contains("是一个目录"));
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFile() throws IOException {
        Path target = Files.createDirectories(temp.resolve("busy.result.txt"));
        Files.writeString(target.resolve("inside"), "x");

        IOException e = assertThrows(IOException.class, () -> ResultFiles.write(target, "结果"));

        assertTrue(ResultFiles.describe(e).contains(target.toString()), ResultFiles.describe(e));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of("busy.result.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aWriteReplacesTheWholeFileInOneStep() throws IOException {
        Path target = write("r.result.txt", "旧结果，比新结果长得多的一段文字");
        ResultFiles.write(target, "新结果");
        assertEquals("新结果", Files.readString(target));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }
}
