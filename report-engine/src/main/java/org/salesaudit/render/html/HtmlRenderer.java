package org.salesaudit.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.engine.OutputFormat;
import org.salesaudit.render.Renderer;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.render.template.Medium;
import org.salesaudit.render.template.ReportDocument;
import org.salesaudit.report.ReportModel;

/**
 * Writes the report as {@value #FILE_NAME}: the same document as the PDF, as one self-contained page
 * (inline stylesheet, no scripts, images or links to other files), UTF-8. Stateless and thread-safe.
 */
public final class HtmlRenderer implements Renderer {

    /** The name of the file this renderer writes. */
    public static final String FILE_NAME = "report.html";

    private final ReportDocument document;

    /** A renderer using the bundled templates. */
    public HtmlRenderer() {
        this(new ReportDocument());
    }

    /** A renderer using the given document template. */
    public HtmlRenderer(ReportDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }

    @Override
    public void render(ReportModel model, Locale locale, ReportOutput out) throws IOException {
        byte[] html = document.xhtml(model, locale, Medium.SCREEN).getBytes(StandardCharsets.UTF_8);
        try (OutputStream os = out.newFile(FILE_NAME)) {
            os.write(html);
        }
    }
}
