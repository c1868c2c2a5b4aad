package cn.selfeval.web.upload;

/** Submissions as JSON, read exactly as {@code selfeval check} reads a .json file. */
public final class JsonSubmissions implements SubmissionFormat {

    @Override
    public String label() {
        return "JSON（.json）";
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("json");
    }

    /** A .json name, or any name whose content starts (after a byte order mark and blanks) with '{'. */
    @Override
    public boolean reads(Upload upload) {
        if (upload.extension().equals("json")) {
            return true;
        }
        byte[] b = upload.bytes();
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i < b.length && b[i] == '{';
    }
}
