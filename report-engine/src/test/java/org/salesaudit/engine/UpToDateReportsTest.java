package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.render.Renderer;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.report.ReportModel;

class UpToDateReportsTest {

    @TempDir
    Path dir;

    private final AtomicInteger renders = new AtomicInteger();
    private Path workbook;
    private Path out;

    /** Writes a tiny HTML file and counts how often it is asked to. */
    private final Renderer counting = new Renderer() {
        @Override
        public OutputFormat format() {
            return OutputFormat.HTML;
        }

        @Override
        public void render(ReportModel model, Locale locale, ReportOutput output) throws IOException {
            renders.incrementAndGet();
            try (OutputStream s = output.newFile("report.html")) {
                s.write(("<p>" + model.asOf() + "</p>").getBytes(StandardCharsets.UTF_8));
            }
        }
    };

    private final UpToDateReports reports = new UpToDateReports(new ReportEngine(List.of(counting)));

    @BeforeEach
    void workbook() throws IOException {
        workbook = dir.resolve("crm.xlsx");
        writeWorkbook(1000);
        out = dir.resolve("salesaudit");
    }

    private void writeWorkbook(double amount) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream s = Files.newOutputStream(workbook)) {
            Sheet deals = wb.createSheet("Deals");
            Row header = deals.createRow(0);
            header.createCell(0).setCellValue("Deal ID");
            header.createCell(1).setCellValue("Stage");
            header.createCell(2).setCellValue("Amount");
            Row row = deals.createRow(1);
            row.createCell(0).setCellValue("D-1");
            row.createCell(1).setCellValue("Product trial");
            row.createCell(2).setCellValue(amount);
            wb.write(s);
        }
    }

    private ReportRequest request(LocalDate asOf) {
        return ReportRequest.builder(List.of(workbook), out).formats(Set.of(OutputFormat.HTML)).asOf(asOf).build();
    }

    private UpToDateReports.Outcome run(LocalDate asOf, boolean force) throws Exception {
        return reports.generate(request(asOf), "test 1.0", force);
    }

    @Test
    void anUnchangedSecondRunDoesNoWork() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        UpToDateReports.Generated first = assertInstanceOf(UpToDateReports.Generated.class, run(asOf, false));

        UpToDateReports.UpToDate second = assertInstanceOf(UpToDateReports.UpToDate.class, run(asOf, false));

        assertEquals(1, renders.get());
        assertTrue(first.reason().startsWith("no earlier run"), first.reason());
        assertEquals(List.of(out.resolve("report.html"), out.resolve("results.json")), second.files());
        assertTrue(Files.readString(out.resolve(UpToDateReports.MARKER)).contains("crm.xlsx sha256:"));
    }

    @Test
    void forceRunsAgain() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        run(asOf, false);

        UpToDateReports.Generated again = assertInstanceOf(UpToDateReports.Generated.class, run(asOf, true));

        assertEquals(2, renders.get());
        assertEquals("forced", again.reason());
    }

    @Test
    void aChangedWorkbookRunsAgainAndSaysWhy() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        run(asOf, false);
        writeWorkbook(2000);

        UpToDateReports.Generated again = assertInstanceOf(UpToDateReports.Generated.class, run(asOf, false));

        assertEquals("workbook 1 (crm.xlsx) changed", again.reason());
        assertEquals(2, renders.get());
    }

    @Test
    void aChangedOptionRunsAgain() throws Exception {
        run(LocalDate.of(2026, 10, 31), false);

        UpToDateReports.Generated again = assertInstanceOf(UpToDateReports.Generated.class,
                run(LocalDate.of(2026, 11, 30), false));

        assertEquals("as-of date changed", again.reason());
    }

    @Test
    void aDeletedOrEditedReportRunsAgain() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        run(asOf, false);
        Files.delete(out.resolve("report.html"));

        UpToDateReports.Generated again = assertInstanceOf(UpToDateReports.Generated.class, run(asOf, false));
        assertEquals("report.html was changed or deleted", again.reason());

        Files.writeString(out.resolve("results.json"), "{}");
        again = assertInstanceOf(UpToDateReports.Generated.class, run(asOf, false));
        assertEquals("results.json was changed or deleted", again.reason());
        assertEquals(3, renders.get());
    }

    @Test
    void anotherFrontEndVersionRunsAgain() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        run(asOf, false);

        UpToDateReports.Outcome again = reports.generate(request(asOf), "test 2.0", false);

        assertEquals("front end changed", assertInstanceOf(UpToDateReports.Generated.class, again).reason());
    }
}
