package cn.selfeval.web.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 自评填报表 (.xlsx), read exactly as {@code selfeval check} reads one (errors name sheet and cell). An old
 * .xls is taken too, so that the reader can say to save it as .xlsx.
 */
public final class WorkbookSubmissions implements SubmissionFormat {

    /** Every .xlsx package lists its parts in this entry; a zip of JSON files does not have it. */
    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String label() {
        return "自评填报表（.xlsx）";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx");
    }

    /** An .xlsx or .xls name, or zip bytes with the entry every .xlsx has. */
    @Override
    public boolean reads(Upload upload) {
        String ext = upload.extension();
        return ext.equals("xlsx") || ext.equals("xls") || upload.zipBytes() && contains(upload.bytes(), CONTENT_TYPES);
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
