package cn.selfeval.input.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Whether an XML part declares a DOCTYPE before its root element. POI's parsers refuse one with an English error
 * (and for docProps/core.xml carry on without it); selfeval refuses the file with one sentence before POI sees it.
 */
final class XmlProlog {

    private XmlProlog() {
    }

    static boolean hasDoctype(InputStream in, int limit) throws IOException {
        byte[] head = in.readNBytes(limit);
        String text;
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            text = new String(head, StandardCharsets.UTF_16BE);
        } else if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            text = new String(head, StandardCharsets.UTF_16LE);
        } else {
            text = new String(head, StandardCharsets.UTF_8);
        }
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else {
                return text.regionMatches(true, i, "<!DOCTYPE", 0, 9);
            }
        }
        return false;
    }
}
