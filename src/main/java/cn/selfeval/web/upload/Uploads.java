package cn.selfeval.web.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns what was uploaded into submission files: .zip archives are opened (in memory, never written to disk)
 * and their files taken in archive order; what cannot be taken is reported by name, and never stops the others.
 */
public final class Uploads {

    /** Chinese Windows writes zip entry names in GBK without saying so; GB18030 reads GBK. */
    private static final Charset LEGACY_NAMES = Charset.forName("GB18030");

    /** The files to check, and what was refused before checking (a file too large, a broken archive, too many). */
    public record Expanded(List<Upload> files, List<Refused> refused) {
    }

    /** A file or archive entry that was not checked, and why (in Chinese). */
    public record Refused(String fileName, String reason) {
    }

    private final long maxFileBytes;
    private final int maxFiles;
    private final long maxTotalBytes;

    public Uploads(long maxFileBytes, int maxFiles, long maxTotalBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
        this.maxTotalBytes = maxTotalBytes;
    }

    public static boolean isZip(Upload upload) {
        return upload.extension().equals("zip")
                || upload.zipBytes() && !upload.extension().equals("xlsx") && SubmissionFormats.forUpload(upload).isEmpty();
    }

    public Expanded expand(List<Upload> uploads) {
        List<Upload> files = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        long[] total = {0};
        for (Upload upload : uploads) {
            if (isZip(upload)) {
                openZip(upload, files, refused, total);
            } else {
                add(upload, files, refused, total);
            }
        }
        return new Expanded(List.copyOf(files), List.copyOf(refused));
    }

    private void add(Upload upload, List<Upload> files, List<Refused> refused, long[] total) {
        if (files.size() >= maxFiles) {
            refused.add(new Refused(upload.fileName(), "一次最多检查 " + maxFiles + " 份填报，这一份未检查，请分批上传"));
        } else if (upload.bytes().length > maxFileBytes) {
            refused.add(new Refused(upload.fileName(), tooLarge()));
        } else {
            total[0] += upload.bytes().length;
            files.add(upload);
        }
    }

    private void openZip(Upload zip, List<Upload> files, List<Refused> refused, long[] total) {
        try {
            readZip(zip, StandardCharsets.UTF_8, files, refused, total);
        } catch (IllegalArgumentException malformedName) {
            try {
                readZip(zip, LEGACY_NAMES, files, refused, total);
            } catch (IOException | IllegalArgumentException e) {
                refused.add(new Refused(zip.fileName(), "无法打开压缩包：" + describe(e)));
            }
        } catch (IOException e) {
            refused.add(new Refused(zip.fileName(), "无法打开压缩包：" + describe(e)));
        }
    }

    private void readZip(Upload zip, Charset names, List<Upload> files, List<Refused> refused, long[] total)
            throws IOException {
        List<Upload> found = new ArrayList<>();
        List<Refused> notTaken = new ArrayList<>();
        long bytes = total[0];
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()), names)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || skipped(name)) {
                    continue;
                }
                if (outside(name)) {
                    String shown = name.codePoints().filter(c -> !Character.isISOControl(c)).limit(200)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                    notTaken.add(new Refused(zip.fileName(), "压缩包中的“" + shown
                            + "”的路径指向压缩包之外（含“..”或以“/”开头），已跳过，未检查"));
                    continue;
                }
                String label = zip.fileName() + "/" + cleanPath(name);
                if (++entries > maxFiles * 2 + 10) {
                    notTaken.add(new Refused(zip.fileName(), "压缩包中的文件过多，只读取了前 " + (entries - 1) + " 个"));
                    break;
                }
                byte[] content = readAtMost(in, maxFileBytes);
                if (content == null) {
                    notTaken.add(new Refused(label, tooLarge()));
                    continue;
                }
                bytes += content.length;
                if (bytes > maxTotalBytes) {
                    notTaken.add(new Refused(label, "压缩包解压后超过 " + cn.selfeval.web.Limits.size(maxTotalBytes)
                            + "，其余文件未检查"));
                    break;
                }
                Upload upload = new Upload(label, content);
                if (isZip(upload)) {
                    notTaken.add(new Refused(label, "压缩包中的压缩包不会被打开，请直接放入填报文件"));
                    continue;
                }
                found.add(upload);
            }
        } catch (ZipException e) {
            throw new IOException(e.getMessage() == null ? "压缩包已损坏" : e.getMessage(), e);
        }
        if (found.isEmpty() && notTaken.isEmpty()) {
            refused.add(new Refused(zip.fileName(), entries == 0 ? "无法打开压缩包：文件已损坏，或其中没有文件" : "压缩包中没有填报文件"));
        }
        for (Upload upload : found) {
            add(upload, files, refused, total);
        }
        refused.addAll(notTaken);
    }

    /** Folders and files that zip tools add, and earlier selfeval results. */
    private static boolean skipped(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()
                || base.endsWith(".result.json") || base.endsWith(".result.txt") || base.equalsIgnoreCase("Thumbs.db");
    }

    /** An entry named to land outside the folder it is unpacked into: "../../x.json", "/abs.json", "C:/x.json". */
    static boolean outside(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The entry's path inside the archive, without "." parts. */
    private static String cleanPath(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                parts.add(Upload.cleanName(part, "_"));
            }
        }
        return String.join("/", parts);
    }

    /** The rest of the stream, or null when it holds more than {@code max} bytes (without reading more than that). */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return content.length > max ? null : content;
    }

    private String tooLarge() {
        return "文件超过 " + cn.selfeval.web.Limits.size(maxFileBytes) + "（一份填报的上限），未检查";
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "文件已损坏或不是 zip 格式" : "文件已损坏或不是 zip 格式（" + message + "）";
    }
}
