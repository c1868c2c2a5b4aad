package cn.selfeval.web.transport;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The certificate chain and private key {@code serve --tls-cert FILE --tls-key FILE} serves HTTPS with, read from
 * PEM files by Bouncy Castle's {@link PEMParser}: the chain as one or more CERTIFICATE blocks, the server's own
 * certificate first; the key as PKCS#8 (PRIVATE KEY), PKCS#1 (RSA PRIVATE KEY) or SEC 1 (EC PRIVATE KEY), not
 * encrypted. Every problem is a {@link TlsException} naming the file.
 *
 * @param keyStore the chain and key, for Jetty's SslContextFactory, under {@link #password()}
 * @param password a random password of this in-memory key store (it is never written anywhere)
 * @param certificate the server's own certificate (the first of the chain)
 */
public record TlsIdentity(KeyStore keyStore, String password, X509Certificate certificate) {

    static final String ALIAS = "selfeval";

    /** A certificate or key file that cannot serve. */
    public static final class TlsException extends Exception {
        public TlsException(String message) {
            super(message);
        }
    }

    public static TlsIdentity read(Path certificateFile, Path keyFile) throws TlsException {
        List<X509Certificate> chain = certificates(certificateFile);
        PrivateKey key = privateKey(keyFile);
        X509Certificate own = chain.get(0);
        if (!matches(key, own)) {
            throw new TlsException("证书与私钥不匹配：" + certificateFile + " 中的第一张证书（" + subject(own) + "）不是 " + keyFile
                    + " 中私钥的证书；请确认两个文件属于同一证书（证书文件中本服务器的证书应排在最前，其后是中间证书）");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getEncoder().encodeToString(random);
            store.setKeyEntry(ALIAS, key, password.toCharArray(), chain.toArray(new X509Certificate[0]));
            return new TlsIdentity(store, password, own);
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsException("无法使用 " + certificateFile + " 和 " + keyFile + " 中的证书和私钥：" + e.getMessage());
        }
    }

    /** "CN=selfeval.example.cn" */
    public String subject() {
        return subject(certificate);
    }

    /** A warning for a certificate that browsers will refuse now (expired or not yet valid), or null. */
    public String validityWarning(Instant now) {
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return "证书已于 " + certificate.getNotAfter().toInstant() + " 过期，浏览器将拒绝连接；请尽快换用新证书";
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return "证书自 " + certificate.getNotBefore().toInstant() + " 起才生效，在此之前浏览器将拒绝连接；请检查本机时间";
        }
        return null;
    }

    private static List<X509Certificate> certificates(Path file) throws TlsException {
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object block : blocks(file, "证书文件")) {
            if (block instanceof X509CertificateHolder holder) {
                try {
                    chain.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new TlsException("证书文件 " + file + " 中的证书无法读取：" + e.getMessage());
                }
            }
        }
        if (chain.isEmpty()) {
            throw new TlsException("证书文件 " + file + " 中没有 PEM 格式的证书（应含以 -----BEGIN CERTIFICATE----- 开头的一段）");
        }
        return chain;
    }

    private static PrivateKey privateKey(Path file) throws TlsException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        List<PrivateKey> keys = new ArrayList<>();
        for (Object block : blocks(file, "私钥文件")) {
            try {
                if (block instanceof PrivateKeyInfo info) {
                    keys.add(converter.getPrivateKey(info));
                } else if (block instanceof PEMKeyPair pair) {
                    // SEC 1 allows an EC key without its public half
                    keys.add(converter.getPrivateKey(pair.getPrivateKeyInfo()));
                } else if (block instanceof PKCS8EncryptedPrivateKeyInfo || block instanceof PEMEncryptedKeyPair) {
                    throw new TlsException("私钥文件 " + file + " 中的私钥已加密，服务无法在无人值守时输入密码；请提供未加密的私钥"
                            + "（如 openssl pkey -in 加密的私钥 -out 私钥.pem），并只让运行服务的用户能读取它");
                }
            } catch (org.bouncycastle.openssl.PEMException e) {
                throw new TlsException("私钥文件 " + file + " 中的私钥无法读取：" + e.getMessage());
            }
        }
        if (keys.isEmpty()) {
            throw new TlsException("私钥文件 " + file + " 中没有 PEM 格式的私钥（应含以 -----BEGIN PRIVATE KEY-----、"
                    + "-----BEGIN RSA PRIVATE KEY----- 或 -----BEGIN EC PRIVATE KEY----- 开头的一段）");
        }
        if (keys.size() > 1) {
            throw new TlsException("私钥文件 " + file + " 中有 " + keys.size() + " 个私钥；请只留下本服务器证书的那一个");
        }
        return keys.get(0);
    }

    /** The PEM blocks of a file, in order; blocks of other kinds (EC PARAMETERS, a key beside a chain) included. */
    private static List<Object> blocks(Path file, String what) throws TlsException {
        List<Object> blocks = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                blocks.add(block);
            }
        } catch (NoSuchFileException e) {
            throw new TlsException(what + " " + file + " 不存在");
        } catch (AccessDeniedException e) {
            throw new TlsException(what + " " + file + " 无法读取：没有读取权限（服务以当前用户运行）");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TlsException(what + " " + file + " 不是 PEM 文本文件（可能是 DER 二进制格式；可用 openssl x509 -inform der -in 文件 -out 文件.pem 转换）");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new TlsException(what + " " + file + " 是目录，应为 PEM 文件");
            }
            throw new TlsException(what + " " + file + " 无法读取：PEM 内容有误（" + e.getMessage() + "）");
        }
        return blocks;
    }

    /** Whether the key signs what the certificate's public key verifies. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) throws TlsException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            default -> throw new TlsException("不支持的私钥类型 " + key.getAlgorithm() + "（可用 RSA、EC 或 Ed25519）");
        };
        byte[] probe = "selfeval".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature sign = Signature.getInstance(algorithm);
            sign.initSign(key);
            sign.update(probe);
            byte[] signature = sign.sign();
            Signature verify = Signature.getInstance(algorithm);
            verify.initVerify(certificate.getPublicKey());
            verify.update(probe);
            return verify.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
