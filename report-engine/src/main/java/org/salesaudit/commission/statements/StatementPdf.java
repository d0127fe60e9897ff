package org.salesaudit.commission.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.render.pdf.XhtmlPdfWriter;
import org.salesaudit.render.template.BundledTemplates;

/** A statement as a PDF, from {@value #TEMPLATE} with the report's fonts and PDF settings. */
public final class StatementPdf {

    /** The statement template in the templates jar. */
    public static final String TEMPLATE = "statement.ftlh";

    private StatementPdf() {
    }

    /** @return the statement as XHTML, before layout (tests read it with XPath) */
    public static String xhtml(RepMonth m, StatementText t, String generator, List<String> inputs) throws IOException {
        Map<String, Object> doc = StatementDocument.build(m, t, generator, inputs);
        return BundledTemplates.process(TEMPLATE, Map.of("doc", doc));
    }

    /** @return the PDF's bytes, dated {@code date} */
    public static byte[] write(RepMonth m, StatementText t, String generator, List<String> inputs, LocalDate date,
            String fileName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        XhtmlPdfWriter.write(xhtml(m, t, generator, inputs), t.locale(), generator, date, fileName, out);
        return out.toByteArray();
    }
}
