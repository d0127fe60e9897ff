package org.salesaudit.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.engine.OutputFormat;
import org.salesaudit.render.Renderer;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.render.template.Medium;
import org.salesaudit.render.template.ReportDocument;
import org.salesaudit.report.ReportModel;

/**
 * Writes the report as {@value #FILE_NAME}: A4, tagged (PDF/A-3a, PDF/UA-1), with bookmarks per
 * chapter, "Page x of y" footers, the bundled fonts embedded and right-to-left languages shaped.
 * Stateless and thread-safe; the same model and locale give the same bytes.
 */
public final class PdfRenderer implements Renderer {

    /** The name of the file this renderer writes. */
    public static final String FILE_NAME = "report.pdf";

    static {
        // openhtmltopdf logs INFO lines to stderr on every render; a report run should be quiet.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final ReportDocument document;

    /** A renderer using the bundled templates. */
    public PdfRenderer() {
        this(new ReportDocument());
    }

    /** A renderer using the given document template. */
    public PdfRenderer(ReportDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.PDF;
    }

    @Override
    public void render(ReportModel model, Locale locale, ReportOutput out) throws IOException {
        String xhtml = document.xhtml(model, locale, Medium.PRINT);
        try (OutputStream os = out.newFile(FILE_NAME)) {
            XhtmlPdfWriter.write(xhtml, locale, model.generator(), model.asOf(), FILE_NAME, os);
        }
    }

    /**
     * Removes LEFT-TO-RIGHT and RIGHT-TO-LEFT MARKs (U+200E, U+200F). Java puts them into Arabic
     * dates; browsers draw nothing for them, but the embedded Noto Sans draws a visible bar. Without
     * them an Arabic date reads 31/10/2026, left to right, as is usual in Arabic print.
     */
    static String withoutDirectionMarks(String xhtml) {
        return xhtml.replace("\u200E", "").replace("\u200F", "");
    }
}
