package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.cli.CliRun.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission that could not be checked leaves a result too, so that a folder of results accounts for every input. */
class RefusedResultFilesTest {

    @TempDir
    Path out;

    @Test
    void aBatchWritesTheDataErrorsOfARefusedSubmissionAsItsTextResult() throws IOException {
        Run run = selfeval("check", "-o", out.toString(), "fixtures/clean-2023.json", "fixtures/invalid-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, run.exit(), run.err());
        assertTrue(Files.exists(out.resolve("clean-2023.result.txt")));
        String refused = Files.readString(out.resolve("invalid-2023.result.txt"));
        assertTrue(refused.startsWith("部门整体支出绩效自评检查结果\nfixtures/invalid-2023.json：填报数据有误（6 处），未检查：\n"), refused);
        assertTrue(refused.contains("  fixtures/invalid-2023.json:13:24 $.procurementProjects[0].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在"),
                refused);
        assertTrue(run.err().contains("fixtures/invalid-2023.json → " + out.resolve("invalid-2023.result.txt") + "（未检查，结果中列出原因）"),
                run.err());

        Run again = selfeval("check", "-o", out.toString(), "fixtures/invalid-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, again.exit(), "a refused result is selfeval's and is replaced: " + again.err());
    }

    @Test
    void jsonFormatWritesTheApisErrorDocumentForARefusedSubmission() throws IOException {
        Run run = selfeval("check", "--format", "json", "-o", out.toString(), "fixtures/invalid-2023.json",
                "fixtures/lihu-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, run.exit(), run.err());
        JsonNode doc = new ObjectMapper().readTree(out.resolve("invalid-2023.result.json").toFile());
        assertEquals("selfeval", doc.get("tool").asText());
        assertEquals("invalid-submission", doc.at("/error/kind").asText());
        assertEquals("fixtures/invalid-2023.json：填报数据有误（6 处），未检查", doc.at("/error/message").asText());
        assertEquals(6, doc.at("/error/problems").size());
        assertEquals("$.procurementProjects[0].awardNoticeOn", doc.at("/error/problems/0/jsonPath").asText());
        assertTrue(Files.exists(out.resolve("lihu-2023.result.json")));
    }

    @Test
    void jsonFormatPrintsTheErrorDocumentOnStandardOutput() throws IOException {
        Run run = selfeval("check", "--format", "json", "fixtures/invalid-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("invalid-submission", doc.at("/error/kind").asText());
        assertTrue(run.err().contains("填报数据有误（6 处），未检查"), "standard error still says it: " + run.err());
    }

    @Test
    void aSubmissionWithoutAPackGetsItsReasonAsResult() throws IOException {
        Path future = out.resolve("in/future.json");
        Files.createDirectories(future.getParent());
        Files.writeString(future, Files.readString(Path.of("fixtures/clean-2023.json")).replace("\"year\": 2023", "\"year\": 2031"));
        Run run = selfeval("check", "--format", "json", "-o", out.resolve("r").toString(), future.toString());
        assertEquals(ExitCode.NO_PACK, run.exit(), run.err());
        JsonNode doc = new ObjectMapper().readTree(out.resolve("r/future.result.json").toFile());
        assertEquals("no-pack", doc.at("/error/kind").asText());
    }
}
