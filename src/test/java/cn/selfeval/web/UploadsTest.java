package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.web.upload.Upload;
import cn.selfeval.web.upload.Uploads;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadsTest {

    static byte[] zip(Charset names, String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aZipFromChineseWindowsKeepsItsChineseNames() throws Exception {
        Uploads.Expanded e = new Uploads(1024, 10, 10_000).expand(List.of(new Upload("各单位.zip",
                zip(Charset.forName("GBK"), "荔湖街道/自评.json"))));
        assertEquals("各单位.zip/荔湖街道/自评.json", e.files().get(0).fileName());
    }

    @Test
    void entriesThatClimbOutOfTheArchiveAreSkippedWithANoteAndToolFilesAreSkipped() throws Exception {
        Uploads.Expanded e = new Uploads(1024, 10, 10_000).expand(List.of(new Upload("a.zip",
                zip(StandardCharsets.UTF_8, "../../etc/x.json", "/abs.json", "b/ok.json", "__MACOSX/._y.json", ".DS_Store",
                        "b/c.result.json"))));
        assertEquals(List.of("a.zip/b/ok.json"), e.files().stream().map(Upload::fileName).toList(), e.toString());
        assertEquals(List.of("压缩包中的“../../etc/x.json”的路径指向压缩包之外（含“..”或以“/”开头），已跳过，未检查",
                "压缩包中的“/abs.json”的路径指向压缩包之外（含“..”或以“/”开头），已跳过，未检查"),
                e.refused().stream().map(Uploads.Refused::reason).toList());
    }

    @Test
    void aFileOverTheLimitAndFilesOverTheCountAreRefusedByName() throws Exception {
        Uploads uploads = new Uploads(10, 2, 10_000);
        Uploads.Expanded e = uploads.expand(List.of(new Upload("big.json", new byte[11]), new Upload("a.json", new byte[2]),
                new Upload("b.json", new byte[2]), new Upload("c.json", new byte[2])));
        assertEquals(List.of("a.json", "b.json"), e.files().stream().map(Upload::fileName).toList());
        assertEquals("big.json", e.refused().get(0).fileName());
        assertTrue(e.refused().get(0).reason().startsWith("文件超过 1 KB"), e.refused().get(0).reason());
        assertTrue(e.refused().get(1).reason().startsWith("一次最多检查 2 份填报"), e.refused().get(1).reason());
    }

    @Test
    void namesLoseTheSendersFoldersAndControlCharacters() {
        assertEquals("自评.json", Upload.cleanName("C:\\Users\\财务\\自评.json", "x"));
        assertEquals("ab.json", Upload.cleanName("a\u0000b.json", "x"));
        assertEquals("x", Upload.cleanName("  ", "x"));
        assertEquals("甲/自评.json", Upload.cleanLabel("/../甲/./自评.json", "x"));
    }
}
