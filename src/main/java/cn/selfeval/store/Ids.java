package cn.selfeval.store;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids of stored rows: random (unguessable in an address), short, made here so both databases need no sequence. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** 16 hex digits. */
    public static String next() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
