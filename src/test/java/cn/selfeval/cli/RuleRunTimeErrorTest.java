package cn.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws while running fails the test cases it touches; it does not make the run report nothing. */
class RuleRunTimeErrorTest {

    @TempDir
    Path temp;

    @Test
    void everyCaseWhoseRuleThrowsIsCountedAsFailedNamingRuleFactAndError() throws IOException {
        cn.selfeval.testing.FileTrees.packWithHandWrittenRules(temp);
        Path drl = temp.resolve("guangzhou-2023/procurement/sme-policy.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        String marker = "rule \"本年度无政府采购项目\"";
        int then = text.indexOf("then", text.indexOf(marker));
        Files.writeString(drl, text.substring(0, then + 4) + "\n    Integer.parseInt(\"不是数字\");"
                + text.substring(then + 4), StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        int exit = SelfevalCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "rules", "test", temp.resolve("guangzhou-2023").toString());
        String printed = out.toString();

        assertEquals(ExitCode.FINDINGS, exit, printed);
        Matcher summary = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(printed);
        assertTrue(summary.find(), printed);
        assertTrue(Integer.parseInt(summary.group(2)) > 0, printed);
        assertTrue(Integer.parseInt(summary.group(1)) > 0, "其他用例照常运行：" + printed);
        assertTrue(printed.contains("规则「本年度无政府采购项目」对事实 填报事实 assetManagement.smeReservations「中小企业预留份额」"
                + " 执行出错：For input string: \"不是数字\""), printed);
    }
}
