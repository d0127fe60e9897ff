package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.commission.CommissionWorkbooks;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.problem.InvalidInputException;

/** commissions.rounding: R01 alone credits 1,000.05 at 10 %, an exact half cent (100.005). */
class CommissionRoundingTest {

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        return CommissionWorkbooks.with(List.of(CommissionWorkbooks.deal("D-1", "R01", LocalDate.of(2026, 10, 5),
                1000.05, "Won")), List.of(List.of("R01", "Ada", "East", "en"))).write(dir.resolve("crm.xlsx"));
    }

    private CommissionRequest request(Path workbook, String settings) throws Exception {
        CommissionRequest request = CommissionRequest.of(List.of(workbook), dir.resolve("out"), YearMonth.of(2026, 10));
        return settings == null ? request
                : request.withSettings(Files.writeString(dir.resolve("settings.properties"), settings));
    }

    @Test
    void halfUpByDefaultAndHalfEvenWhenConfiguredStatedOnTheStatementAndManifest() throws Exception {
        Path workbook = workbook();
        RepMonth halfUp = new CommissionEngine(1).calculate(request(workbook, null)).statements().get(0);
        assertEquals(new BigDecimal("100.01"), halfUp.commission());

        CommissionRequest halfEvenRequest = request(workbook, "commissions.rounding=HALF_EVEN\n"
                + "audit.stale_factor=3\n");
        CommissionResult result = new CommissionEngine(1).generate(halfEvenRequest);
        RepMonth halfEven = new CommissionEngine(1).calculate(halfEvenRequest).statements().get(0);
        assertEquals(new BigDecimal("100.00"), halfEven.commission());
        try (PDDocument pdf = Loader.loadPDF(result.outputDirectory().resolve("statement-R01.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("exact halves to the even unit"), text);
        }
        String manifest = Files.readString(result.outputDirectory().resolve("manifest.json"));
        assertTrue(manifest.contains("\"HALF_EVEN per step"), manifest);
    }

    @Test
    void anUnknownCommissionsKeyStopsTheRunNamingIt() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CommissionEngine(1).calculate(request(workbook(), "commissions.roundng=HALF_EVEN\n")));
        assertTrue(e.problems().toString().contains("commissions.roundng"), e.problems().toString());
    }
}
