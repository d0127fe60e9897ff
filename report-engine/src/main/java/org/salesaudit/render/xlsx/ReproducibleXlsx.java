package org.salesaudit.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes any workbook the way the report's workbook is written: creation and modification dates
 * pinned to a given day, zip entry times fixed, so the same content gives the same bytes. For
 * workbooks other than the report (commission statements, the payout register).
 */
public final class ReproducibleXlsx {

    private ReproducibleXlsx() {
    }

    /** @return the bytes of {@code workbook} dated {@code date}, created by {@code creator} */
    public static byte[] bytes(XSSFWorkbook workbook, LocalDate date, String creator) throws IOException {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date day = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        core.setCreator(creator);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        workbook.write(out);
        return ReproducibleZip.rewrite(out.toByteArray(), ReproducibleZip.entryTime(date));
    }

    /**
     * Writes a streamed workbook the way {@link #bytes} writes one held in memory (same properties, same
     * zip entry times), through a temporary file instead of memory; leaves {@code out} open.
     */
    public static void write(SXSSFWorkbook workbook, LocalDate date, String creator, OutputStream out)
            throws IOException {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date day = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        core.setCreator(creator);
        Path zip = Files.createTempFile("salesaudit-", ".xlsx");
        try {
            try (OutputStream os = Files.newOutputStream(zip)) {
                workbook.write(os);
            }
            ReproducibleZip.rewrite(zip, out, ReproducibleZip.entryTime(date));
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** @return whether text must be written quote-prefixed so that a spreadsheet keeps it as text */
    public static boolean needsQuotePrefix(String text) {
        return FormulaInjection.needsQuotePrefix(text);
    }
}
