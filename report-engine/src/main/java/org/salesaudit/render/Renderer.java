package org.salesaudit.render;

import java.io.IOException;
import java.util.Locale;

import org.salesaudit.engine.OutputFormat;
import org.salesaudit.report.ReportModel;

/** Renders a {@link ReportModel} into one output format. Implementations are stateless and thread-safe. */
public interface Renderer {

    OutputFormat format();

    /** Writes the report for {@code locale} into {@code out}. Same model and locale, same bytes. */
    void render(ReportModel model, Locale locale, ReportOutput out) throws IOException;
}
