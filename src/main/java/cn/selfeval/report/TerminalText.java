package cn.selfeval.report;

/**
 * Text from a submission made safe to print on a terminal or in a text file: control characters (an ANSI escape
 * sequence starts with one), the C1 controls and the bidirectional overrides and isolates, which can make a line
 * show something other than what it holds, are written as visible {@code \}{@code u001B}-style escapes. Line breaks
 * and tabs stay as they are.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
