package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Rep;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.report.InputSheet;

/** Raw exports that stack tables in one sheet, or put them side by side. */
class SeveralTablesPerSheetTest {

    private static final LocalDate D1 = LocalDate.of(2026, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dir;

    private final ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

    private Ingested read(Path file) throws Exception {
        return new SalesDataReader(ColumnMapping.none()).read(List.of(file), Optional.empty(), problems);
    }

    private List<String> messages() {
        return problems.problems().stream().map(Problem::message).toList();
    }

    private static String used(InputSheet s) {
        return s.name() + ":" + s.dataset() + "@" + s.headerRow() + " read " + s.rowsRead() + " left out " + s.rowsLeftOut();
    }

    @Test
    void stackedTablesSeparatedByABlankAndATitleRowAreEachReadWithTheirOwnHeaders() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Export", List.of(
                List.of("Pipeline export"),
                List.of("Deal ID", "Owner", "Stage", "Amount", "Status"),
                List.of("D-1", "R01", "Qualified", 100, "Open"),
                List.of("D-2", "R99", "Closed Won", 200, "Won"),
                List.of(),
                List.of("Sales reps"),
                List.of("Rep ID", "Name", "Start Date"),
                List.of("R01", "Ada", D1),
                List.of("R02", "Bo", "someday"))).write(dir.resolve("export.xlsx"));

        Ingested in = read(file);

        assertEquals(List.of("D-1", "D-2"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of("R01", "R02"), in.data().reps().stream().map(Rep::id).toList());
        assertEquals(List.of("Export:deals@2 read 2 left out 0", "Export:reps@7 read 2 left out 0"),
                in.inputs().get(0).sheets().stream().map(SeveralTablesPerSheetTest::used).toList());
        assertEquals(List.of(
                "export.xlsx, sheet Export, row 4 (close_date): expected a close date for a closed deal"
                        + " (left out of period figures)",
                "export.xlsx, sheet Export, cell C9 (Start Date): expected a date, found \"someday\" (treated as blank)",
                "export.xlsx, sheet Export, cell B4 (Owner): expected an owner listed in the Reps sheet, found \"R99\""
                        + " (deal kept; the owner has no name or team)"),
                messages());
    }

    @Test
    void legacyXlsSheetsHoldSeveralTablesToo() throws Exception {
        Path file = TestWorkbooks.xls().rawSheet("Export", List.of(
                Arrays.asList("Deal ID", "Owner", "Stage", "Amount", "Status", null, "Rep ID", "Name"),
                Arrays.asList("D-1", "R01", "Qualified", 100, "Open", null, "R01", "Ada"),
                List.of(),
                List.of("Quotas"),
                List.of("Rep", "Period", "Amount"),
                List.of("R01", "2026-10", "lots"))).write(dir.resolve("old.xls"));

        Ingested in = read(file);

        assertEquals(List.of("Export:deals@1 read 1 left out 0", "Export:reps@1 read 1 left out 0",
                "Export:quotas@5 read 0 left out 1"),
                in.inputs().get(0).sheets().stream().map(SeveralTablesPerSheetTest::used).toList());
        assertEquals(List.of("old.xls, sheet Export, cell C6 (Amount): expected an amount (a number), found \"lots\""
                + " (row left out)"), messages());
    }

    @Test
    void aTitleRowRightBelowATableStartsTheNextOneWithoutABlankRow() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Export", List.of(
                List.of("Deal ID", "Owner", "Stage", "Amount", "Status"),
                List.of("D-1", "R01", "Qualified", 100, "Open"),
                List.of("Team"),
                List.of("Rep ID", "Name"),
                List.of("R01", "Ada"))).write(dir.resolve("export.xlsx"));

        Ingested in = read(file);

        assertEquals(1, in.data().deals().size());
        assertEquals(List.of("Ada"), in.data().reps().stream().map(Rep::name).toList());
        assertEquals(List.of(), messages());
    }

    @Test
    void aBlankRowInsideATableDoesNotEndIt() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Deals", List.of(
                List.of("Deal ID", "Owner", "Stage", "Amount", "Status"),
                List.of("D-1", "R01", "Qualified", 100, "Open"),
                List.of(),
                List.of("D-2", "R01", "Qualified", 100, "Open"),
                List.of(),
                List.of("D-3", "R01", "Qualified", "lots", "Open"))).write(dir.resolve("crm.xlsx"));

        Ingested in = read(file);

        assertEquals(List.of("D-1", "D-2"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of("Deals:deals@1 read 2 left out 1"),
                in.inputs().get(0).sheets().stream().map(SeveralTablesPerSheetTest::used).toList());
        assertEquals(List.of("crm.xlsx, sheet Deals, cell D6 (Amount): expected an amount (a number), found \"lots\""
                + " (row left out)"), messages());
    }

    @Test
    void tablesSideBySideAreSplitAtTheBlankColumns() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Deals", List.of(
                Arrays.asList("Deal ID", "Owner", "Stage", "Amount", "Status", null, "Rep ID", "Name", "Start Date"),
                Arrays.asList("D-1", "R01", "Qualified", 100, "Open", null, "R01", "Ada", "soon"),
                Arrays.asList("D-2", "R07", "Qualified", 0, "Won", null, "R02", "Bo", D2),
                Arrays.asList("D-3", "R02", "Closed Lost", 50, "Lost"))).write(dir.resolve("side.xlsx"));

        Ingested in = read(file);

        assertEquals(List.of("D-1", "D-2", "D-3"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of("R01", "R02"), in.data().reps().stream().map(Rep::id).toList());
        assertEquals(List.of("Deals:deals@1 read 3 left out 0", "Deals:reps@1 read 2 left out 0"),
                in.inputs().get(0).sheets().stream().map(SeveralTablesPerSheetTest::used).toList());
        assertEquals(List.of(), in.inputs().get(0).sheets().get(0).unmappedColumns());
        assertEquals(List.of(
                "side.xlsx, sheet Deals, cell I2 (Start Date): expected a date, found \"soon\" (treated as blank)",
                "side.xlsx, sheet Deals, row 3 (close_date): expected a close date for a closed deal"
                        + " (left out of period figures)",
                "side.xlsx, sheet Deals, row 4 (close_date): expected a close date for a closed deal"
                        + " (left out of period figures)",
                "side.xlsx, sheet Deals, cell D3 (Amount): expected an amount above zero for a deal won, found \"0\""
                        + " (deal kept)",
                "side.xlsx, sheet Deals, cell B3 (Owner): expected an owner listed in the Reps sheet, found \"R07\""
                        + " (deal kept; the owner has no name or team)"),
                messages());
    }

    @Test
    void twoTablesOfTheSameDatasetWithDifferentColumnsEachLocateTheirOwnCells() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Report", List.of(
                List.of("Q1"),
                List.of("Deal ID", "Owner", "Stage", "Amount", "Status"),
                List.of("D-1", "R01", "Qualified", 100, "Open"),
                List.of(),
                List.of("Q2"),
                List.of("Status", "Amount", "Deal ID", "Owner", "Stage"),
                List.of("Won", 0, "D-2", "R01", "Closed Won"))).write(dir.resolve("q.xlsx"));

        Ingested in = read(file);

        assertEquals(List.of("D-1", "D-2"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of("q.xlsx, sheet Report, row 7 (close_date): expected a close date for a closed deal"
                + " (left out of period figures)", "q.xlsx, sheet Report, cell B7 (Amount): expected an amount above zero for a deal won,"
                + " found \"0\" (deal kept)"), messages());
    }

    @Test
    void aCsvExportWithTwoTablesSeparatedByAnEmptyLine() throws Exception {
        Path file = Files.writeString(dir.resolve("export.csv"), String.join("\n",
                "Deal ID,Owner,Stage,Amount,Status",
                "D-1,R01,Qualified,100,Open",
                "D-2,R01,Qualified,x,Open",
                "",
                "Rep ID,Name,Team",
                "R01,Ada,East",
                "R02,Bo,maybe,extra") + "\n", StandardCharsets.UTF_8);

        Ingested in = read(file);

        assertEquals(List.of("D-1"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of("East", "maybe"), in.data().reps().stream().map(Rep::team).toList());
        assertEquals(List.of("export:deals@1 read 1 left out 1", "export:reps@5 read 2 left out 0"),
                in.inputs().get(0).sheets().stream().map(SeveralTablesPerSheetTest::used).toList());
        assertEquals(List.of("export.csv, sheet export, cell D3 (Amount): expected an amount (a number), found \"x\""
                + " (row left out)"), messages());
    }
}
