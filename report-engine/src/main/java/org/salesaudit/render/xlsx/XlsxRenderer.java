package org.salesaudit.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.engine.OutputFormat;
import org.salesaudit.render.Messages;
import org.salesaudit.render.Renderer;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.report.ReportModel;

/**
 * Renders a report as an Excel workbook, {@code report.xlsx}.
 *
 * <p>Sheets, in order:
 * <ol>
 * <li><b>Summary</b>: report title, as-of date, generator, the input files with their SHA-256, then
 *     every section with its figures, or the reason it was skipped, and the number of data problems.</li>
 * <li>One sheet per produced section, named after its translated title (made a valid, unique sheet
 *     name): its figures, then each table with a caption, a header row with an autofilter, the data
 *     rows and a total row of live {@code SUM} formulas under money and count columns.</li>
 * <li><b>Data quality</b>: one row per problem (severity, file, sheet, cell, column, expected, found,
 *     action) under a frozen, filterable header.</li>
 * </ol>
 *
 * <p>Values are typed cells: money with a number format built from its currency for the locale, ratios
 * as {@code 0.0%}, counts as {@code #,##0}, quantities as {@code #,##0.0}, dates as real dates
 * ({@code yyyy-mm-dd}); values that are not available are empty cells. Text from the data is always a
 * string cell, quote-prefixed when it starts like a formula ({@code = + - @}), so a spreadsheet never
 * evaluates it. Labels come from the message bundles for the locale.
 *
 * <p>The output is reproducible: the same model and locale give byte-identical files (document
 * dates are the model's as-of date, zip entry times are fixed, column widths do not depend on fonts).
 * Stateless and thread-safe.
 */
public final class XlsxRenderer implements Renderer {

    /** The name of the file this renderer writes. */
    public static final String FILE_NAME = "report.xlsx";

    @Override
    public OutputFormat format() {
        return OutputFormat.XLSX;
    }

    @Override
    public void render(ReportModel model, Locale locale, ReportOutput out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        byte[] workbook = ReportWorkbook.write(model, Messages.forLocale(locale));
        byte[] reproducible = ReproducibleZip.rewrite(workbook, ReproducibleZip.entryTime(model.asOf()));
        try (OutputStream file = out.newFile(FILE_NAME)) {
            file.write(reproducible);
        }
    }
}
