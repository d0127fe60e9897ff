package org.salesaudit.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesaudit.render.Messages;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.Section;

/** Builds the workbook of a report: its sheets in order and its document properties. */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /** Rows kept in memory per sheet; older ones are written to a temporary file. */
    static final int ROW_WINDOW = 200;

    /**
     * Writes the workbook with a streaming sheet writer (SXSSF): at most {@value #ROW_WINDOW} rows per
     * sheet are in memory, whatever the size of the tables; strings are stored in their cells.
     *
     * @return the workbook as written by POI (zip entry times not yet fixed)
     */
    static byte[] write(ReportModel model, Messages messages) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROW_WINDOW, true, false);
        // Zip64 data descriptors are unreadable for java.util.zip, which ReproducibleZip and many readers use.
        workbook.setZip64Mode(Zip64Mode.Never);
        try {
            fill(workbook, model, messages);
            stampProperties(template, model);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Adds the summary, section and data-quality sheets to an empty workbook. */
    static void fill(Workbook workbook, ReportModel model, Messages messages) {
        Styles styles = new Styles(workbook, new NumberFormats(messages.locale()));
        ValueFormatter formatter = new ValueFormatter(messages.locale(), messages);

        // Fixed sheets claim their names first, so a section titled like them gets the suffix.
        SheetNames names = new SheetNames();
        String summaryName = names.allocate(messages.get("report.summary"));
        String dataQualityName = names.allocate(messages.get("dataQuality.title"));
        List<String> sectionNames = new ArrayList<>();
        for (Section section : model.producedSections()) {
            sectionNames.add(names.allocate(messages.get(section.titleKey())));
        }

        SummarySheet.write(sheet(workbook, summaryName, styles, formatter), model, messages);
        List<Section> sections = model.producedSections();
        for (int i = 0; i < sections.size(); i++) {
            SectionSheet.write(sheet(workbook, sectionNames.get(i), styles, formatter), sections.get(i), messages,
                    model.currency());
        }
        DataQualitySheet.write(sheet(workbook, dataQualityName, styles, formatter), model.problems(), messages);
    }

    private static SheetWriter sheet(Workbook workbook, String name, Styles styles, ValueFormatter formatter) {
        return new SheetWriter(workbook.createSheet(name), styles, formatter);
    }

    /** Pins what POI would otherwise take from the clock: creation and modification dates. */
    private static void stampProperties(XSSFWorkbook workbook, ReportModel model) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date asOf = Date.from(model.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        core.setCreator(model.generator());
    }
}
