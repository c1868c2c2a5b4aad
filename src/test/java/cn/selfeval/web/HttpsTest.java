package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.web.transport.SecurityHeaders;
import cn.selfeval.web.transport.TestCertificates;
import cn.selfeval.web.transport.TlsIdentity;
import cn.selfeval.web.transport.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** serve --tls-cert/--tls-key/--http-redirect-port: the service over HTTPS with a certificate made for the test. */
class HttpsTest {

    private static final TestCertificates.Made CERTIFICATE = TestCertificates.rsa();
    private static Path dir;
    private static WebServer server;
    private static Http https;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("selfeval-https-");
        TlsIdentity identity = TlsIdentity.read(CERTIFICATE.writeCertificate(dir.resolve("server.crt")),
                CERTIFICATE.writeTraditionalKey(dir.resolve("server.key")));
        server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, TestServers.LIMITS,
                Clock.fixed(TestServers.NOW, java.time.ZoneOffset.UTC), null, true, new Transport.Settings(identity, 0)));
        https = new Http(server.url(), CERTIFICATE.trustingClient());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void pagesAndTheApiAnswerOverHttpsWithStrictTransportSecurity() {
        assertTrue(server.url().startsWith("https://127.0.0.1:"), server.url());
        HttpResponse<byte[]> page = https.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(Http.text(page).contains("检查一份填报"), Http.text(page));
        assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElseThrow());
        assertEquals(SecurityHeaders.policy(), page.headers().firstValue("Content-Security-Policy").orElseThrow());

        HttpResponse<byte[]> check = https.postFile("/api/check?name=lihu-2023.json", Path.of("fixtures/lihu-2023.json"));
        assertEquals(200, check.statusCode());
        assertTrue(Http.text(check).contains("\"unit\""), Http.text(check));
        HttpResponse<byte[]> missing = https.get("/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Strict-Transport-Security").isPresent());
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        HttpClient untrusting = HttpClient.newHttpClient();
        Exception e = assertThrows(Exception.class, () -> untrusting.send(HttpRequest.newBuilder(URI.create(server.url() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertTrue(e instanceof SSLHandshakeException || e.getCause() instanceof SSLHandshakeException, e.toString());
    }

    @Test
    void onlyTls12AndNewerAreOffered() throws Exception {
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), server.transport().protocols());
        SSLContext client = CERTIFICATE.trustingClient();
        try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.startHandshake();
            assertEquals("TLSv1.2", socket.getSession().getProtocol());
        }
    }

    @Test
    void plainHttpOnTheHttpsPortIsSentToHttpsToo() {
        // someone types http:// before the HTTPS address: the browser gets a redirect, not bytes it cannot read
        HttpResponse<byte[]> answer = new Http("http://127.0.0.1:" + server.port()).get("/packs?x=1");
        assertEquals(308, answer.statusCode());
        assertEquals("https://127.0.0.1:" + server.port() + "/packs?x=1", answer.headers().firstValue("Location").orElseThrow());
        assertEquals(200, https.get("/packs").statusCode(), "TLS on the same port still answers");
    }

    @Test
    void plainHttpOnTheRedirectPortIsSentToHttps() {
        Http plain = new Http("http://127.0.0.1:" + server.transport().redirectPort());
        HttpResponse<byte[]> answer = plain.get("/packs?x=1");
        assertEquals(308, answer.statusCode());
        assertEquals("https://127.0.0.1:" + server.port() + "/packs?x=1", answer.headers().firstValue("Location").orElseThrow());
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertFalse(answer.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");
    }
}
