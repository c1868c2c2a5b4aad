package cn.selfeval.web.upload;

import java.util.Locale;

/**
 * One uploaded file, in memory: the name the user's browser or system gave it (without any folder of the
 * uploading machine; inside a .zip, its path in the archive) and its bytes.
 */
public record Upload(String fileName, byte[] bytes) {

    private static final int MAX_NAME = 200;

    /** A name that is safe to show and to put in a score card: no folders of the sender, no control characters. */
    public static String cleanName(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (base.isEmpty()) {
            return fallback;
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }

    /**
     * A name given through the API ({@code ?name=甲/自评.json}): folders are kept, as the command line names a
     * file by its path, but not "..", a leading "/" or control characters.
     */
    public static String cleanLabel(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            String clean = cleanName(part, "");
            if (!clean.isEmpty() && !clean.equals(".") && !clean.equals("..")) {
                parts.add(clean);
            }
        }
        String label = String.join("/", parts);
        return label.isEmpty() ? fallback : label.length() > MAX_NAME ? label.substring(0, MAX_NAME) : label;
    }

    /** The name's extension in lower case, without the dot; empty when it has none. */
    public String extension() {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the bytes start like a zip archive (.zip, and also .xlsx). */
    public boolean zipBytes() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
