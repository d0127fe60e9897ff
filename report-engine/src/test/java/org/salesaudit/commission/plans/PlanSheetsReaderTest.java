package org.salesaudit.commission.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.commission.CommissionWorkbooks;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

class PlanSheetsReaderTest {

    @TempDir
    Path dir;

    private static final List<String> PLAN_HEADERS = List.of("Plan", "Version", "Effective From", "Target", "Rate");

    private List<Problem> problemsOf(TestWorkbooks workbook) throws Exception {
        ProblemLog log = new ProblemLog(ProblemPolicy.COLLECT);
        new PlanSheetsReader().read(List.of(workbook.write(dir.resolve("plans.xlsx"))), log);
        return log.problems();
    }

    @Test
    void readsPlansTiersAssignmentsAndSplits() throws Exception {
        ProblemLog log = new ProblemLog(ProblemPolicy.COLLECT);
        PlanBook book = new PlanSheetsReader().read(List.of(CommissionWorkbooks.write(dir.resolve("crm.xlsx"))), log);

        assertEquals(List.of(), log.problems());
        PlanVersion ae = book.versions().get(0);
        assertEquals("AE v1", ae.label());
        assertEquals(0, new BigDecimal("10000").compareTo(ae.target()));
        assertEquals(2, ae.tiers().size());
        assertEquals(0, new BigDecimal("0.15").compareTo(ae.tiers().get(1).rate()));
        assertEquals(0, BigDecimal.ONE.compareTo(ae.tiers().get(1).from()));
        assertEquals(2, book.assignments().size());
        assertEquals(0, new BigDecimal("0.6").compareTo(book.splitsOf("D-3").get(0).share()));
    }

    @Test
    void overlappingTiersAreAnErrorAtTheTierCell() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx()
                .sheet("Plans", PLAN_HEADERS, List.of("AE", "v1", LocalDate.of(2026, 1, 1), 10000, 10))
                .sheet("Tiers", List.of("Plan", "Version", "From %", "To %", "Rate"),
                        List.of("AE", "v1", 0, 100, 10), List.of("AE", "v1", 90, 150, 15)));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("plans.xlsx, sheet Tiers, cell C3 (From %): expected a tier starting where the tier of row 2 "
                + "ends (100%), without overlap, found \"90%\" (no statements)", problems.get(0).message());
        assertEquals("commission.overlapping_tiers", problems.get(0).code());
    }

    @Test
    void aGapBetweenTiersIsAnError() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx()
                .sheet("Plans", PLAN_HEADERS, List.of("AE", "v1", LocalDate.of(2026, 1, 1), 10000, 10))
                .sheet("Tiers", List.of("Plan", "Version", "From %", "To %", "Rate"),
                        List.of("AE", "v1", 0, 100, 10), List.of("AE", "v1", 110, 150, 15)));

        assertEquals("commission.tier_gap", problems.get(0).code());
        assertEquals("plans.xlsx, sheet Tiers, cell C3 (From %)", problems.get(0).at().describe());
    }

    @Test
    void splitsThatDoNotAddUpTo100AreAnErrorAtTheLastShare() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx()
                .sheet("Plans", PLAN_HEADERS, List.of("AE", "v1", LocalDate.of(2026, 1, 1), 10000, 10))
                .sheet("Credit Splits", List.of("Deal ID", "Rep", "Split %"), List.of("D-3", "R01", 60),
                        List.of("D-3", "R02", 30)));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("plans.xlsx, sheet Credit Splits, cell C3 (Split %): expected splits of deal D-3 adding up to "
                + "100%, found \"a total of 90%\" (no statements)", problems.get(0).message());
    }

    @Test
    void aPlanWithoutATargetIsAnErrorAtItsTargetCell() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx()
                .sheet("Plans", PLAN_HEADERS, Arrays.asList("AE", "v1", LocalDate.of(2026, 1, 1), null, 10)));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("plans.xlsx, sheet Plans, cell D2 (Target): expected a monthly target above zero "
                + "(no statements)", problems.get(0).message());
        assertEquals("commission.plan_without_target", problems.get(0).code());
    }

    @Test
    void overlappingVersionsOfAPlanAreAnError() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx()
                .sheet("Plans", List.of("Plan", "Version", "Effective From", "Effective To", "Target", "Rate"),
                        List.of("AE", "v1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 15), 10000, 10),
                        Arrays.asList("AE", "v2", LocalDate.of(2026, 10, 10), null, 12000, 12)));

        assertEquals("plans.xlsx, sheet Plans, cell C3 (Effective From): expected a start after AE v1 ends "
                + "(2026-10-15), found \"2026-10-10\" (no statements)", problems.get(0).message());
    }

    @Test
    void anAssignmentToAnUnknownPlanIsAnError() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx()
                .sheet("Plans", PLAN_HEADERS, List.of("AE", "v1", LocalDate.of(2026, 1, 1), 10000, 10))
                .sheet("Plan Assignments", List.of("Rep", "Plan", "From"), List.of("R01", "SE", LocalDate.of(2026, 1, 1))));

        assertEquals("plans.xlsx, sheet Plan Assignments, cell B2 (Plan): expected a plan of the Plans sheet (AE), "
                + "found \"SE\" (no statements)", problems.get(0).message());
    }

    @Test
    void percentagesReadAsExcelPercentagesTextOrPercentNumbers() throws Exception {
        ProblemLog log = new ProblemLog(ProblemPolicy.COLLECT);
        PlanBook book = new PlanSheetsReader().read(List.of(TestWorkbooks.xlsx()
                .sheet("Plans", List.of("Plan", "Version", "Effective From", "Target", "Rate", "Threshold"),
                        List.of("A", "v1", LocalDate.of(2026, 1, 1), 10000, "12.5 %", 50))
                .write(dir.resolve("p.xlsx"))), log);

        assertEquals(0, new BigDecimal("0.125").compareTo(book.versions().get(0).tiers().get(0).rate()));
        assertEquals(0, new BigDecimal("0.5").compareTo(book.versions().get(0).threshold()));
    }

    @Test
    void aWorkbookWithoutAPlansSheetIsAnError() throws Exception {
        List<Problem> problems = problemsOf(TestWorkbooks.xlsx().sheet("Deals", List.of("Deal ID"), List.of("D-1")));

        assertTrue(problems.get(0).message().startsWith("plans.xlsx: expected a sheet named Plans"), problems.toString());
    }
}
