package cn.selfeval.input.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What each cell style's number format makes of a number (xl/styles.xml, read as a stream): a date, a percentage
 * or a plain number. A cell is judged by its own style only, as Excel shows it; a column's default style applies
 * to cells typed in Excel later, not to a number a program wrote without a style.
 */
final class NumberFormats extends DefaultHandler {

    /** Excel allows some 64,000 cell styles. */
    private static final int MAX_STYLES = 65_536;

    private final Map<Integer, String> custom = new HashMap<>();
    private final List<Integer> formatOfStyle = new ArrayList<>();
    private boolean inCellXfs;
    private boolean[] date;
    private boolean[] percent;

    static NumberFormats none() {
        NumberFormats formats = new NumberFormats();
        formats.endDocument();
        return formats;
    }

    boolean isDate(int style) {
        return style >= 0 && style < date.length && date[style];
    }

    boolean isPercent(int style) {
        return style >= 0 && style < percent.length && percent[style];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "numFmt" -> {
                Integer id = integer(attributes.getValue("numFmtId"));
                if (id != null && attributes.getValue("formatCode") != null) {
                    custom.put(id, attributes.getValue("formatCode"));
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    if (formatOfStyle.size() >= MAX_STYLES) {
                        throw new SAXException("more than " + MAX_STYLES + " cell styles");
                    }
                    Integer id = integer(attributes.getValue("numFmtId"));
                    formatOfStyle.add(id == null ? 0 : id);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    @Override
    public void endDocument() {
        date = new boolean[formatOfStyle.size()];
        percent = new boolean[formatOfStyle.size()];
        for (int i = 0; i < formatOfStyle.size(); i++) {
            int id = formatOfStyle.get(i);
            String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
            date[i] = format != null && DateUtil.isADateFormat(id, format) || chineseBuiltInDate(id, format);
            percent[i] = !date[i] && format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
        }
    }

    /**
     * The built-in number formats of Chinese Excel and WPS that are dates (27–31, 36 and 50–58, e.g. 31 is
     * yyyy"年"m"月"d"日"): a file names them by number only, so their format string is unknown to POI.
     */
    private static boolean chineseBuiltInDate(int id, String format) {
        boolean named = format != null && !format.startsWith("reserved") && !format.equals("General");
        return !named && (id >= 27 && id <= 31 || id == 36 || id >= 50 && id <= 58);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
