package org.salesaudit.render.template;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.ibm.icu.util.ULocale;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.salesaudit.report.ReportModel;

/**
 * Turns a {@link ReportModel} into the report as an XHTML document, in one language, from the
 * template {@value #TEMPLATE} of the templates module (with {@code report.css} inlined). The PDF
 * renderer lays this document out on A4 pages; the HTML renderer writes it as a web page.
 *
 * <p>Instances are immutable and thread-safe; the default one shares a single FreeMarker
 * configuration. The same model, locale and medium always give the same string.
 */
public final class ReportDocument {

    /** The name of the main template. */
    public static final String TEMPLATE = "report.ftlh";

    private static final Configuration BUNDLED = TemplateConfiguration.create(
            new ClassTemplateLoader(ReportDocument.class, TemplateConfiguration.TEMPLATE_PATH));

    private final Configuration configuration;

    /** A document made from the templates bundled in the templates jar. */
    public ReportDocument() {
        this(BUNDLED);
    }

    // A user's template folder will get a second public constructor (or factory) that creates its own
    // configuration with a MultiTemplateLoader: the folder first, the bundled templates behind it.
    private ReportDocument(Configuration configuration) {
        this.configuration = configuration;
    }

    /**
     * Renders the report.
     *
     * @param medium paged (PDF) or screen (HTML) output
     * @return a complete XHTML document
     * @throws IOException when the template cannot be read, or fails (a template error names the
     *                     template, line and column)
     */
    public String xhtml(ReportModel model, Locale locale, Medium medium) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(medium, "medium");
        Map<String, Object> doc = new DocumentModel(model, locale, medium).build();
        Template template = configuration.getTemplate(TEMPLATE);
        StringWriter out = new StringWriter(32 * 1024);
        try {
            template.process(Map.of("doc", doc), out);
        } catch (TemplateException e) {
            throw new IOException("Error in report template " + TEMPLATE + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** @return whether {@code locale} is written right to left (Arabic, Hebrew, Persian, …) */
    public static boolean isRightToLeft(Locale locale) {
        return ULocale.forLocale(locale).isRightToLeft();
    }
}
