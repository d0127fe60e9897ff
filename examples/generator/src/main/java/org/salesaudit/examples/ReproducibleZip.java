package org.salesaudit.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip archive (an .xlsx file) so that it no longer depends on when it was written:
 * same entries in the same order, every entry stamped with {@link DataWindow#DOCUMENT_TIME}, no
 * extra fields, one fixed compression level.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setMethod(ZipOutputStream.DEFLATED);
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(DataWindow.DOCUMENT_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
