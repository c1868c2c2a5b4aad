package cn.selfeval.input.workbook;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-string table (xl/sharedStrings.xml) read as a stream: each {@code <si>}'s text (rich-text runs joined,
 * phonetic guides left out), with the total length capped while reading.
 */
final class SharedStrings extends DefaultHandler {

    /** Characters in all shared strings together. */
    static final int MAX_CHARS = 20_000_000;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int total;
    private boolean inString;
    private boolean inText;
    private int phonetic;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inString = true;
                text.setLength(0);
            }
            case "t" -> inText = inString && phonetic == 0;
            case "rPh" -> phonetic++;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(text.toString());
                inString = false;
            }
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText) {
            total += length;
            if (total > MAX_CHARS) {
                throw new TooMuchText();
            }
            text.append(ch, start, length);
        }
    }

    /** The table holds more text than any form needs. */
    static final class TooMuchText extends SAXException {
        TooMuchText() {
            super("shared strings beyond " + MAX_CHARS + " characters");
        }
    }
}
