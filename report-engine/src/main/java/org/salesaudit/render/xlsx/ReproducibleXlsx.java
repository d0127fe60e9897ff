package org.salesaudit.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
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

    /** @return whether text must be written quote-prefixed so that a spreadsheet keeps it as text */
    public static boolean needsQuotePrefix(String text) {
        return FormulaInjection.needsQuotePrefix(text);
    }
}
