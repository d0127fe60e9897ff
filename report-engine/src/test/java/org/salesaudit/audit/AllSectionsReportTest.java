package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.render.AtomicDirectoryOutput;
import org.salesaudit.render.FindingText;
import org.salesaudit.render.Messages;
import org.salesaudit.render.html.HtmlRenderer;
import org.salesaudit.render.json.ResultsJson;
import org.salesaudit.render.pdf.PdfRenderer;
import org.salesaudit.render.xlsx.XlsxRenderer;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SectionOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every audit section of the synthetic data set through every renderer: the report says it all. */
class AllSectionsReportTest {

    @TempDir
    Path dir;

    @Test
    void everySectionAndTheRankedFindingsReachEveryFormat() throws Exception {
        List<SectionOutcome> sections = new ArrayList<>();
        for (Audit audit : Audits.all()) {
            sections.add(audit.run(AllAuditsTest.synthetic(42), AuditFixtures.SETTINGS));
        }
        ReportModel model = new ReportModel("salesaudit test", AuditFixtures.AS_OF, AuditFixtures.USD, List.of(),
                sections, List.of());
        Path out = dir.resolve("out");
        try (AtomicDirectoryOutput output = AtomicDirectoryOutput.create(out)) {
            new PdfRenderer().render(model, Locale.ENGLISH, output);
            new HtmlRenderer().render(model, Locale.ENGLISH, output);
            new XlsxRenderer().render(model, Locale.ENGLISH, output);
            new ResultsJson().write(model, Locale.ENGLISH, List.of("report.pdf"), output);
            output.commit();
        }
        assertFalse(model.findings().isEmpty());
        String firstFinding = new FindingText(Messages.forLocale(Locale.ROOT)).text(model.findings().get(0));

        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(model.findings().size(), json.get("findings").size());
        assertEquals(1, json.get("findings").get(0).get("rank").asInt());
        assertEquals(0, model.findings().get(0).moneyAtStake().compareTo(json.get("findings").get(0)
                .get("money_at_stake").decimalValue()));
        for (JsonNode section : json.get("sections")) {
            assertEquals("produced", section.get("status").asText(), section.toString());
        }

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Key findings"));
        assertTrue(html.contains("<ol class=\"findings\">"));
        assertTrue(html.contains("href=\"#s"), "findings link to their chapters");

        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
            List<String> texts = new ArrayList<>();
            xlsx.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertTrue(texts.contains("Key findings"), "the summary sheet has the findings block");
            String english = new FindingText(Messages.forLocale(Locale.ENGLISH)).text(model.findings().get(0));
            assertTrue(texts.contains(english), "the first finding is on the summary sheet: " + english);
        }

        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(firstFinding.substring(0, 40)), "the first finding is in the PDF");
            for (String title : List.of("Lead generation", "Funnel", "Time to customer", "Campaigns and channels",
                    "Rep quadrants", "Follow-up (the 4P)", "Pipeline health", "Stage-probability calibration",
                    "Lead scoring", "Customers", "Capacity")) {
                assertTrue(text.contains(title), title);
            }
            assertFalse(text.contains("#"), "no missing glyph");
        }
    }
}
