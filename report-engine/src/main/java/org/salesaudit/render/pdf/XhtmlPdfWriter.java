package org.salesaudit.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out any XHTML document as a PDF with the settings of the report: A4, PDF/A-3a and PDF/UA-1,
 * the bundled fonts, right-to-left shaping, no external resources, and dates and document ID pinned
 * so that the same document gives the same bytes. The report's PDF ({@link PdfRenderer}) is written
 * with it. Stateless and thread-safe.
 */
public final class XhtmlPdfWriter {

    private XhtmlPdfWriter() {
    }

    /**
     * @param xhtml    a complete, well-formed XHTML document with its CSS inlined
     * @param producer the producer written into the PDF (e.g. {@code salesaudit 0.1.0})
     * @param date     the creation date written into the PDF (UTC midnight)
     * @param name     the file name, for error messages
     */
    public static void write(String xhtml, Locale locale, String producer, LocalDate date, String name, OutputStream os)
            throws IOException {
        Objects.requireNonNull(xhtml, "xhtml");
        String clean = PdfRenderer.withoutDirectionMarks(xhtml);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = PdfSettings.builder(locale, producer, document);
            builder.withHtmlContent(clean, null);
            builder.toStream(os);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.setListener(new ReproducibleMetadata(date, clean));
                renderer.createPDF();
            } catch (RuntimeException e) {
                throw new IOException("Error while writing " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
