package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesaudit.TestWorkbooks.DEAL_HEADERS;
import static org.salesaudit.TestWorkbooks.deal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.problem.Severity;

class SalesDataReaderTest {

    private static final LocalDate D1 = LocalDate.of(2026, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dir;

    private final ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

    private Ingested read(Path... files) throws Exception {
        return new SalesDataReader(ColumnMapping.none()).read(List.of(files), Optional.empty(), problems);
    }

    @Test
    void readsTypedDealsWithTheirSource() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Deals", DEAL_HEADERS,
                deal("D-1", "R01", D1, D2, "Closed Won", 1500.5, "Won"),
                deal("D-2", "R02", D1, D2, "Product trial", 1000, "Open")).write(dir.resolve("crm.xlsx"));

        Ingested in = read(file);

        List<Deal> deals = in.data().deals();
        assertEquals(2, deals.size());
        Deal won = deals.get(0);
        assertEquals("D-1", won.id());
        assertEquals(new BigDecimal("1500.5"), won.amount());
        assertEquals(DealStatus.WON, won.status());
        assertEquals(D1, won.created());
        assertEquals(D2, won.closeDate());
        assertEquals("crm.xlsx [Deals] row 2", won.source().toString());
        assertEquals(DealStatus.OPEN, deals.get(1).status());
        assertEquals("USD", in.currency().getCurrencyCode());
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
    }

    @Test
    void repairsAmountsTypedAsTextAndLeavesOutUnreadableOnes() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Deals", DEAL_HEADERS,
                deal("D-1", "R01", D1, D2, "Closed Won", "$12,500", "Won"),
                deal("D-2", "R01", D1, D2, "Closed Won", "TBD", "Won")).write(dir.resolve("crm.xlsx"));

        Ingested in = read(file);

        assertEquals(1, in.data().deals().size());
        assertEquals(new BigDecimal("12500"), in.data().deals().get(0).amount());
        List<Problem> found = problems.problems();
        assertEquals(2, found.size());
        assertEquals("crm.xlsx, sheet Deals, cell F2 (Amount): expected a number, found \"$12,500\" (read as 12500)",
                found.get(0).message());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("crm.xlsx, sheet Deals, cell F3 (Amount): expected an amount (a number), found \"TBD\" (row left out)",
                found.get(1).message());
        assertEquals(Severity.ERROR, found.get(1).severity());
        assertEquals(1, in.inputs().get(0).sheets().get(0).rowsLeftOut());
    }

    @Test
    void missingRequiredColumnNamesFileSheetAndTheColumnExpected() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Deals", List.of("Deal ID", "Stage", "Owner"),
                List.of("D-1", "Qualified", "R01")).write(dir.resolve("crm.xlsx"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(file));

        assertTrue(e.getMessage().startsWith("crm.xlsx, sheet Deals: expected a column \"Amount\" in the header row (row 1;"),
                e.getMessage());
        assertTrue(e.getMessage().contains("found \"columns Deal ID, Stage, Owner\""), e.getMessage());
    }

    @Test
    void findsTheHeaderRowBelowTitleRowsAndRecognisesCrmHeadersInAnyLanguage() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Export", List.of(
                List.of("Pipeline report"),
                List.of("Exported 2026-10-31"),
                List.of("Etap", "Kwota", "ID transakcji", "Właściciel", "Notatki"),
                List.of("Product demo", 250, "P-1", "R07", "call back"))).write(dir.resolve("eksport.xlsx"));

        Ingested in = read(file);

        assertEquals(1, in.data().deals().size());
        Deal deal = in.data().deals().get(0);
        assertEquals("P-1", deal.id());
        assertEquals("R07", deal.ownerId());
        assertEquals(4, deal.source().row());
        var sheet = in.inputs().get(0).sheets().get(0);
        assertEquals("deals", sheet.dataset());
        assertEquals(3, sheet.headerRow());
        assertEquals(List.of("Notatki"), sheet.unmappedColumns());
    }

    @Test
    void aStageHistorySheetIsNotMistakenForDealsThoughItHasTheirColumns() throws Exception {
        Path file = TestWorkbooks.xlsx()
                .sheet("Deals", DEAL_HEADERS, deal("D-1", "R01", D1, D2, "Closed Won", 10, "Won"))
                .sheet("StageHistory", List.of("Deal ID", "Stage", "Entered On", "Amount"),
                        List.of("D-1", "Qualified", D1, 10), List.of("D-1", "Closed Won", D2, 10))
                .write(dir.resolve("crm.xlsx"));

        Ingested in = read(file);

        assertEquals(1, in.data().deals().size());
        assertEquals("stage_history", in.inputs().get(0).sheets().get(1).dataset());
        assertEquals(2, in.data().stageHistory().size());
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
    }

    @Test
    void readsLegacyXls() throws Exception {
        Path file = TestWorkbooks.xls().sheet("Opportunities", DEAL_HEADERS,
                deal("D-1", "R01", D1, D2, "Closed Lost", 99, "Lost")).write(dir.resolve("old.xls"));

        Ingested in = read(file);

        assertEquals(DealStatus.LOST, in.data().deals().get(0).status());
        assertEquals(D2, in.data().deals().get(0).closeDate());
    }

    @Test
    void aMappingFileNamesUnusualHeaders() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Sheet1", List.of("Ref", "Opp value (EUR)", "Phase"),
                List.of("X-1", 10, "Qualified")).write(dir.resolve("client.xlsx"));
        Path mapping = Files.writeString(dir.resolve("client.properties"),
                "deals.sheet = Sheet1\ndeals.id = Ref\ndeals.amount = Opp value (EUR)\ndeals.stage = Phase\n");

        Ingested in = new SalesDataReader(ColumnMapping.read(mapping)).read(List.of(file), Optional.empty(), problems);

        assertEquals(new BigDecimal("10"), in.data().deals().get(0).amount());
    }

    @Test
    void aMappingFileWithAnUnknownKeyIsRefused() throws Exception {
        Path mapping = Files.writeString(dir.resolve("bad.properties"), "deals.amout = Value\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ColumnMapping.read(mapping));

        assertTrue(e.getMessage().startsWith("bad.properties: expected a key like deals.amount"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedByName() throws Exception {
        Path file = Files.write(dir.resolve("broken.xlsx"), "PK\3\4 this is not a zip".getBytes());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(file));

        assertTrue(e.getMessage().startsWith("broken.xlsx: expected an Excel workbook"), e.getMessage());
    }

    @Test
    void flagsDuplicateIdsUnknownOwnersAndOtherCurrencies() throws Exception {
        Path file = TestWorkbooks.xlsx()
                .sheet("Deals", DEAL_HEADERS,
                        deal("D-1", "R01", D1, D2, "Closed Won", 10, "Won"),
                        deal("D-1", "R01", D1, D2, "Closed Won", 20, "Won"),
                        deal("D-2", "R99", D1, D2, "Closed Won", 30, "Won"),
                        Arrays.asList("D-3", "R01", D1, D2, "Closed Won", 40, "EUR", "Won"))
                .sheet("Reps", List.of("Rep ID", "Name"), List.of("R01", "Ada"))
                .write(dir.resolve("crm.xlsx"));

        Ingested in = read(file);

        assertEquals(List.of("D-1", "D-2"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of("deal.duplicate_id", "deal.other_currency", "deal.unknown_owner"),
                problems.problems().stream().map(Problem::code).toList());
        assertTrue(in.data().has(Dataset.REPS));
    }

    @Test
    void neverWritesToTheInput() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Deals", DEAL_HEADERS,
                deal("D-1", "R01", D1, D2, "Closed Won", 10, "Won")).write(dir.resolve("crm.xlsx"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);
        assertTrue(file.toFile().setReadOnly());

        read(file);

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
    }
}
