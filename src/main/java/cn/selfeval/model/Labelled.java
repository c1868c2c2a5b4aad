package cn.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enumerated value with a JSON code (English) and the label a user reads (Chinese). The code is the
 * constant's name in lowerCamelCase ({@code PUBLIC_TENDER} → {@code publicTender}), so an enum states only
 * its labels.
 */
public interface Labelled {

    String name();

    String label();

    @JsonValue
    default String code() {
        return Codes.CODES.computeIfAbsent(this, Labelled::codeOf);
    }

    private static String codeOf(Labelled value) {
        String[] words = value.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return code.toString();
    }

    /** Each constant's code, made once (a submission's every value is looked up by it). */
    final class Codes {
        private static final java.util.Map<Labelled, String> CODES = new java.util.concurrent.ConcurrentHashMap<>();

        private Codes() {
        }
    }
}
