package org.salesaudit.commission.statements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;
import org.salesaudit.render.Messages;
import org.salesaudit.render.pdf.VeraPdf;

class StatementPdfTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 31);

    @TempDir
    Path dir;

    /** Every credited line shows the deal, account, product, deal amount, credit and source row, in every language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ru", "ko", "ar"})
    void everyCreditedLineShowsAccountProductAmountAndSource(String language) throws Exception {
        RepMonth m = statement(language, 1);
        StatementText t = new StatementText(Locale.forLanguageTag(language), Currency.getInstance("USD"));

        StatementContent content = StatementPdf.content(m, t, "salesaudit test", List.of("crm.xlsx"));
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        assertEquals(StatementWorkbook.LINE_COLUMNS.stream().map(k -> messages.get("commission.column." + k)).toList(),
                content.columns().stream().map(StatementContent.Cell::text).toList());
        List<String> line = content.lines().get(0).cells().stream().map(StatementContent.Cell::text).toList();
        assertEquals("D-1", line.get(0));
        assertEquals("Globex", line.get(1));
        assertEquals("Analytics", line.get(2));
        assertEquals(t.money(new BigDecimal("8000")), line.get(5));
        assertEquals(t.money(new BigDecimal("8000")), line.get(6));
        assertEquals("crm.xlsx / Deals / 2", line.get(10));

        String text = text(StatementPdf.write(m, t, "salesaudit test", List.of("crm.xlsx"), DATE, "s.pdf"));
        for (String shown : List.of("D-1", "Globex", "Analytics", "crm.xlsx / Deals / 2", t.money(new BigDecimal("8000")))) {
            assertTrue(text.contains(shown), shown + " missing from\n" + text);
        }
    }

    /** The fixed-layout statement is PDF/A-3a and PDF/UA-1 in every language, and the same bytes every time. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ru", "ko", "ar"})
    void statementsAreArchivalAndAccessibleAndReproducible(String language) throws Exception {
        RepMonth m = statement(language, 3);
        StatementText t = new StatementText(Locale.forLanguageTag(language), Currency.getInstance("USD"));

        byte[] pdf = StatementPdf.write(m, t, "salesaudit test", List.of("crm.xlsx"), DATE, "s.pdf");

        java.nio.file.Files.write(Path.of("/tmp/sf-" + language + ".pdf"), pdf);
        VeraPdf.assertCompliant(pdf, "the " + language + " statement");
        assertArrayEquals(pdf, StatementPdf.write(m, t, "salesaudit test", List.of("crm.xlsx"), DATE, "s.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(language, document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document);
            Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
            // Arabic is drawn joined and in visual order, and read back as written
            assertTrue(text.contains(messages.get("commission.statement.title")), text);
            assertTrue(text.contains(messages.get("commission.summary.totalPay")), text);
            if (!t.rightToLeft()) {
                assertTrue(text.contains(messages.get("report.page") + " 1 " + messages.get("report.pageOf") + " 1"), text);
            }
        }
    }

    /** A long statement continues on more pages, its deal table header repeated, and stays compliant. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void longStatementsBreakAcrossPages(String language) throws Exception {
        RepMonth m = statement(language, 90);
        StatementText t = new StatementText(Locale.forLanguageTag(language), Currency.getInstance("USD"));

        byte[] pdf = StatementPdf.write(m, t, "salesaudit test", List.of("crm.xlsx"), DATE, "s.pdf");

        VeraPdf.assertCompliant(pdf, "the long " + language + " statement");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(document);
            assertTrue(last.contains("D-90") || pages > 2, last);
            if (!t.rightToLeft()) {
                assertTrue(last.contains("Page " + pages + " of " + pages), last);
                String deal = Messages.forLocale(Locale.ENGLISH).get("commission.column.deal");
                stripper.setStartPage(2);
                stripper.setEndPage(2);
                assertTrue(stripper.getText(document).contains(deal), "header row repeated on page 2");
            }
        }
    }

    /**
     * Every statement of the example finance workbook fits on one page in its rep's language; those with
     * clawbacks, draws or a mid-month plan change are compliant too.
     */
    @org.junit.jupiter.api.Test
    void theFinanceExampleStatementsAreOnePageEach() throws Exception {
        List<RepMonth> statements = new CommissionEngine(1).calculate(CommissionRequest.of(
                List.of(Path.of("..", "examples", "finance", "finance-2026.xlsx")), dir.resolve("out"),
                YearMonth.of(2026, 10))).statements();

        assertEquals(40, statements.size());
        int validated = 0;
        for (RepMonth m : statements) {
            String language = m.rep().language() == null ? "en" : m.rep().language();
            StatementText t = new StatementText(Locale.forLanguageTag(language), Currency.getInstance("USD"));
            byte[] pdf = StatementPdf.write(m, t, "salesaudit test", List.of("finance-2026.xlsx"), DATE, "s.pdf");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(1, document.getNumberOfPages(), m.rep().id());
            }
            boolean unusual = !m.clawbacks().isEmpty() || m.segments().size() > 1
                    || m.balanceBefore().signum() != 0 || m.ledger().drawTopUp().signum() != 0;
            if (unusual) {
                VeraPdf.assertCompliant(pdf, "the statement of " + m.rep().id());
                validated++;
            }
        }
        assertTrue(validated > 0, "no statement with a clawback, draw or plan change");
    }

    private RepMonth statement(String language, int deals) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= deals; i++) {
            rows.add(Arrays.asList("D-" + i, "R01", LocalDate.of(2026, 10, 1 + i % 28), 8000, "USD", "Won", "Analytics",
                    i == 1 ? "Globex" : "Globex Holdings International Corporation " + i));
        }
        return StatementFixtures.statement(dir, language, rows);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
