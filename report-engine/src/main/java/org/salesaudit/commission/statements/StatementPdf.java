package org.salesaudit.commission.statements;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.statements.pdf.StatementPdfWriter;

/**
 * A statement as a PDF/A-3a and PDF/UA-1 document: its {@link StatementContent} laid out at fixed
 * positions on A4 pages by {@link StatementPdfWriter}, with the bundled fonts.
 */
public final class StatementPdf {

    private StatementPdf() {
    }

    /** @return the statement's content, in the order the PDF shows it */
    public static StatementContent content(RepMonth m, StatementText t, String generator, List<String> inputs) {
        return StatementDocument.build(m, t, generator, inputs);
    }

    /** @return the PDF's bytes, dated {@code date} */
    public static byte[] write(RepMonth m, StatementText t, String generator, List<String> inputs, LocalDate date,
            String fileName) throws IOException {
        try {
            return StatementPdfWriter.write(content(m, t, generator, inputs), generator, date);
        } catch (RuntimeException e) {
            throw new IOException("Error while writing " + fileName + ": " + e.getMessage(), e);
        }
    }
}
