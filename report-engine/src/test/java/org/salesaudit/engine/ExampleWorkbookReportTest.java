package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.problem.Problem;
import org.salesaudit.render.pdf.VeraPdf;
import org.salesaudit.report.ReportModel;

/** The README's first command, on the committed example workbook. */
class ExampleWorkbookReportTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "acme-sales.xlsx");

    @TempDir
    Path dir;

    @Test
    void theExampleWorkbookGivesAReadablePdfAndXlsxListingItsDocumentedDirtyCells() throws Exception {
        Path out = dir.resolve("out");

        ReportResult result = new ReportEngine().generate(ReportRequest.builder(List.of(EXAMPLE), out).build());

        ReportModel model = result.model();
        assertEquals(List.of(), model.skippedSections().stream().map(s -> s.id() + ": " + s.reasonKey()).toList(),
                "every section of the audit is answered by the example workbook");
        assertFalse(model.findings().isEmpty(), "the summary has key findings");
        // the figures the Maven check goal's minForecastAccuracy and maxStaleDealShare read
        for (String key : List.of("forecast.accuracy", "audit.pipeline_health.stale_share")) {
            var value = model.figures().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
            var ratio = assertInstanceOf(org.salesaudit.report.Value.Ratio.class, value, key).fraction();
            assertTrue(ratio.signum() > 0 && ratio.compareTo(java.math.BigDecimal.ONE) < 0, key + " = " + ratio);
        }
        // the dirty cells documented in examples/README.md, then its business findings
        assertEquals(Set.of("I57", "F216", "I422", "D532", "I734", "F885", "I1012", "A1183"),
                Set.copyOf(model.problems().stream().filter(p -> !p.code().equals("deal.open_past_close")
                        && !p.code().equals("account.spelling")).map(Problem::at).map(a -> a.cell()).toList()));
        assertEquals(62, model.problems().stream().filter(p -> p.code().equals("deal.open_past_close")).count());
        assertEquals(6, model.problems().stream().filter(p -> p.code().equals("account.spelling")).count());
        VeraPdf.assertCompliant(out.resolve("report.pdf"));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Sales audit"));
            assertTrue(text.contains("Quota attainment"));
            assertTrue(text.contains("Backtest accuracy by method"), "the forecast section has its backtest table");
            assertFalse(text.contains("#"), "no glyph is missing from the fonts");
            assertTrue(text.contains("cell I734"), "the data-quality appendix lists the TBD amount");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
            assertTrue(xlsx.getNumberOfSheets() >= 4);
        }
    }
}
