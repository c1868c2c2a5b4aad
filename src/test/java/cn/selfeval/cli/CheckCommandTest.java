package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check command end to end on the bundled fixtures. The full text and JSON of the report-000 fixture
 * are compared with golden files (content hash masked, so that editing a rule's comment does not churn
 * them); run with -Dselfeval.updateGolden=true to rewrite them after an intended change.
 */
class CheckCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}|(?<=内容哈希 )[0-9a-f]{12}");

    @TempDir
    Path out;

    @Test
    void report000FixtureTextMatchesGolden() throws IOException {
        assertEquals(ExitCode.OK, SelfevalCommand.execute("check", "--output-dir", out.toString(), "fixtures/lihu-2023.json"));
        assertMatchesGolden(read(out.resolve("lihu-2023.result.txt")), "lihu-2023.txt");
    }

    @Test
    void report000FixtureJsonMatchesGolden() throws IOException {
        assertEquals(ExitCode.OK, SelfevalCommand.execute("check", "--format", "json", "--output-dir", out.toString(),
                "fixtures/lihu-2023.json"));
        assertMatchesGolden(read(out.resolve("lihu-2023.result.json")), "lihu-2023.json");
    }

    @Test
    void report000FixtureHasTheReportedDeductionsAndTotal() throws IOException {
        SelfevalCommand.execute("check", "--output-dir", out.toString(), "fixtures/lihu-2023.json");
        String text = read(out.resolve("lihu-2023.result.txt"));
        assertTrue(text.contains("B5.1.2 采购意向公开及时性    满分 1.5 / 0.50 / 自评 0.5"), text);
        assertTrue(text.contains("B5.4 采购合同签订时效性    满分 3 / 2.00 / 自评 2"), text);
        assertTrue(text.contains("B5.5 合同备案时效性    满分 1 / 0.50 / 自评 0.5"), text);
        assertTrue(text.contains("B6.3 资产盘点情况    满分 1 / 0.50 / 自评 0.5"), text);
        assertTrue(text.contains("B4.2 绩效结果应用    满分 3 / 2.00 / 自评 2"), text);
        assertTrue(text.contains("合计：总分 94.70 / 100 分，等级「优」（扣分 11 处，共 5.3 分）"), text);
        assertTrue(text.contains("自评分核对（已检查指标）：自评偏高 0.2 分，自评偏低 0 分，合计偏高 0.2 分"), text);
        assertTrue(text.contains("A1.3 部门预算资金支出率：自评 9.91，计算 9.71，自评高 0.2 分"), text);
        assertTrue(text.contains("间隔22日，不足30日"), text);
        assertTrue(text.contains("规则：procurement/contract-signing.checks.yaml「采购合同逾期签订」"), text);
        assertTrue(text.contains("依据：《政府采购法》第四十七条"), text);
    }

    @Test
    void cleanFixtureHasNoDeductions() throws IOException {
        assertEquals(ExitCode.OK, SelfevalCommand.execute("check", "--output-dir", out.toString(), "fixtures/clean-2023.json"));
        String text = read(out.resolve("clean-2023.result.txt"));
        assertFalse(text.contains("【扣"), text);
        assertTrue(text.contains("合计：总分 100.00 / 100 分，等级「优」（扣分 0 处，共 0 分）"), text);
        assertTrue(text.contains("与计算得分一致"), text);
    }

    @Test
    void sameInputAndPackGiveTheSameBytes() throws IOException {
        SelfevalCommand.execute("check", "--format", "json", "--output-dir", out.resolve("a").toString(), "fixtures/lihu-2023.json");
        SelfevalCommand.execute("check", "--format", "json", "--output-dir", out.resolve("b").toString(), "fixtures/lihu-2023.json");
        assertEquals(read(out.resolve("a/lihu-2023.result.json")), read(out.resolve("b/lihu-2023.result.json")));
    }

    @Test
    void oneBadSubmissionInABatchDoesNotStopTheOthers() throws IOException {
        int exit = SelfevalCommand.execute("check", "--output-dir", out.toString(),
                "fixtures/invalid-2023.json", "fixtures/lihu-2023.json", "fixtures/clean-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, exit);
        assertTrue(Files.exists(out.resolve("lihu-2023.result.txt")));
        assertTrue(Files.exists(out.resolve("clean-2023.result.txt")));
        assertTrue(read(out.resolve("invalid-2023.result.txt")).contains("填报数据有误（6 处），未检查"),
                "a refused submission's result lists its data errors (RefusedResultFilesTest)");
    }

    @Test
    void everyResultRecordsTheSubmissionsSha256BesideThePacksHash() throws IOException {
        String sha = sha256(Files.readAllBytes(Path.of("fixtures/lihu-2023.json")));
        SelfevalCommand.execute("check", "--output-dir", out.toString(), "fixtures/lihu-2023.json");
        SelfevalCommand.execute("check", "--format", "json", "--output-dir", out.toString(), "fixtures/lihu-2023.json");
        String text = read(out.resolve("lihu-2023.result.txt"));
        assertTrue(text.contains("填报文件：fixtures/lihu-2023.json（SHA-256 " + sha + "）\n规则包："), text);
        String json = read(out.resolve("lihu-2023.result.json"));
        assertTrue(json.contains("\"submissionFile\" : \"fixtures/lihu-2023.json\",\n    \"submissionSha256\" : \"" + sha + "\""),
                json);
        assertTrue(json.contains("\"contentHash\" : \""), json);
    }

    @Test
    void theHashIsOfTheBytesAsParsedByteOrderMarkIncluded() throws IOException {
        byte[] plain = Files.readAllBytes(Path.of("fixtures/clean-2023.json"));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        Path bom = Files.write(Files.createDirectories(out.resolve("bom")).resolve("clean-2023.json"), withBom);
        assertEquals(ExitCode.OK, SelfevalCommand.execute("check", "--output-dir", out.resolve("r").toString(), bom.toString()));
        String text = read(out.resolve("r/clean-2023.result.txt"));
        assertTrue(text.contains("（SHA-256 " + sha256(withBom) + "）"), text);
        assertFalse(text.contains(sha256(plain)), text);
    }

    @Test
    void severalJsonReportsNeedAnOutputDirectory() {
        assertEquals(ExitCode.USAGE, SelfevalCommand.execute("check", "--format", "json",
                "fixtures/lihu-2023.json", "fixtures/clean-2023.json"));
    }

    @Test
    void aBrokenRulePackIsReportedWithItsExitCode() throws IOException {
        Path pack = cn.selfeval.testing.FileTrees.packWithHandWrittenRules(out);
        Path rule = pack.resolve("procurement/sme-policy.drl");
        Files.writeString(rule, Files.readString(rule).replace("then\n    outcome.of(kcontext, $g)", "then\n    outcome.of(kcontext, $g"));
        assertEquals(ExitCode.RULE_PACK_ERROR, SelfevalCommand.execute("check", "--pack", pack.toString(),
                "--output-dir", out.resolve("reports").toString(), "fixtures/lihu-2023.json"));
    }

    private static void assertMatchesGolden(String actual, String goldenName) throws IOException {
        Path golden = GOLDEN.resolve(goldenName);
        String masked = HASH.matcher(actual).replaceAll("<hash>");
        if (Boolean.getBoolean("selfeval.updateGolden")) {
            Files.writeString(golden, masked, StandardCharsets.UTF_8);
        }
        assertEquals(read(golden), masked, "输出与 " + golden + " 不一致；若是有意修改，用 -Dselfeval.updateGolden=true 更新");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
