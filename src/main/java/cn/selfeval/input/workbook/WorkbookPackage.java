package cn.selfeval.input.workbook;

import cn.selfeval.input.workbook.InflateLimit.PartTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx opened for streaming: the zip stays in memory as it came, each part is inflated only while it is read
 * (through {@link InflateLimit}), and the workbook's sheet list, shared strings and number formats are read with a
 * SAX parser that refuses a DOCTYPE. Nothing is loaded as a whole sheet; {@link #read} streams one sheet into a
 * {@link SheetGrid} under the reader's limits. What makes the file unreadable is one Chinese sentence in an
 * {@link Unreadable}.
 */
final class WorkbookPackage implements AutoCloseable {

    /** The file cannot be read as a workbook; the message says why, in one sentence. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    record SheetEntry(String name, boolean hidden, PackagePart part) {
    }

    private static final int MAX_ENTRIES = 10_000;
    private static final int PROLOG_BYTES = 64 * 1024;
    private static final String SAVE_AGAIN = "请在 Excel 或 WPS 中打开后另存为 .xlsx 再提交";
    static final String TRUNCATED = "文件不完整或已损坏，无法作为 Excel 工作簿（.xlsx）打开；请重新保存或重新下载后再提交";
    private static final String NO_WORKBOOK = "不是 Excel 工作簿：文件是 zip 压缩包，但其中没有工作簿；请提交自评填报表（.xlsx）";

    private final ZipFile zip;
    private final OPCPackage pkg;
    private final List<SheetEntry> sheets;
    private final boolean date1904;
    private final List<String> strings;
    private final NumberFormats formats;
    private final SheetParser.CellBudget budget = new SheetParser.CellBudget(WorkbookReader.MAX_CELLS);

    private WorkbookPackage(ZipFile zip, OPCPackage pkg, List<SheetEntry> sheets, boolean date1904, List<String> strings,
            NumberFormats formats) {
        this.zip = zip;
        this.pkg = pkg;
        this.sheets = sheets;
        this.date1904 = date1904;
        this.strings = strings;
        this.formats = formats;
    }

    static WorkbookPackage open(byte[] bytes) throws Unreadable {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(TRUNCATED);
        }
        OPCPackage pkg = null;
        try {
            checkEntries(zip);
            pkg = OPCPackage.open(new InflateLimit(zip));
            PackagePart workbook = workbookPart(pkg);
            WorkbookXml book = new WorkbookXml();
            parse(workbook, book, "工作簿目录");
            List<SheetEntry> sheets = new ArrayList<>();
            for (WorkbookXml.Sheet sheet : book.sheets) {
                PackageRelationship relation = sheet.relation() == null ? null : workbook.getRelationship(sheet.relation());
                PackagePart part = relation == null ? null : workbook.getRelatedPart(relation);
                if (part == null) {
                    throw new Unreadable("工作表“" + CellValue.strip(sheet.name()) + "”的内容不在文件中，文件已损坏；" + SAVE_AGAIN);
                }
                sheets.add(new SheetEntry(sheet.name(), sheet.hidden(), part));
            }
            List<String> strings = List.of();
            PackagePart stringsPart = related(workbook, XSSFRelation.SHARED_STRINGS.getRelation());
            if (stringsPart != null) {
                SharedStrings table = new SharedStrings();
                parse(stringsPart, table, "共享字符串表");
                strings = table.strings();
            }
            NumberFormats formats = NumberFormats.none();
            PackagePart stylesPart = related(workbook, XSSFRelation.STYLES.getRelation());
            if (stylesPart != null) {
                formats = new NumberFormats();
                parse(stylesPart, formats, "样式表");
            }
            return new WorkbookPackage(zip, pkg, Collections.unmodifiableList(sheets), book.date1904, strings, formats);
        } catch (Unreadable e) {
            close(zip, pkg);
            throw e;
        } catch (SheetParser.LimitReached e) {
            close(zip, pkg);
            throw new Unreadable(e.message);
        } catch (InvalidFormatException e) {
            close(zip, pkg);
            throw new Unreadable(String.valueOf(e.getMessage()).contains("content type") ? NO_WORKBOOK : broken(e));
        } catch (Exception e) {
            close(zip, pkg);
            throw new Unreadable(broken(e));
        }
    }

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    /**
     * The sheet's filled cells.
     *
     * @throws SheetParser.LimitReached a limit of the sheet (its message names it) or of the whole workbook
     */
    SheetGrid read(SheetEntry sheet) throws Unreadable, SheetParser.LimitReached {
        SheetParser parser = SheetParser.reading(strings, formats, budget);
        try {
            parse(sheet.part(), parser, "工作表“" + CellValue.strip(sheet.name()) + "”");
        } catch (SheetParser.LimitReached | Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable(broken(e));
        }
        return parser.grid();
    }

    /** Whether a sheet has any filled cell; reading stops at the first one. */
    boolean hasContent(SheetEntry sheet) throws Unreadable {
        SheetParser parser = SheetParser.lookingForContent(strings, formats);
        try {
            parse(sheet.part(), parser, "工作表“" + CellValue.strip(sheet.name()) + "”");
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable(broken(e));
        }
        return parser.foundContent();
    }

    @Override
    public void close() {
        close(zip, pkg);
    }

    private static void close(ZipFile zip, OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
        try {
            zip.close();
        } catch (IOException e) {
            // an in-memory zip has nothing to release
        }
    }

    // ------------------------------------------------------------------------------------------------ opening

    /** What the zip's entries tell before any XML is parsed: an OpenDocument file, a plain zip, a DOCTYPE. */
    private static void checkEntries(ZipFile zip) throws Unreadable, IOException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_ENTRIES) {
            throw new Unreadable("文件中有 " + String.format("%,d", entries.size()) + " 个部件，不是填报表；请提交自评填报表（.xlsx）");
        }
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
            try (InputStream in = InflateLimit.limited(mimetype, zip.getInputStream(mimetype))) {
                if (new String(in.readNBytes(200), StandardCharsets.US_ASCII).contains("opendocument")) {
                    throw new Unreadable("这是 OpenDocument 表格（.ods），请在 WPS 或 Excel 中另存为 Excel 工作簿（.xlsx）后再提交");
                }
            }
        }
        if (entries.stream().noneMatch(e -> e.getName().equalsIgnoreCase("[Content_Types].xml"))) {
            throw new Unreadable(NO_WORKBOOK);
        }
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                try (InputStream in = InflateLimit.limited(entry, zip.getInputStream(entry))) {
                    if (XmlProlog.hasDoctype(in, PROLOG_BYTES)) {
                        throw new Unreadable(doctype(entry.getName()));
                    }
                    if (!name.startsWith("xl/")) {
                        // the package's own parts, which POI parses whole: a bomb among them is found here
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        }
    }

    private static String doctype(String part) {
        return "文件中的 " + part + " 含有 DOCTYPE 声明（Excel 和 WPS 保存的工作簿不会有），为安全起见未读取；" + SAVE_AGAIN;
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws Unreadable {
        for (XSSFRelation type : List.of(XSSFRelation.WORKBOOK, XSSFRelation.MACROS_WORKBOOK, XSSFRelation.TEMPLATE_WORKBOOK,
                XSSFRelation.MACRO_TEMPLATE_WORKBOOK)) {
            List<PackagePart> parts = pkg.getPartsByContentType(type.getContentType());
            if (!parts.isEmpty()) {
                return parts.get(0);
            }
        }
        throw new Unreadable("不是 Excel 工作簿：文件是 zip 压缩包（可能是 Word、PowerPoint 文档或其他压缩文件），"
                + "其中没有工作簿；请提交自评填报表（.xlsx）");
    }

    private static PackagePart related(PackagePart part, String relationType) throws InvalidFormatException {
        PackageRelationshipCollection relations = part.getRelationshipsByType(relationType);
        return relations.size() == 0 ? null : part.getRelatedPart(relations.getRelationship(0));
    }

    /** Parses a part with POI's secured SAX parser (no DOCTYPE, no external entities). */
    private static void parse(PackagePart part, DefaultHandler handler, String what) throws Exception {
        try (InputStream in = part.getInputStream()) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            if (SheetParser.isStop(e)) {
                return;
            }
            if (e instanceof SheetParser.LimitReached) {
                throw e;
            }
            if (e instanceof SharedStrings.TooMuchText) {
                throw new Unreadable("工作簿中的文字超过 " + String.format("%,d", SharedStrings.MAX_CHARS) + " 个字符的上限，未读取");
            }
            PartTooLargeException large = cause(e, PartTooLargeException.class);
            if (large != null) {
                throw large;
            }
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new Unreadable(doctype(part.getPartName().getName().substring(1)));
            }
            if (cause(e, EOFException.class) != null || cause(e, ZipException.class) != null) {
                throw new Unreadable(TRUNCATED);
            }
            String at = e instanceof SAXParseException p && p.getLineNumber() > 0
                    ? "（" + part.getPartName().getName().substring(1) + " 第 " + p.getLineNumber() + " 行第 " + p.getColumnNumber() + " 列）"
                    : "（" + part.getPartName().getName().substring(1) + "）";
            throw new Unreadable(what + "的内容不是有效的 XML" + at + "，文件已损坏；" + SAVE_AGAIN);
        }
    }

    /** The sentence for a file that could not be opened, saying what happened. */
    static String broken(Throwable e) {
        PartTooLargeException large = cause(e, PartTooLargeException.class);
        if (large != null) {
            return tooLarge(large);
        }
        Unreadable unreadable = cause(e, Unreadable.class);
        if (unreadable != null) {
            return unreadable.getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof EOFException || t instanceof ZipException || message.contains("Truncated")
                    || message.contains("truncated") || message.contains("Unexpected end")) {
                return TRUNCATED;
            }
            if (message.contains("DOCTYPE")) {
                return "文件中含有 DOCTYPE 声明（Excel 和 WPS 保存的工作簿不会有），为安全起见未读取；" + SAVE_AGAIN;
            }
        }
        return "文件已损坏，无法作为 Excel 工作簿（.xlsx）打开；" + SAVE_AGAIN;
    }

    private static String tooLarge(PartTooLargeException e) {
        String compressed = e.compressed >= 1024 * 1024 ? String.format("%.1f MB", e.compressed / 1048576.0)
                : String.format("%,d KB", Math.max(1, e.compressed / 1024));
        if (e.inflated > InflateLimit.MAX_PART_BYTES) {
            return "文件中的 " + e.part + " 解压后超过 " + InflateLimit.MAX_PART_BYTES / (1024 * 1024) + " MB 的上限（压缩后 "
                    + compressed + "），为安全起见未读取；" + SAVE_AGAIN;
        }
        return "文件中的 " + e.part + " 压缩后只有 " + compressed + "，解压到 " + String.format("%.1f MB", e.inflated / 1048576.0)
                + " 时已超过压缩大小的 " + InflateLimit.MAX_RATIO + " 倍（疑似压缩炸弹），为安全起见未读取；" + SAVE_AGAIN;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t.getCause()
                    && type.isInstance(sax.getException())) {
                return type.cast(sax.getException());
            }
        }
        return null;
    }

    /** xl/workbook.xml: the sheets in their order, whether hidden, and the 1904 date system. */
    private static final class WorkbookXml extends DefaultHandler {
        private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        record Sheet(String name, boolean hidden, String relation) {
        }

        final List<Sheet> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (localName.equals("sheet")) {
                if (sheets.size() >= MAX_ENTRIES) {
                    throw new SAXException("too many sheets");
                }
                String state = attributes.getValue("state");
                String relation = attributes.getValue(RELATIONSHIPS, "id");
                sheets.add(new Sheet(attributes.getValue("name") == null ? "" : attributes.getValue("name"),
                        "hidden".equals(state) || "veryHidden".equals(state), relation));
            }
        }
    }
}
