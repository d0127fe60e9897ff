package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesaudit.render.pdf.PdfRenderer;
import org.salesaudit.render.pdf.VeraPdf;
import org.salesaudit.render.template.MemoryOutput;
import org.salesaudit.report.ReportModel;

/** The example company's report in every language passes veraPDF and has no missing glyph. */
class ExampleReportLanguagesTest {

    private static ReportModel model;

    @BeforeAll
    static void audit() throws Exception {
        model = new ReportEngine().buildModel(
                ReportRequest.builder(List.of(Path.of("..", "examples", "acme-sales.xlsx")), Path.of("unused")).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Quota attainment", "ko, 할당량 달성", "ar, تحقيق الحصص", "pl, Realizacja planów", "ru, Выполнение плана"})
    void exampleReportIsCompliantAndReadable(String language, String phrase) throws IOException {
        MemoryOutput out = new MemoryOutput();
        new PdfRenderer().render(model, Locale.forLanguageTag(language), out);
        byte[] pdf = out.bytes(PdfRenderer.FILE_NAME);
        VeraPdf.assertCompliant(pdf, "the " + language + " example report");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertTrue(text.contains(phrase), "missing '" + phrase + "' in:\n" + text);
            assertFalse(text.contains("#"), "a glyph is missing:\n" + text);
        }
    }
}
