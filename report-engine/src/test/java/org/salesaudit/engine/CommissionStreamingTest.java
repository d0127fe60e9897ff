package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.salesaudit.commission.calculation.CommissionBatch;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.commission.register.PayoutRegister;
import org.salesaudit.commission.statements.StatementText;

/**
 * {@link CommissionEngine#generate} streams the month: each rep's month is computed when its statement
 * is rendered and let go once written, and the register it writes is the one of the month computed at
 * once ({@link CommissionEngine#calculate}), on the finance example (40 reps, teams, splits, draws, a
 * clawback, a plan change; November with adjustments from a rerun).
 */
class CommissionStreamingTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "finance", "finance-2026.xlsx");
    private static final Path CORRECTED = Path.of("..", "examples", "finance", "finance-2026-corrected.xlsx");
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @TempDir
    static Path dir;

    private static final List<WeakReference<RepMonth>> COMPUTED = new ArrayList<>();
    private static int mostAlive;
    private static CommissionResult october;

    /** Writes October on one thread, counting after every few computed months those still reachable. */
    @BeforeAll
    static void writeOctoberWatchingTheComputedMonths() throws Exception {
        CommissionEngine engine = new CommissionEngine(1, m -> {
            synchronized (COMPUTED) {
                COMPUTED.add(new WeakReference<>(m));
                if (COMPUTED.size() % 3 == 0) {
                    mostAlive = Math.max(mostAlive, alive());
                }
            }
        });
        october = engine.generate(CommissionRequest.of(List.of(EXAMPLE), dir.resolve("oct"), OCT));
    }

    /** @return the computed months still reachable after a full collection */
    private static int alive() {
        System.gc();
        return (int) COMPUTED.stream().filter(r -> r.get() != null).count();
    }

    @Test
    void neverHoldsMoreComputedMonthsThanTheStatementsInFlight() {
        assertEquals(40, october.totals().statements());
        synchronized (COMPUTED) {
            // each rep's month is computed for its statement, then again for its row of the payouts sheet
            assertEquals(80, COMPUTED.size());
            // one thread renders at most WINDOW_PER_THREAD statements ahead of writing; one more is being written
            assertTrue(mostAlive <= CommissionEngine.WINDOW_PER_THREAD + 1,
                    mostAlive + " computed months were reachable at once");
            assertTrue(mostAlive >= 1, "the check saw the month being computed");
            assertEquals(0, alive(), "no computed month is kept after the run");
        }
    }

    @Test
    void theStreamedRegisterHasTheCellsAndBytesOfTheRegisterOfTheMonthComputedAtOnce() throws Exception {
        CommissionRun run = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(EXAMPLE), dir.resolve("x"), OCT));
        byte[] atOnce = PayoutRegister.write(run, List.of(), false, text(run), Version.generator(), OCT.atEndOfMonth());
        byte[] streamed = Files.readAllBytes(october.outputDirectory().resolve(PayoutRegister.FILE_NAME));

        assertSameCells(atOnce, streamed);
        assertArrayEquals(atOnce, streamed);
    }

    @Test
    void aRerunPaysTheSameAdjustmentsAndWritesTheSameRegisterAsTheMonthComputedAtOnce() throws Exception {
        Path previous = october.outputDirectory().resolve(PayoutRegister.FILE_NAME);
        CommissionRequest request = CommissionRequest.of(List.of(CORRECTED), dir.resolve("nov"), NOV)
                .withPrevious(previous);
        CommissionResult november = new CommissionEngine(2).generate(request);
        CommissionRun run = new CommissionEngine(1).calculate(request);

        assertEquals(3, november.changes().size(), november.changes().toString());
        assertTrue(run.statements().stream().anyMatch(m -> !m.adjustments().isEmpty()), "November has adjustments");
        byte[] atOnce = PayoutRegister.write(run, november.changes(), true, text(run), Version.generator(),
                NOV.atEndOfMonth());
        byte[] streamed = Files.readAllBytes(november.outputDirectory().resolve(PayoutRegister.FILE_NAME));
        assertSameCells(atOnce, streamed);
        assertArrayEquals(atOnce, streamed);
    }

    @Test
    void everyRepsMonthComputedAloneIsTheOneComputedWithEveryOther() throws Exception {
        CommissionRequest request = CommissionRequest.of(List.of(EXAMPLE), dir.resolve("y"), OCT);
        CommissionRun run = new CommissionEngine(1).calculate(request);
        CommissionBatch batch = new CommissionEngine(1).batch(request);

        assertEquals(run.statements().stream().map(m -> m.rep().id()).toList(), batch.repIds());
        for (RepMonth m : run.statements()) {
            assertEquals(m, batch.statement(m.rep().id()), m.rep().id());
        }
        List<RepMonth> iterated = new ArrayList<>();
        batch.months(OCT).forEach(iterated::add);
        assertEquals(run.statements(), iterated);
        // an earlier month (computed for a comparison with its register) is the one computed for that period
        YearMonth september = OCT.minusMonths(1);
        List<RepMonth> earlier = new ArrayList<>();
        batch.months(september).forEach(earlier::add);
        CommissionRun septemberRun = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(EXAMPLE),
                dir.resolve("z"), september));
        assertTrue(!earlier.isEmpty());
        assertEquals(septemberRun.statements(), earlier);
    }

    @Test
    void theManifestListsTheHashAndSizeOfEveryFileWritten() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(october.outputDirectory().resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>();
        for (JsonNode entry : manifest.path("outputs")) {
            Path file = october.outputDirectory().resolve(entry.path("file").asText());
            byte[] content = Files.readAllBytes(file);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    entry.path("sha256").asText(), file.toString());
            assertEquals(content.length, entry.path("bytes").asLong(), file.toString());
            listed.add(file.getFileName().toString());
        }
        assertEquals(october.files().stream().map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.json"))
                .toList(), listed);
        assertEquals(40, manifest.path("statements").asInt());
        assertEquals(0, october.totals().totalPay().compareTo(manifest.path("totals").path("total_pay").decimalValue()));
    }

    private static StatementText text(CommissionRun run) {
        return new StatementText(Locale.ENGLISH, run.currency(), run.rounding());
    }

    /** Compares every sheet, row and cell: type, text, number, formula and cached value, number format, bold. */
    private static void assertSameCells(byte[] expected, byte[] actual) throws IOException {
        try (XSSFWorkbook x = new XSSFWorkbook(new ByteArrayInputStream(expected));
                XSSFWorkbook y = new XSSFWorkbook(new ByteArrayInputStream(actual))) {
            assertEquals(x.getNumberOfSheets(), y.getNumberOfSheets());
            int cells = 0;
            for (int s = 0; s < x.getNumberOfSheets(); s++) {
                XSSFSheet a = x.getSheetAt(s);
                XSSFSheet b = y.getSheetAt(s);
                assertEquals(a.getSheetName(), b.getSheetName());
                assertEquals(a.getLastRowNum(), b.getLastRowNum(), a.getSheetName());
                for (int r = 0; r <= a.getLastRowNum(); r++) {
                    Row ra = a.getRow(r);
                    Row rb = b.getRow(r);
                    int last = Math.max(ra == null ? 0 : ra.getLastCellNum(), rb == null ? 0 : rb.getLastCellNum());
                    for (int c = 0; c < last; c++) {
                        assertEquals(describe(ra == null ? null : ra.getCell(c)), describe(rb == null ? null : rb.getCell(c)),
                                a.getSheetName() + " row " + (r + 1) + " column " + (c + 1));
                        cells++;
                    }
                }
            }
            assertTrue(cells > 500, cells + " cells compared");
        }
    }

    private static String describe(Cell cell) {
        if (cell == null) {
            return "none";
        }
        CellStyle style = cell.getCellStyle();
        String format = style.getDataFormatString() + " bold=" + ((XSSFCellStyle) style).getFont().getBold()
                + " quoted=" + style.getQuotePrefixed();
        return switch (cell.getCellType()) {
            case STRING -> "text " + cell.getStringCellValue() + " " + format;
            case NUMERIC -> "number " + cell.getNumericCellValue() + " " + format;
            case FORMULA -> "formula " + cell.getCellFormula() + " = " + cell.getNumericCellValue() + " " + format;
            default -> cell.getCellType() + " " + format;
        };
    }
}
