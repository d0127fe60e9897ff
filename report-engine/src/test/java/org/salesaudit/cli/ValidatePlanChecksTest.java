package org.salesaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.commission.CommissionWorkbooks;

/** {@code salesaudit validate} on workbooks with plan sheets runs the commissions command's plan checks. */
class ValidatePlanChecksTest {

    @TempDir
    Path dir;

    private static TestWorkbooks workbook(List<List<Object>> tiers, List<List<Object>> splits, List<List<Object>> reps) {
        return TestWorkbooks.xlsx()
                .sheet("Deals", CommissionWorkbooks.DEAL_HEADERS, CommissionWorkbooks.DEALS.toArray(List[]::new))
                .sheet("Reps", List.of("Rep ID", "Name", "Team", "Language"), reps.toArray(List[]::new))
                .sheet("Plans", List.of("Plan", "Version", "Effective From", "Effective To", "Base Salary", "Target",
                        "Rate", "Method", "Threshold"),
                        Arrays.asList("AE", "v1", LocalDate.of(2026, 1, 1), null, 3000, 10000, "10%", "tier", null))
                .sheet("Tiers", List.of("Plan", "Version", "From %", "To %", "Rate"), tiers.toArray(List[]::new))
                .sheet("Plan Assignments", List.of("Rep", "Plan", "From", "To", "Ramp %"),
                        Arrays.asList("R01", "AE", LocalDate.of(2026, 10, 1), null, null),
                        Arrays.asList("R02", "AE", LocalDate.of(2026, 10, 1), null, null))
                .sheet("Credit Splits", List.of("Deal ID", "Rep", "Split %"), splits.toArray(List[]::new));
    }

    @Test
    void overlappingTiersAndSplitsNotAddingUpAreListedWithTheirCells() throws Exception {
        Path file = workbook(List.of(Arrays.asList("AE", "v1", 0, 100, 10), Arrays.asList("AE", "v1", 80, null, 15)),
                List.of(List.of("D-3", "R01", 60), List.of("D-3", "R02", 50)), CommissionWorkbooks.REPS)
                .write(dir.resolve("plans.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("plans.xlsx, sheet Tiers, cell C3 (From %): expected a tier starting where the "
                + "tier of row 2 ends (100%), without overlap, found \"80%\""), run.out());
        assertTrue(run.out().contains("plans.xlsx, sheet Credit Splits, cell C3 (Split %): expected splits of deal D-3 "
                + "adding up to 100%, found \"a total of 110%\""), run.out());
        // the assignments to the plan with the broken tiers are not also reported as naming an unknown plan
        assertFalse(run.out().contains("expected a plan of the Plans sheet"), run.out());
        assertTrue(run.out().contains("Plans: 2 errors; the commissions command would stop before computing."),
                run.out());
        assertEquals(3, CliRun.of("validate", file.toString(), "--strict").exitCode());
    }

    @Test
    void aRepWithoutAPlanIsListedWithItsRow() throws Exception {
        List<List<Object>> reps = List.of(List.of("R01", "Ada", "East", "en"), List.of("R02", "Ola", "West", "pl"),
                List.of("R03", "Eve", "West", "en"));
        Path file = workbook(List.of(Arrays.asList("AE", "v1", 0, 100, 10), Arrays.asList("AE", "v1", 100, null, 15)),
                List.of(List.of("D-3", "R01", 60), List.of("D-3", "R02", 40)), reps).write(dir.resolve("plans.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertTrue(run.out().contains("plans.xlsx, sheet Reps, row 4 (Rep ID): expected a Plan Assignments row for "
                + "rep R03 covering 2026-10"), run.out());
        assertTrue(run.out().contains("Plans: 1 errors;"), run.out());
    }

    @Test
    void workbooksWithoutPlanSheetsAreNotCheckedForPlans() throws Exception {
        Path file = TestWorkbooks.xlsx()
                .sheet("Deals", CommissionWorkbooks.DEAL_HEADERS, CommissionWorkbooks.DEALS.toArray(List[]::new))
                .write(dir.resolve("deals.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("Plans:"), run.out());
        assertFalse(run.out().contains("Plan Assignments"), run.out());
    }
}
