package org.salesaudit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.render.template.MemoryOutput;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SampleReports;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static byte[] english;

    @BeforeAll
    static void renderEnglish() throws IOException {
        english = render(SampleReports.complete(), Locale.ENGLISH);
    }

    @Test
    void writesReportPdf() throws IOException {
        MemoryOutput out = new MemoryOutput();
        RENDERER.render(SampleReports.complete(), Locale.ENGLISH, out);
        assertEquals(List.of("report.pdf"), List.copyOf(out.names()));
        assertEquals(OutputFormat.PDF, RENDERER.format());
        assertTrue(new String(out.bytes("report.pdf"), 0, 8, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void englishTextHasTheReportContent() throws IOException {
        String text = text(english);
        for (String expected : List.of("Sales audit", "Funnel, team and pipeline", "Data as of Oct 31, 2026",
                "Pipeline", "Sales effectiveness", "Quota attainment", "Data quality",
                "$1,234,567.89", "$456,789.01", "31.3%", "Open pipeline by stage",
                "Skipped: the input has no Quotas sheet",
                "acme.xlsx, sheet Deals, cell I57 (Amount)", "Page 1 of", "000000000000\u2026")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("#"), "a glyph is missing:\n" + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en, Data quality, Page 2 of",
        "ko, 데이터 품질, 영업 감사",
        "ar, جودة البيانات, تدقيق المبيعات",
        "pl, Jakość danych, Realizacja planów sprzedażowych",
        "ru, Качество данных, Портфель сделок"})
    void everyLanguageRendersWithoutMissingGlyphs(String language, String phrase, String other) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String text = text(render(SampleReports.complete(), locale));
        assertTrue(text.contains(phrase), "missing '" + phrase + "' in:\n" + text);
        assertTrue(text.contains(other), "missing '" + other + "' in:\n" + text);
        assertFalse(text.contains("#"), "a glyph is missing:\n" + text);
        assertFalse(text.contains("\u200E") || text.contains("\u200F"), "direction marks are drawn as bars");
    }

    @Test
    void sameModelGivesTheSameBytes() throws IOException {
        assertArrayEquals(english, render(SampleReports.complete(), Locale.ENGLISH));
        Locale arabic = Locale.forLanguageTag("ar");
        assertArrayEquals(render(SampleReports.complete(), arabic), render(SampleReports.complete(), arabic));
    }

    @Test
    void hasBookmarksForEveryChapterAndSeveralPages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(english)) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "bookmarks");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
            assertEquals(List.of("Summary", "1 Pipeline", "2 Sales effectiveness", "3 Quota attainment",
                    "Appendix: Data quality"), titles);
        }
    }

    @Test
    void isTaggedPdfAWithPinnedDatesAndId() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(english)) {
            var info = pdf.getDocumentInformation();
            assertEquals("Sales audit", info.getTitle());
            assertEquals("Funnel, team and pipeline", info.getSubject());
            assertEquals("salesaudit test", info.getProducer());
            long asOf = LocalDate.of(2026, 10, 31).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            assertEquals(asOf, info.getCreationDate().getTimeInMillis());
            assertEquals(asOf, info.getModificationDate().getTimeInMillis());

            var catalog = pdf.getDocumentCatalog();
            assertEquals("en", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged PDF");
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertEquals(1, catalog.getOutputIntents().size(), "sRGB output intent");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains(">3<") || xmp.contains("pdfaid:part=\"3\""), xmp);
            assertTrue(xmp.contains("2026-10-31T00:00:00Z"), xmp);
            java.util.regex.Matcher dates = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.+Z-]*").matcher(xmp);
            int found = 0;
            while (dates.find()) {
                assertEquals("2026-10-31T00:00:00Z", dates.group(), "every XMP date is pinned");
                found++;
            }
            assertEquals(2, found, "CreateDate and ModifyDate in:\n" + xmp);

            COSArray id = pdf.getDocument().getDocumentID();
            assertEquals(2, id.size());
            assertEquals(16, ((COSString) id.getObject(0)).getBytes().length);
        }
    }

    @Test
    void embedsOnlyBundledFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleReports.complete(), Locale.forLanguageTag("ar")))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoNaskhArabic")), fonts.toString());
            assertTrue(fonts.stream().allMatch(f -> f.contains("Noto") || f.contains("Nanum")), fonts.toString());
        }
    }

    @Test
    void doesNotFetchExternalResources(@TempDir Path dir) throws IOException {
        Path image = dir.resolve("secret.png");
        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Path css = dir.resolve("evil.css");
        Files.writeString(css, "body { background-image: url('" + image.toUri() + "'); }");
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"" + css.toUri() + "\"/></head>"
                + "<body><p>text</p><img src=\"" + image.toUri() + "\" alt=\"x\" width=\"40\" height=\"40\"/></body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XhtmlPdfWriter.write(xhtml, Locale.ENGLISH, "salesaudit test", LocalDate.of(2026, 10, 31), "report.pdf", out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertFalse(page.getResources().isImageXObject(name), "an image was fetched from " + image);
                }
            }
        }
    }

    static byte[] render(ReportModel model, Locale locale) throws IOException {
        MemoryOutput out = new MemoryOutput();
        RENDERER.render(model, locale, out);
        byte[] pdf = out.bytes(PdfRenderer.FILE_NAME);
        VeraPdf.assertCompliant(pdf, "the " + locale.toLanguageTag() + " report");
        return pdf;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
