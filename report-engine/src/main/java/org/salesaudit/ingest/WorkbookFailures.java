package org.salesaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says in plain words why a file could not be read as a workbook: empty, not a workbook at all,
 * password-protected, a zip bomb, an XML part with a document type declaration, truncated or
 * damaged (a sheet whose markup is not well-formed is named). POI's own messages name internals (and
 * sometimes temporary paths), so they are not shown.
 */
final class WorkbookFailures {

    static final String EMPTY = "an empty file";
    static final String NOT_A_WORKBOOK = "a file that is neither a zip archive (.xlsx) nor an OLE2 document (.xls)";
    static final String ENCRYPTED = "a password-protected workbook (save it without a password)";
    static final String ZIP_BOMB = "a compressed part that expands far beyond its size (a zip bomb), refused";
    static final String DOCTYPE = "an XML part with a document type declaration (an XML bomb or external entity), refused";
    static final String TRUNCATED = "a damaged or truncated zip archive";
    static final String NOT_EXCEL_ZIP = "a zip archive that is not an Excel workbook (no workbook part)";
    static final String DAMAGED_XLS = "a damaged .xls file";
    static final String DAMAGED_XLSX = "a damaged .xlsx workbook (a part is missing or unreadable)";
    static final String TOO_DEEP = "a workbook too deeply nested to read";
    static final String TOO_LARGE = "a workbook too large for the memory given to Java (raise -Xmx in JAVA_OPTS)";

    private WorkbookFailures() {
    }

    /** @return what the file is, as far as can be told without trusting it */
    static String describe(Path file, Throwable failure) {
        try {
            Signature signature = Signature.of(file);
            if (signature == Signature.EMPTY) {
                return EMPTY;
            }
            if (signature == Signature.OTHER) {
                return NOT_A_WORKBOOK;
            }
            if (signature == Signature.OLE2) {
                return isEncryptedOoxml(file) || hasCause(failure, EncryptedDocumentException.class) ? ENCRYPTED
                        : DAMAGED_XLS;
            }
        } catch (IOException e) {
            return TRUNCATED;
        }
        DamagedSheetException damaged = cause(failure, DamagedSheetException.class);
        if (damaged != null) {
            return damagedSheet(damaged.sheet(), damaged.reason());
        }
        if (failure instanceof StackOverflowError) {
            return TOO_DEEP;
        }
        if (failure instanceof OutOfMemoryError) {
            return TOO_LARGE;
        }
        String messages = messages(failure);
        if (messages.contains("zip bomb")) {
            return ZIP_BOMB;
        }
        if (messages.contains("doctype") || messages.contains("dtd") || messages.contains("entity")) {
            return DOCTYPE;
        }
        return zipFailure(file);
    }

    /** Reads only the zip's central directory (nothing is inflated) to tell truncated from not-a-workbook. */
    private static String zipFailure(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean hasWorkbookPart = zip.stream().limit(10_000)
                    .anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith("workbook.xml"));
            return hasWorkbookPart ? DAMAGED_XLSX : NOT_EXCEL_ZIP;
        } catch (IOException | RuntimeException e) {
            return TRUNCATED;
        }
    }

    private static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** @return what is said of a workbook whose sheet's markup is not well-formed */
    static String damagedSheet(String sheet, String reason) {
        return "a damaged workbook: the sheet " + sheet + " is not well-formed XML (" + reason + ")";
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable t) {
        StringBuilder s = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 20; c = c.getCause() == c ? null : c.getCause(), depth++) {
            s.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** What the first bytes of a file say it is. */
    enum Signature {
        EMPTY, ZIP, OLE2, OTHER;

        static Signature of(Path file) throws IOException {
            byte[] head = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n == 0) {
                return EMPTY;
            }
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return ZIP;
            }
            if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                return OLE2;
            }
            return OTHER;
        }
    }
}
