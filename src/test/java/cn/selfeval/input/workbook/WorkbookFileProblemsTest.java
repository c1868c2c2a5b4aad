package cn.selfeval.input.workbook;

import static cn.selfeval.input.workbook.TestWorkbooks.fixture;
import static cn.selfeval.input.workbook.TestWorkbooks.problems;
import static cn.selfeval.input.workbook.TestWorkbooks.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Files that are not a readable workbook: each gets one Chinese problem naming the file, never a stack trace. */
class WorkbookFileProblemsTest {

    private static List<String> only(String message) {
        return List.of("a.xlsx " + message);
    }

    @Test
    void anOldXlsWorkbookIsAskedToBeSavedAsXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("采购项目");
            xls.write(out);
        }
        assertEquals(only("这是旧版 Excel 97-2003 工作簿（.xls），不能直接读取；请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再提交"),
                problems("a.xlsx", out.toByteArray()));
    }

    @Test
    void anEncryptedWorkbookIsNamed() throws Exception {
        byte[] plain = workbook(fixture("clean-2023.json"));
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("密码");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertEquals(only("工作簿设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再提交"),
                problems("a.xlsx", out.toByteArray()));
    }

    @Test
    void aZipThatIsNotAWorkbookIsNamed() throws IOException {
        assertEquals(only("不是 Excel 工作簿：文件是 zip 压缩包，但其中没有工作簿；请提交自评填报表（.xlsx）"),
                problems("a.xlsx", zip("说明.txt", "你好".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aWordDocumentIsNotTakenForAWorkbook() throws IOException {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", rels.getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(only("不是 Excel 工作簿：文件是 zip 压缩包（可能是 Word、PowerPoint 文档或其他压缩文件），其中没有工作簿；请提交自评填报表（.xlsx）"),
                problems("a.xlsx", out.toByteArray()));
    }

    @Test
    void aTruncatedWorkbookIsNamed() {
        byte[] whole = workbook(fixture("clean-2023.json"));
        assertEquals(only("文件不完整或已损坏，无法作为 Excel 工作簿（.xlsx）打开；请重新保存或重新下载后再提交"),
                problems("a.xlsx", Arrays.copyOf(whole, whole.length / 2)));
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] spaces = new byte[20 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        // what happened, in numbers: 20 MB of spaces zip to some 20 KB
        List<String> problems = problems("a.xlsx", zip("[Content_Types].xml", spaces));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("a\\.xlsx 文件中的 \\[Content_Types\\]\\.xml 压缩后只有 \\d+ KB，解压到 \\d+\\.\\d MB 时已超过"
                + "压缩大小的 100 倍（疑似压缩炸弹），为安全起见未读取；请在 Excel 或 WPS 中打开后另存为 \\.xlsx 再提交"), problems.get(0));
    }

    @Test
    void aFileAboveTheSizeLimitIsNotOpened() {
        byte[] big = new byte[WorkbookReader.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertEquals(only("文件有 20.0 MB，超过填报表 20 MB 的上限，未读取"), problems("a.xlsx", big));
    }

    @Test
    void aWorkbookThatIsNotTheFormAndAFormWithoutItsFirstSheetAreNamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook other = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("项目");
            other.write(out);
        }
        assertEquals(only("工作簿中没有填报表的工作表（应有“基本信息”“采购项目”等工作表）；请用 selfeval template 生成的填报表填写"),
                problems("a.xlsx", out.toByteArray()));
        byte[] withoutBasics = TestWorkbooks.edit(workbook(fixture("clean-2023.json")),
                book -> book.removeSheetAt(book.getSheetIndex("基本信息")));
        assertEquals(only("基本信息：缺少工作表“基本信息”，本表必须填报"), problems("a.xlsx", withoutBasics));
    }

    @Test
    void aJsonFileNamedXlsxIsReadAsJsonAndAWorkbookNamedJsonAsAWorkbook() {
        byte[] workbook = workbook(fixture("clean-2023.json"));
        assertEquals(List.of(), problems("a.json", workbook));
        assertEquals(List.of(), problems("a.xlsx", "{\"unit\":{\"name\":\"x\",\"district\":\"增城区\"},\"year\":2023,"
                .concat("\"procurementProjects\":[],\"assetInventories\":[]}").getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, name, content);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
