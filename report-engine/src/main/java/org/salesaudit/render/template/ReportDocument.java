package org.salesaudit.render.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.ibm.icu.util.ULocale;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;

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

    private static final Configuration BUNDLED = TemplateConfiguration.create(bundledLoader());

    private final TemplateRun run;

    /** A document made from the templates bundled in the templates jar. */
    public ReportDocument() {
        this(new TemplateRun(BUNDLED, "bundled templates", TemplateRun.MAX_OUTPUT_CHARS,
                TemplateRun.MAX_SECONDS * 1000));
    }

    private ReportDocument(TemplateRun run) {
        this.run = run;
    }

    /**
     * A document made from a user's template folder: a template or stylesheet found there
     * ({@value #TEMPLATE}, {@code report.css}, or any file they include) replaces the bundled one of
     * the same name; everything else comes from the templates jar. Nothing outside the folder and the
     * jar can be loaded (no {@code ..}, no links leaving the folder), no Java class can be created
     * ({@code ?new}), {@code ?api} is off, and a template that runs longer than a minute or writes
     * more than 64 MB is stopped.
     *
     * @throws IOException the folder does not exist or is not a readable directory
     */
    public static ReportDocument fromFolder(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the template folder does not exist or is not a directory");
        }
        Path real = folder.toRealPath();
        FileTemplateLoader files = new FileTemplateLoader(real.toFile(), false);
        Configuration configuration = TemplateConfiguration.create(
                new MultiTemplateLoader(new TemplateLoader[] {files, bundledLoader()}));
        return new ReportDocument(new TemplateRun(configuration, "template folder " + real,
                TemplateRun.MAX_OUTPUT_CHARS, TemplateRun.MAX_SECONDS * 1000));
    }

    /** The same document with other limits (tests of runaway templates). */
    ReportDocument withLimits(long maxChars, long maxMillis) {
        return new ReportDocument(run.withLimits(maxChars, maxMillis));
    }

    private static TemplateLoader bundledLoader() {
        return new ClassTemplateLoader(ReportDocument.class, TemplateConfiguration.TEMPLATE_PATH);
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
        return run.process(TEMPLATE, Map.of("doc", doc));
    }

    /** @return whether {@code locale} is written right to left (Arabic, Hebrew, Persian, …) */
    public static boolean isRightToLeft(Locale locale) {
        return ULocale.forLocale(locale).isRightToLeft();
    }
}
