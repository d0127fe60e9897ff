package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesaudit.commission.CommissionWorkbooks.deal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.commission.CommissionWorkbooks;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.commission.register.Manifest;
import org.salesaudit.problem.InvalidInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CommissionEngineTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    private CommissionResult run(Path workbook, Path out) throws Exception {
        return new CommissionEngine(2).generate(CommissionRequest.of(List.of(workbook), out, OCT));
    }

    private static RepMonth rep(CommissionRun run, String id) {
        return run.statements().stream().filter(m -> m.rep().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void writesAStatementPerRepTheRegisterAndTheManifestWithHandComputedFigures() throws Exception {
        Path out = dir.resolve("out");
        Path workbook = CommissionWorkbooks.write(dir.resolve("crm.xlsx"));
        CommissionResult result = run(workbook, out);
        CommissionRun run = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(workbook), out, OCT));

        assertEquals(2, result.totals().statements());
        assertEquals(new BigDecimal("7850.00"), result.totals().totalPay());
        assertEquals(List.of("statement-R01.pdf", "statement-R01.xlsx", "statement-R02.pdf", "statement-R02.xlsx",
                "payout-register.xlsx", "manifest.json"), result.files().stream().map(p -> p.getFileName().toString()).toList());
        RepMonth ada = rep(run, "R01");
        // 8,000 + 60 % of 5,000 = 11,000 on 10,000: 110 %, tier 15 % on the whole credit
        assertEquals(new BigDecimal("11000.00"), ada.credit());
        assertEquals(new BigDecimal("1650.00"), ada.commission());
        assertEquals(List.of(new BigDecimal("1200.00"), new BigDecimal("450.00")),
                ada.lines().stream().map(CreditLine::commission).toList());
        assertEquals(new BigDecimal("4650.00"), ada.totalPay());
        RepMonth ola = rep(run, "R02");
        assertEquals(new BigDecimal("200.00"), ola.commission());
        assertEquals(new BigDecimal("3200.00"), ola.totalPay());
    }

    @Test
    void everyStatementsLinesAddUpToItsTotalInTheModelAndInTheWorkbook() throws Exception {
        Path out = dir.resolve("out");
        Path workbook = CommissionWorkbooks.write(dir.resolve("crm.xlsx"));
        run(workbook, out);

        for (RepMonth m : new CommissionEngine(1).calculate(CommissionRequest.of(List.of(workbook), out, OCT))
                .statements()) {
            BigDecimal lines = m.lines().stream().map(CreditLine::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(m.commission(), lines.setScale(2), m.rep().id());
            try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("statement-" + m.rep().id() + ".xlsx").toFile())) {
                Sheet sheet = wb.getSheetAt(0);
                double sum = 0;
                Double total = null;
                boolean inLines = false;
                for (Row row : sheet) {
                    Cell commission = row.getCell(7);
                    if (commission == null) {
                        continue;
                    }
                    if (commission.getCellType() == CellType.FORMULA) {
                        total = commission.getNumericCellValue();
                        assertTrue(commission.getCellFormula().startsWith("SUM(H"), commission.getCellFormula());
                        break;
                    }
                    if (inLines) {
                        sum += commission.getNumericCellValue();
                    }
                    inLines |= commission.getCellType() == CellType.STRING;
                }
                assertEquals(m.commission().doubleValue(), total, 0.0);
                assertEquals(m.commission().doubleValue(), sum, 0.001);
            }
        }
    }

    @Test
    void statementsAreInTheRepsLanguageWithEveryGlyph() throws Exception {
        Path out = dir.resolve("out");
        run(CommissionWorkbooks.write(dir.resolve("crm.xlsx")), out);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("statement-R02.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Zestawienie prowizji"), text);
            assertTrue(text.contains("Wynagrodzenie razem"), text);
            assertFalse(text.contains("#"), text);
            assertTrue(text.contains("crm.xlsx / Deals / 4"), text);
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("statement-R01.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Commission statement"), text);
            assertTrue(text.contains("Tier 100% to above: whole credit $11,000.00 at 15%"), text);
        }
    }

    @Test
    void registerHasLiveFormulasWhoseCachedValuesMatchARecalculation() throws Exception {
        Path out = dir.resolve("out");
        run(CommissionWorkbooks.write(dir.resolve("crm.xlsx")), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("payout-register.xlsx").toFile())) {
            Sheet payouts = wb.getSheetAt(0);
            int formulas = 0;
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Row row : payouts) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas++;
                        double cached = cell.getNumericCellValue();
                        assertEquals(evaluator.evaluate(cell).getNumberValue(), cached, 1e-9, cell.getAddress().toString());
                    }
                }
            }
            assertTrue(formulas > 10, "formulas: " + formulas);
            // R01 (team East) attainment = credit / target
            Row ada = payouts.getRow(3);
            assertEquals("R01", ada.getCell(0).getStringCellValue());
            assertEquals("IF(E4=0,0,F4/E4)", ada.getCell(6).getCellFormula());
            assertEquals(1.1, ada.getCell(6).getNumericCellValue(), 1e-12);
            // grand total of total pay: 4,650.00 + 3,200.00
            Row total = payouts.getRow(payouts.getLastRowNum());
            assertEquals(7850.0, total.getCell(14).getNumericCellValue(), 0.0);
            assertEquals(4, wb.getSheetAt(1).getLastRowNum() + 1 - 1 + 1); // header + D-1, D-3 (R01), D-3 (R02)
        }
    }

    @Test
    void rerunsAreByteIdenticalAndTheManifestHasEveryHash() throws Exception {
        Path workbook = CommissionWorkbooks.write(dir.resolve("crm.xlsx"));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CommissionResult first = run(workbook, a);
        run(workbook, b);

        for (Path file : first.files()) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(file.getFileName())),
                    file.getFileName().toString());
        }
        JsonNode manifest = new ObjectMapper().readTree(a.resolve("manifest.json").toFile());
        assertEquals("2026-10", manifest.get("period").asText());
        assertEquals(HexFormat.of().formatHex(Manifest.sha256(Files.readAllBytes(workbook))),
                manifest.get("inputs").get(0).get("sha256").asText());
        assertEquals(5, manifest.get("outputs").size());
        for (JsonNode output : manifest.get("outputs")) {
            byte[] bytes = Files.readAllBytes(a.resolve(output.get("file").asText()));
            assertEquals(HexFormat.of().formatHex(Manifest.sha256(bytes)), output.get("sha256").asText());
        }
        assertTrue(Files.readString(a.resolve("manifest.json")).contains("\"total_pay\" : 7850.00"));
    }

    @Test
    void aRepWithoutAPlanStopsTheRunBeforeAnythingIsWritten() throws Exception {
        Path workbook = CommissionWorkbooks.with(CommissionWorkbooks.DEALS, List.of(List.of("R01", "Ada", "East", "en"),
                List.of("R02", "Ola", "West", "pl"), List.of("R03", "Kim", "West", "ko"))).write(dir.resolve("crm.xlsx"));
        Path out = dir.resolve("out");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(workbook, out));

        assertEquals("crm.xlsx, sheet Reps, row 4 (Rep ID): expected a Plan Assignments row for rep R03 covering "
                + "2026-10, found \"R03\" (no statements)", e.problems().get(0).message());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRerunExplainsEveryChangedLineAndAdjustsTheNextMonth() throws Exception {
        Path october = CommissionWorkbooks.write(dir.resolve("october.xlsx"));
        Path first = dir.resolve("oct");
        run(october, first);
        Path changed = CommissionWorkbooks.with(List.of(
                        deal("D-1", "R01", LocalDate.of(2026, 10, 5), 9000, "Won"),
                        deal("D-2", "R02", LocalDate.of(2026, 10, 6), 9000, "Lost"),
                        deal("D-3", "R01", LocalDate.of(2026, 10, 20), 5000, "Won"),
                        deal("D-4", "R02", LocalDate.of(2026, 10, 25), 1000, "Won")), CommissionWorkbooks.REPS)
                .write(dir.resolve("november.xlsx"));

        CommissionResult same = new CommissionEngine(2).generate(CommissionRequest.of(List.of(changed),
                dir.resolve("oct-again"), OCT).withPrevious(first.resolve("payout-register.xlsx")));
        CommissionResult next = new CommissionEngine(2).generate(CommissionRequest.of(List.of(changed),
                dir.resolve("nov"), YearMonth.of(2026, 11)).withPrevious(first.resolve("payout-register.xlsx")));

        // D-1: 8,000 → 9,000 at 15 %: 1,200.00 → 1,350.00; D-4 new for R02: 1,000 × 10 % = 100.00
        List<Change> changes = same.changes();
        assertEquals(2, changes.size(), changes.toString());
        assertEquals(new Change("R01", OCT, "D-1", new BigDecimal("1200.00"), new BigDecimal("1350.00"), "changed_amount"),
                changes.get(0));
        assertEquals(new Change("R02", OCT, "D-4", new BigDecimal("0.00"), new BigDecimal("100.00"), "new_line"),
                changes.get(1));
        // rerunning October itself lists the changes but does not pay them twice
        CommissionRun sameRun = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(changed),
                dir.resolve("oct-again"), OCT).withPrevious(first.resolve("payout-register.xlsx")));
        CommissionRun nextRun = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(changed),
                dir.resolve("nov"), YearMonth.of(2026, 11)).withPrevious(first.resolve("payout-register.xlsx")));
        assertTrue(rep(sameRun, "R01").adjustments().isEmpty());
        // November pays them as adjustments
        assertEquals(new BigDecimal("150.00"), rep(nextRun, "R01").adjustmentTotal());
        assertEquals(new BigDecimal("100.00"), rep(nextRun, "R02").adjustmentTotal());
        assertEquals(new BigDecimal("3150.00"), rep(nextRun, "R01").totalPay());
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("nov").resolve("payout-register.xlsx").toFile())) {
            Sheet sheet = wb.getSheet("Changes");
            assertEquals("deal amount changed", sheet.getRow(1).getCell(6).getStringCellValue());
            assertEquals(150.0, sheet.getRow(1).getCell(5).getNumericCellValue(), 0.0);
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("nov").resolve("statement-R01.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("2026-10 · D-1 · deal amount changed ($1,200.00 → $1,350.00)"), text);
        }
    }

    @Test
    void spifsQualifyByTheProductColumnOfTheDealsSheet() throws Exception {
        Path workbook = CommissionWorkbooks.base()
                .sheet("SPIFs", List.of("Plan", "Version", "Product", "Bonus per Deal"), List.of("AE", "v1", "analytics", 100))
                .write(dir.resolve("crm.xlsx"));

        CommissionRun run = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(workbook), dir.resolve("out"), OCT));

        // D-1 (100 %) and 60 % of D-3 for R01, 40 % of D-3 for R02; products match ignoring case
        assertEquals(new BigDecimal("160.00"), rep(run, "R01").spif());
        assertEquals(new BigDecimal("40.00"), rep(run, "R02").spif());
        assertEquals(new BigDecimal("1810.00"), rep(run, "R01").earned());
    }

    @Test
    void anUnknownLanguageIsAWarningAndTheStatementUsesTheRequestLanguage() throws Exception {
        Path workbook = CommissionWorkbooks.with(CommissionWorkbooks.DEALS, List.of(List.of("R01", "Ada", "East", "de"),
                List.of("R02", "Ola", "West", "pl"))).write(dir.resolve("crm.xlsx"));
        Path out = dir.resolve("out");

        CommissionResult result = new CommissionEngine(1).generate(CommissionRequest.of(List.of(workbook), out, OCT));

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals("crm.xlsx, sheet Reps, row 2 (Language): expected a statement language: en, ko, ar, pl, ru, "
                + "found \"de\" (statement written in the language given with --lang)", result.problems().get(0).message());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("statement-R01.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Commission statement"));
        }
    }

    @Test
    void aFileThatIsNotARegisterIsRefusedWithItsPlace() throws Exception {
        Path workbook = CommissionWorkbooks.write(dir.resolve("crm.xlsx"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CommissionEngine(1).generate(
                CommissionRequest.of(List.of(workbook), dir.resolve("out"), OCT).withPrevious(workbook)));

        assertTrue(e.getMessage().startsWith("crm.xlsx, sheet Deals, cell B2: expected a payout register"), e.getMessage());
    }

    @Test
    void inputsAreNeverModified() throws Exception {
        Path workbook = CommissionWorkbooks.write(dir.resolve("crm.xlsx"));
        byte[] before = Files.readAllBytes(workbook);
        long modified = Files.getLastModifiedTime(workbook).toMillis();

        run(workbook, dir.resolve("out"));

        assertArrayEquals(before, Files.readAllBytes(workbook));
        assertEquals(modified, Files.getLastModifiedTime(workbook).toMillis());
        try (InputStream in = Files.newInputStream(workbook)) {
            assertTrue(in.readAllBytes().length > 0);
        }
        assertTrue(TestWorkbooks.class != null);
    }
}
