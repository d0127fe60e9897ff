package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Four reps with a 10,000 quota in each month of the window (2025-11 to 2026-10). Monthly attainment:
 * A 0 for six months then 2 (total 100 %), B 2 then 0 (100 %), C 1 in the last three months (25 %),
 * D 1 in the first two (16.7 %). Team median (Excel MEDIAN) = (1 + 0.25) / 2 = 0.625. Least-squares
 * slopes of monthly attainment over months 0..11, from Python 3's statistics.linear_regression:
 * A 0.2517482517, B −0.2517482517, C 0.0944055944, D −0.0699300699.
 */
class RepQuadrantAuditTest {

    private final List<Deal> deals = new ArrayList<>();
    private final List<Quota> quotas = new ArrayList<>();

    private void rep(String id, double[] monthly, int lost) {
        for (int m = 0; m < 12; m++) {
            YearMonth month = YearMonth.of(2025, 11).plusMonths(m);
            quotas.add(new Quota(id, Period.month(month), new BigDecimal("10000"), new SourceRef("t", "Quotas", m)));
            if (monthly[m] > 0) {
                deals.add(deal(id + m, id, month.atDay(1).toString(), month.atDay(20).toString(), "Closed Won",
                        BigDecimal.valueOf(monthly[m] * 10000).toPlainString(), DealStatus.WON));
            }
        }
        for (int i = 0; i < lost; i++) {
            deals.add(deal(id + "L" + i, id, "2026-01-01", "2026-02-01", "Closed Lost", "5000", DealStatus.LOST));
        }
    }

    private SectionOutcome run() {
        rep("A", new double[] {0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2}, 6);
        rep("B", new double[] {2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0}, 6);
        rep("C", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1}, 27);
        rep("D", new double[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 2);
        return new RepQuadrantAudit().run(AuditFixtures.data(deals, List.of(), quotas), SETTINGS);
    }

    @Test
    void levelAgainstTheTeamMedianAndTrendFromTheSlope() {
        SectionOutcome outcome = run();
        for (String quadrant : List.of("rising_stars", "falling_stars", "improving_laggards", "declining_laggards")) {
            assertEquals(new Value.Count(1), figure(outcome, "audit.rep_quadrants." + quadrant), quadrant);
        }
        assertEquals(0.2517482517, number(cell(table(outcome, "audit.rep_quadrants.rising_stars"), "A",
                "trend_per_month")), 1e-6);
        assertEquals(-0.2517482517, number(cell(table(outcome, "audit.rep_quadrants.falling_stars"), "B",
                "trend_per_month")), 1e-6);
        Table improving = table(outcome, "audit.rep_quadrants.improving_laggards");
        assertEquals(0.0944055944, number(cell(improving, "C", "trend_per_month")), 1e-6);
        assertEquals(0.625, number(cell(improving, "C", "team_median")), 1e-9);
        assertEquals(-0.0699300699, number(cell(table(outcome, "audit.rep_quadrants.declining_laggards"), "D",
                "trend_per_month")), 1e-6);
    }

    /**
     * Mentor of C and D: A (best attainment, tie with B broken by id). Win rates: A 6 / 12 = 0.5, C 3 / 30 =
     * 0.1 (gap 80 %), D 2 / 4 = 0.5 (no gap). Money at stake: 0.625 × 120,000 − bookings: C 45,000, D 55,000.
     */
    @Test
    void weakerRepsLearnFromTheTeamsBestOnTheLargestGap() {
        SectionOutcome outcome = run();
        Table learn = table(outcome, "audit.rep_quadrants.learn_from");
        assertEquals(new Value.Text("A"), cell(learn, "C", "mentor_id"));
        assertEquals(new Value.Ratio(new BigDecimal("0.100000")),
                cell(table(outcome, "audit.rep_quadrants.behaviours"), "C", "win_rate"));
        assertEquals(new Value.Money(new BigDecimal("55000.00"), AuditFixtures.USD), cell(learn, "D", "bookings_gap"));
        List<Finding> findings = ((Section) outcome).findings();
        assertEquals(1, findings.size());
        assertEquals("finding.rep_quadrants.learn.win_rate", findings.get(0).messageKey());
        assertEquals(new BigDecimal("45000.00"), findings.get(0).moneyAtStake());
    }

    /**
     * E books 50 % of quota each month of the year before the window and 100 % in the window; F the
     * reverse. Both are flat within the window, but over the 24 months E rises: slope 0.0313043478
     * (Python 3 statistics.linear_regression over months 0..23), F falls by as much; E (100 %) is above
     * the median of the two (75 %), F below.
     */
    @Test
    void theTrendCoversTheTwoYearsBeforeTheAsOfDate() {
        for (String id : List.of("E", "F")) {
            for (int m = 0; m < 24; m++) {
                YearMonth month = YearMonth.of(2024, 11).plusMonths(m);
                quotas.add(new Quota(id, Period.month(month), new BigDecimal("10000"), new SourceRef("t", "Q", m)));
                boolean firstYear = m < 12;
                String amount = firstYear == id.equals("E") ? "5000" : "10000";
                deals.add(deal(id + m, id, month.atDay(1).toString(), month.atDay(10).toString(), "Closed Won", amount,
                        DealStatus.WON));
            }
        }
        SectionOutcome outcome = new RepQuadrantAudit().run(AuditFixtures.data(deals, List.of(), quotas), SETTINGS);
        assertEquals(0.0313043478, number(cell(table(outcome, "audit.rep_quadrants.rising_stars"), "E", "trend_per_month")),
                1e-6);
        assertEquals(-0.0313043478, number(cell(table(outcome, "audit.rep_quadrants.declining_laggards"), "F",
                "trend_per_month")), 1e-6);
    }

    @Test
    void repsWhoLeftAreNotAdvised() {
        rep("A", new double[] {0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2}, 6);
        rep("C", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1}, 27);
        List<Rep> reps = List.of(
                new Rep("A", "Ann", "East", null, null, null, null, null, null, new SourceRef("t", "Reps", 2)),
                new Rep("C", "Carl", "East", null, null, null, null, LocalDate.of(2026, 9, 30), null,
                        new SourceRef("t", "Reps", 3)));
        Section section = (Section) new RepQuadrantAudit().run(AuditFixtures.data(deals, reps, quotas), SETTINGS);
        assertEquals(List.of(), section.findings());
        assertEquals(0, table(section, "audit.rep_quadrants.learn_from").rows().size());
    }

    @Test
    void needsAtLeastTwoRepsWithThreeQuotaMonths() {
        rep("A", new double[12], 0);
        assertInstanceOf(Skipped.class,
                new RepQuadrantAudit().run(AuditFixtures.data(deals, List.of(), quotas), SETTINGS));
    }
}
