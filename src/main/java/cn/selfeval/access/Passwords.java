package cn.selfeval.access;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashing: Argon2id (the winner of the Password Hashing Competition, memory-hard) by Spring Security's
 * encoder with its 2023 defaults — 16 MB, two passes, a 16-byte random salt — computed by Bouncy Castle. Unlike
 * bcrypt it takes a password of any length (bcrypt ignores what follows 72 bytes, 24 Chinese characters).
 */
public final class Passwords {

    /** The shortest password accepted, in characters. */
    public static final int MIN_LENGTH = 12;

    private static final int MAX_LENGTH = 1000;

    private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /** A hash no password matches, compared against when the account does not exist, so that both take as long. */
    private static final String NOBODY = ENCODER.encode("selfeval: no such account " + System.nanoTime());

    private Passwords() {
    }

    /** @throws AccessException when the password is too short or too long */
    public static String hash(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw AccessException.badInput("密码至少 " + MIN_LENGTH + " 个字符，实为 "
                    + (password == null ? 0 : password.codePointCount(0, password.length())) + " 个；未保存");
        }
        if (password.length() > MAX_LENGTH) {
            throw AccessException.badInput("密码超过 " + MAX_LENGTH + " 个字符；未保存");
        }
        return ENCODER.encode(password);
    }

    public static boolean matches(String password, String hash) {
        return password != null && password.length() <= MAX_LENGTH && ENCODER.matches(password, hash);
    }

    /** Spends the time of a comparison for an account that does not exist. */
    static void matchNobody(String password) {
        ENCODER.matches(password == null ? "" : password, NOBODY);
    }
}
