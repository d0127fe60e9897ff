package org.salesaudit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesaudit.render.chart.ChartFixtures;
import org.salesaudit.render.template.TestReports;
import org.salesaudit.report.SampleReports;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every language's report, with a chart of every kind, passes veraPDF as PDF/A-3a and PDF/UA-1. */
class PdfComplianceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ko", "ar", "pl", "ru"})
    void reportWithEveryChartKindIsPdfA3aAndPdfUa1(String language) throws IOException {
        byte[] pdf = PdfRendererTest.render(ChartFixtures.report(), Locale.forLanguageTag(language));
        VeraPdf.assertCompliant(pdf, "the " + language + " report with charts");
    }

    @Test
    void reportsWithoutChartsAndWithHostileDataComply() throws IOException {
        VeraPdf.assertCompliant(PdfRendererTest.render(SampleReports.complete(), Locale.ENGLISH), "the sample report");
        VeraPdf.assertCompliant(PdfRendererTest.render(TestReports.hostile(), Locale.ENGLISH), "the hostile report");
        VeraPdf.assertCompliant(PdfRendererTest.render(TestReports.clean(), Locale.forLanguageTag("ar")),
                "the small Arabic report");
    }

    @Test
    void theValidatorRejectsAPdfThatIsNotTagged() throws IOException {
        // the oracle can fail: an untagged PDF without output intent fails both standards
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            doc.addPage(page);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertFalse(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFA_3_A).isEmpty());
            assertTrue(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).contains("ua1"),
                    VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1));
        }
    }
}
