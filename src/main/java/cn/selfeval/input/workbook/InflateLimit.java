package cn.selfeval.input.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

/**
 * The zip of a workbook held in memory, each part read through a limit on how far it may inflate: beyond
 * {@link #MAX_PART_BYTES}, or past the first megabyte at more than {@link #MAX_RATIO} times its compressed size
 * (what a zip bomb does and Excel's XML never does), reading stops with a {@link PartTooLargeException} that names
 * the part and the sizes. POI's own guard (ZipSecureFile) works on files only.
 */
final class InflateLimit extends ZipFileZipEntrySource {

    /** Inflated size of one part. */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;
    /** Inflated ÷ compressed size. */
    static final long MAX_RATIO = 100;
    private static final long GRACE_BYTES = 1024 * 1024;

    InflateLimit(ZipFile zip) {
        super(zip);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return limited(entry, super.getInputStream(entry));
    }

    static InputStream limited(ZipArchiveEntry entry, InputStream in) {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                count(skipped);
                return skipped;
            }

            private void count(long n) throws PartTooLargeException {
                read += n;
                if (read > MAX_PART_BYTES || read > GRACE_BYTES && read > compressed * MAX_RATIO) {
                    throw new PartTooLargeException(entry.getName(), compressed, read);
                }
            }
        };
    }

    /** A part that inflates beyond the limits. */
    static final class PartTooLargeException extends IOException {
        final String part;
        final long compressed;
        final long inflated;

        PartTooLargeException(String part, long compressed, long inflated) {
            super("part " + part + " inflates beyond the limits");
            this.part = part;
            this.compressed = compressed;
            this.inflated = inflated;
        }
    }
}
