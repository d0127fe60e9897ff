package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.Segment;

/** The figures examples/finance/README.md walks through, and Σ lines = total on all 40 statements. */
class FinanceExampleTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "finance", "finance-2026.xlsx");

    private static CommissionRun october() throws Exception {
        return new CommissionEngine(1).calculate(CommissionRequest.of(List.of(EXAMPLE), Path.of("unused"),
                YearMonth.of(2026, 10)));
    }

    private static RepMonth rep(CommissionRun run, String id) {
        return run.statements().stream().filter(m -> m.rep().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyStatementsLinesAddUpToItsTotals() throws Exception {
        CommissionRun run = october();

        assertEquals(40, run.statements().size());
        BigDecimal totalPay = BigDecimal.ZERO;
        for (RepMonth m : run.statements()) {
            for (Segment s : m.segments()) {
                BigDecimal lines = s.lines().stream().map(CreditLine::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal credit = s.lines().stream().map(CreditLine::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, lines.compareTo(s.commission()), m.rep().id() + " " + s.plan().label());
                assertEquals(0, credit.compareTo(s.credit()), m.rep().id() + " " + s.plan().label());
            }
            assertEquals(0, m.totalPay().compareTo(m.baseSalary().add(m.ledger().paid())), m.rep().id());
            totalPay = totalPay.add(m.totalPay());
        }
        assertEquals(new BigDecimal("234905.70"), totalPay);
    }

    @Test
    void theRepsTheReadmeWalksThroughHaveItsFigures() throws Exception {
        CommissionRun run = october();

        RepMonth r03 = rep(run, "R03");
        assertEquals(new BigDecimal("7258.06"), r03.segments().get(0).target());
        assertEquals(new BigDecimal("9290.32"), r03.segments().get(1).target());
        assertEquals(new BigDecimal("485.00"), r03.segments().get(0).commission());
        assertEquals(new BigDecimal("2144.00"), r03.segments().get(1).commission());
        assertEquals(new BigDecimal("400.00"), r03.spif());
        assertEquals(new BigDecimal("7029.00"), r03.totalPay());
        RepMonth r10 = rep(run, "R10");
        assertEquals(new BigDecimal("5443.55"), r10.segments().get(0).target());
        assertEquals(new BigDecimal("2136.00"), r10.commission());
        assertEquals(new BigDecimal("200.00"), r10.spif());
        RepMonth r20 = rep(run, "R20");
        assertEquals(new BigDecimal("1000.00"), r20.ledger().paid());
        assertEquals(new BigDecimal("2000.00"), r20.ledger().balanceAfter());
        RepMonth r08 = rep(run, "R08");
        assertEquals(1, r08.clawbacks().size());
        assertEquals(new BigDecimal("-1916.89"), r08.clawbackTotal());
        assertEquals(42, r08.clawbacks().get(0).days());
        assertEquals(new BigDecimal("306.89"), r08.ledger().balanceAfter());
        assertFalse(run.statements().stream().anyMatch(m -> m.clawbacks().size() > 1));
        assertTrue(run.statements().stream().flatMap(m -> m.lines().stream())
                .allMatch(l -> l.source().file().equals("finance-2026.xlsx") && l.source().sheet().equals("Deals")
                        && l.source().row() > 1));
    }
}
