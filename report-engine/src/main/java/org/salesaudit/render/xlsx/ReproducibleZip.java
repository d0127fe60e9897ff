package org.salesaudit.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file so that its bytes depend only on its entries: same entry order and content,
 * every entry time set to one given value, no extra fields. POI stamps entries with the current time.
 */
final class ReproducibleZip {

    /** The range a zip (DOS) date can hold without an extended timestamp field. */
    private static final LocalDate FIRST_DOS_DATE = LocalDate.of(1980, 1, 1);
    private static final LocalDate LAST_DOS_DATE = LocalDate.of(2107, 12, 31);

    private ReproducibleZip() {
    }

    /** @return the entry time for a report as of {@code asOf}: its midnight, kept in the zip date range */
    static LocalDateTime entryTime(LocalDate asOf) {
        LocalDate date = asOf.isBefore(FIRST_DOS_DATE) ? FIRST_DOS_DATE
                : asOf.isAfter(LAST_DOS_DATE) ? LAST_DOS_DATE : asOf;
        return date.atStartOfDay();
    }

    /**
     * @param time the entry time, stored as a local date-time so the time zone of the JVM does not matter
     */
    static byte[] rewrite(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Like {@link #rewrite(byte[], LocalDateTime)}, from a zip file (its entries in the order of its central
     * directory, which is the order they were written in) to a stream; leaves {@code target} open.
     */
    static void rewrite(Path zip, OutputStream target, LocalDateTime time) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile())) {
            ZipOutputStream out = new ZipOutputStream(new FilterOutputStream(target) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
            out.close();
        }
    }
}
