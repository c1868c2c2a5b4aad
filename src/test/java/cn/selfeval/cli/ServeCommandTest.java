package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.cli.CliRun.Run;
import cn.selfeval.web.Http;
import cn.selfeval.web.TestServers;
import cn.selfeval.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** selfeval serve answers what selfeval check answers, and refuses to start in Chinese. */
class ServeCommandTest {

    @Test
    void apiCheckIsByteIdenticalToCheckFormatJson() {
        WebServer server = TestServers.shared();
        Http http = new Http(server.url());
        for (String fixture : new String[] {"fixtures/lihu-2023.json", "fixtures/yuangang-2023.json", "fixtures/licheng-2021.json",
            "fixtures/clean-2023.json", "fixtures/lihu-2023.xlsx"}) {
            Run cli = selfeval("check", "--format", "json", fixture);
            assertEquals(ExitCode.OK, cli.exit(), cli.err());
            HttpResponse<byte[]> api = http.postFile("/api/check?name=" + fixture, Path.of(fixture));
            assertEquals(200, api.statusCode());
            assertEquals(cli.out(), Http.text(api), fixture);
        }
    }

    @Test
    void theJsonDoesNotDependOnHowThePackFolderWasNamed() {
        Run relative = selfeval("check", "--format", "json", "--pack", "rules/guangzhou-2023", "fixtures/lihu-2023.json");
        Run absolute = selfeval("check", "--format", "json", "--pack", Path.of("rules/guangzhou-2023").toAbsolutePath().toString(),
                "fixtures/lihu-2023.json");
        assertEquals(ExitCode.OK, absolute.exit(), absolute.err());
        assertEquals(relative.out(), absolute.out());
        assertTrue(relative.out().contains("\"rulePack\" : {\n      \"id\" : \"guangzhou-2023\""), relative.out());
        assertFalse(relative.out().contains("\"path\""), relative.out());
    }

    @Test
    void apiErrorsCarryTheCommandLinesMessages() {
        Run cli = selfeval("check", "fixtures/invalid-2023.json");
        assertEquals(ExitCode.INVALID_INPUT, cli.exit());
        String api = Http.text(new Http(TestServers.shared().url()).postFile("/api/check?name=fixtures/invalid-2023.json",
                Path.of("fixtures/invalid-2023.json")));
        for (String line : cli.err().split("\n")) {
            if (line.startsWith("  ")) {
                assertTrue(api.contains("\"text\" : \"" + line.strip().replace("\"", "\\\"") + "\""), line + "\n" + api);
            }
        }
    }

    @Test
    void serveWithoutARulesFolderSaysSoWithExitCode4(@TempDir Path empty) {
        Run run = selfeval("serve", "--port", "0", "--rules", empty.resolve("nothing").toString());
        assertEquals(ExitCode.RULE_PACK_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains("找不到规则目录"), run.err());
        Run none = selfeval("serve", "--port", "0", "--rules", empty.toString());
        assertEquals(ExitCode.RULE_PACK_ERROR, none.exit(), none.err());
        assertTrue(none.err().contains("下没有规则包"), none.err());
    }

    @Test
    void serveOnATakenPortSaysSoWithExitCode5() {
        int taken = TestServers.shared().port();
        Run run = selfeval("serve", "--port", String.valueOf(taken), "--rules", "rules");
        assertEquals(ExitCode.INTERNAL_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains("端口已被占用"), run.err());
    }

    @Test
    void aMissingOrWrongCertificateStopsTheStartWithItsFileNamedAndExitCode5(@TempDir Path dir) {
        var made = cn.selfeval.web.transport.TestCertificates.rsa();
        Path cert = made.writeCertificate(dir.resolve("server.crt"));
        Path key = made.writePkcs8Key(dir.resolve("server.key"));
        Run missing = selfeval("serve", "--port", "0", "--tls-cert", dir.resolve("nothing.crt").toString(), "--tls-key", key.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, missing.exit(), missing.err());
        assertEquals("selfeval serve：证书文件 " + dir.resolve("nothing.crt") + " 不存在；未启动服务\n", missing.err());
        Path other = cn.selfeval.web.transport.TestCertificates.ec().writePkcs8Key(dir.resolve("other.key"));
        Run mismatched = selfeval("serve", "--port", "0", "--tls-cert", cert.toString(), "--tls-key", other.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, mismatched.exit(), mismatched.err());
        assertTrue(mismatched.err().startsWith("selfeval serve：证书与私钥不匹配：" + cert), mismatched.err());
    }

    @Test
    void aCertificateWithoutItsKeyOrARedirectWithoutHttpsIsAUsageError() {
        Run alone = selfeval("serve", "--tls-cert", "server.crt");
        assertEquals(ExitCode.USAGE, alone.exit());
        assertTrue(alone.err().contains("--tls-cert 和 --tls-key 要一起给出"), alone.err());
        Run redirect = selfeval("serve", "--redirect-port", "8081");
        assertEquals(ExitCode.USAGE, redirect.exit());
        assertTrue(redirect.err().contains("--redirect-port 把 HTTP 转到 HTTPS，需同时给出 --tls-cert 和 --tls-key"), redirect.err());
    }

    @Test
    void aWrongPortIsAUsageError() {
        Run run = selfeval("serve", "--port", "70000");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("--port 应在 0–65535 之间"), run.err());
    }
}
