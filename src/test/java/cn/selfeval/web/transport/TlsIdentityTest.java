package cn.selfeval.web.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --tls-cert/--tls-key: the PEM forms a certificate and key come in, and a Chinese sentence naming the file for each wrong one. */
class TlsIdentityTest {

    private static final TestCertificates.Made RSA = TestCertificates.rsa();
    private static final TestCertificates.Made EC = TestCertificates.ec();

    @TempDir
    Path dir;

    @Test
    void readsPkcs8Pkcs1AndEcKeys() throws Exception {
        Path cert = RSA.writeCertificate(dir.resolve("rsa.crt"));
        for (Path key : new Path[] {RSA.writePkcs8Key(dir.resolve("rsa-pkcs8.key")), RSA.writeTraditionalKey(dir.resolve("rsa-pkcs1.key"))}) {
            TlsIdentity identity = TlsIdentity.read(cert, key);
            assertEquals(RSA.certificate(), identity.certificate(), key.toString());
            assertEquals("CN=localhost", identity.subject());
            assertTrue(identity.keyStore().isKeyEntry(TlsIdentity.ALIAS));
        }
        assertTrue(Files.readString(dir.resolve("rsa-pkcs1.key")).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        Path ecKey = EC.writeTraditionalKey(dir.resolve("ec.key"));
        assertTrue(Files.readString(ecKey).startsWith("-----BEGIN EC PRIVATE KEY-----"));
        assertEquals(EC.certificate(), TlsIdentity.read(EC.writeCertificate(dir.resolve("ec.crt")), ecKey).certificate());
        assertEquals(EC.certificate(), TlsIdentity.read(dir.resolve("ec.crt"), EC.writePkcs8Key(dir.resolve("ec8.key"))).certificate());
    }

    @Test
    void aChainKeepsItsOrderAndOneFileMayHoldCertificateAndKey() throws Exception {
        Path both = dir.resolve("both.pem");
        Files.writeString(both, Files.readString(RSA.writeCertificate(dir.resolve("a.crt")))
                + Files.readString(EC.writeCertificate(dir.resolve("b.crt"))) + Files.readString(RSA.writePkcs8Key(dir.resolve("a.key"))));
        TlsIdentity identity = TlsIdentity.read(both, both);
        assertEquals(2, identity.keyStore().getCertificateChain(TlsIdentity.ALIAS).length);
        assertEquals(RSA.certificate(), identity.keyStore().getCertificateChain(TlsIdentity.ALIAS)[0]);
    }

    @Test
    void aMissingFileIsNamed() {
        Path key = RSA.writePkcs8Key(dir.resolve("server.key"));
        assertEquals("证书文件 " + dir.resolve("nothing.crt") + " 不存在", message(dir.resolve("nothing.crt"), key));
        Path cert = RSA.writeCertificate(dir.resolve("server.crt"));
        assertEquals("私钥文件 " + dir.resolve("nothing.key") + " 不存在", message(cert, dir.resolve("nothing.key")));
        assertEquals("证书文件 " + dir + " 是目录，应为 PEM 文件", message(dir, key));
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path key = RSA.writePkcs8Key(dir.resolve("server.key"));
        Path cert = RSA.writeCertificate(dir.resolve("server.crt"));
        Files.setPosixFilePermissions(key, java.util.Set.of());
        try {
            if (Files.isReadable(key)) {
                return; // running as root: permissions do not stop reading
            }
            assertEquals("私钥文件 " + key + " 无法读取：没有读取权限（服务以当前用户运行）", message(cert, key));
        } finally {
            Files.setPosixFilePermissions(key, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void filesWithoutTheRightBlocksSaySo() throws Exception {
        Path cert = RSA.writeCertificate(dir.resolve("server.crt"));
        Path key = RSA.writePkcs8Key(dir.resolve("server.key"));
        assertEquals("证书文件 " + key + " 中没有 PEM 格式的证书（应含以 -----BEGIN CERTIFICATE----- 开头的一段）", message(key, key));
        assertTrue(message(cert, cert).startsWith("私钥文件 " + cert + " 中没有 PEM 格式的私钥"), message(cert, cert));
        Path der = Files.write(dir.resolve("server.der"), RSA.certificate().getEncoded());
        assertTrue(message(der, key).startsWith("证书文件 " + der + " 不是 PEM 文本文件"), message(der, key));
        Path broken = Files.writeString(dir.resolve("broken.crt"), "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");
        assertTrue(message(broken, key).startsWith("证书文件 " + broken + " 无法读取"), message(broken, key));
    }

    @Test
    void anEncryptedKeyIsRefusedWithWhatToDo() {
        Path cert = RSA.writeCertificate(dir.resolve("server.crt"));
        Path key = RSA.writeEncryptedKey(dir.resolve("server.key"));
        String message = message(cert, key);
        assertTrue(message.startsWith("私钥文件 " + key + " 中的私钥已加密"), message);
        assertTrue(message.contains("openssl pkey"), message);
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() {
        Path cert = RSA.writeCertificate(dir.resolve("server.crt"));
        Path other = TestCertificates.rsa().writePkcs8Key(dir.resolve("other.key"));
        String message = message(cert, other);
        assertTrue(message.startsWith("证书与私钥不匹配：" + cert + " 中的第一张证书（CN=localhost）不是 " + other + " 中私钥的证书"), message);
        assertTrue(message(cert, EC.writePkcs8Key(dir.resolve("ec.key"))).startsWith("证书与私钥不匹配"));
    }

    @Test
    void anExpiredCertificateIsWarnedAbout() throws Exception {
        TlsIdentity identity = TlsIdentity.read(RSA.writeCertificate(dir.resolve("c.crt")), RSA.writePkcs8Key(dir.resolve("c.key")));
        assertNull(identity.validityWarning(Instant.now()));
        assertTrue(identity.validityWarning(Instant.now().plus(Duration.ofDays(60))).startsWith("证书已于 "));
        assertTrue(identity.validityWarning(Instant.now().minus(Duration.ofDays(60))).contains("起才生效"));
    }

    private static String message(Path cert, Path key) {
        return assertThrows(TlsIdentity.TlsException.class, () -> TlsIdentity.read(cert, key)).getMessage();
    }
}
