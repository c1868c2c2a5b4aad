package cn.selfeval.web;

import static cn.selfeval.web.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.WorkbookParts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 7.8 MB workbook with a 1,048,576-row sheet, within the service's default upload limit: refused as data with
 * the row limit named (it used to run the service out of memory and answer an empty 500), and the next check is
 * answered as usual.
 */
class HostileWorkbookServeTest {

    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, Limits.defaults(),
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC)));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMillionRowSheetIsAnsweredAsADataErrorNamingTheSheetAndTheServiceGoesOn() throws IOException {
        byte[] huge = WorkbookParts.of(Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx")))
                .withRows("采购项目", WorkbookParts.numberedRows(1_048_576));
        assertTrue(huge.length < Limits.defaults().maxFileBytes(), huge.length + " bytes");

        HttpResponse<byte[]> response = http.post("/api/check?name=huge.xlsx", "application/octet-stream", huge);

        assertEquals(422, response.statusCode(), text(response));
        JsonNode error = new ObjectMapper().readTree(response.body()).get("error");
        assertEquals("invalid-submission", error.get("kind").asText());
        assertEquals(1, error.get("problems").size(), error.toPrettyString());
        assertEquals("huge.xlsx 采购项目：本表填写的行超过 20,000 行的上限（读到第 20,001 行时），未读入",
                error.get("problems").get(0).get("text").asText());
        assertEquals(200, http.postFile("/api/check", Path.of("fixtures/lihu-2023.xlsx")).statusCode());
    }
}
