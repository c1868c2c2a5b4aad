package cn.selfeval.docreport;

/**
 * Text as a Word document may hold it: characters XML 1.0 forbids (control characters other than tab and line
 * breaks, unpaired surrogates, U+FFFE/U+FFFF) would make Word and WPS ask to repair the file, so each becomes
 * U+FFFD; everything else (angle brackets, ampersands, quotes) is text, escaped by POI when written.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
