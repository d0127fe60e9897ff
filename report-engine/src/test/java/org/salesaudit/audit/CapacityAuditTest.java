package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.AS_OF;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.leads;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.table;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Four deals of 25,000 won in the window (bookings 100,000); two reps with a 10,000 quota in each of the
 * twelve months of the window (24 rep-months = 2 rep-years, so 50,000 booked per rep-year; default target
 * 240,000); 1,000 leads of which 500 MQL, 100 SAL and SQL, 25 customers (step rates 0.5, 0.2, 1, 0.25).
 */
class CapacityAuditTest {

    private static SalesData data() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deals.add(deal("W" + i, "R1", "2026-01-01", "2026-0" + (3 + i) + "-15", "Closed Won", "25000",
                    DealStatus.WON));
        }
        deals.add(deal("OLD", "R1", "2024-01-01", "2024-06-15", "Closed Won", "999999", DealStatus.WON));
        List<Quota> quotas = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            Period month = Period.month(YearMonth.of(2025, 11).plusMonths(m));
            quotas.add(new Quota("R1", month, new BigDecimal("10000"), new SourceRef("t.xlsx", "Quotas", m + 2)));
            quotas.add(new Quota("R2", month, new BigDecimal("10000"), new SourceRef("t.xlsx", "Quotas", m + 20)));
        }
        return new SalesData(deals, List.of(), quotas, leads("Web", "2026-02-01", 1000, 500, 100, 25), List.of(),
                List.of(), List.of(), List.of(), EnumSet.of(Dataset.DEALS, Dataset.QUOTAS, Dataset.LEADS));
    }

    private static final AuditSettings MILLION = new AuditSettings(AS_OF, USD, StageProbabilities.defaults(),
            AuditSettings.DEFAULT_STALE_FACTOR, Optional.of(new BigDecimal("1000000")));

    @Test
    void withoutATargetTheQuotasOfTheWindowAreTheTarget() {
        SectionOutcome outcome = new CapacityAudit().run(data(), SETTINGS);
        assertEquals(money("240000.00"), figure(outcome, "audit.capacity.revenue_target"));
        assertEquals(money("50000.00"), figure(outcome, "audit.capacity.bookings_per_rep_year"));
        assertEquals(new Value.Count(5), figure(outcome, "audit.capacity.reps_needed"));
        assertEquals(new Value.Count(2), figure(outcome, "audit.capacity.reps_now"));
    }

    /** 1,000,000 / 25,000 = 40 customers; 40 / 0.25 = 160 SQL = 160 SAL; / 0.2 = 800 MQL; / 0.5 = 1,600 leads. */
    @Test
    void reverseFunnelFromTheTargetToTheLeadsNeeded() {
        SectionOutcome outcome = new CapacityAudit().run(data(), MILLION);
        assertEquals(new Value.Count(40), figure(outcome, "audit.capacity.customers_needed"));
        assertEquals(new Value.Count(1600), figure(outcome, "audit.capacity.leads_needed"));
        assertEquals(new Value.Count(25), figure(outcome, "audit.capacity.expected_customers"));
        Table reverse = table(outcome, "audit.capacity.reverse_funnel");
        assertEquals(new Value.Count(800), cell(reverse, "MQL", "needed"));
        assertEquals(new Value.Count(160), cell(reverse, "SQL", "needed"));
        assertEquals(new Value.Count(20), figure(outcome, "audit.capacity.reps_needed"));
    }

    /**
     * Reps: 1,000,000 − 2 × 50,000 = 900,000 not covered. Leads: 600 missing, each worth
     * 25,000 × 25 / 1,000 = 625, so 375,000.
     */
    @Test
    void shortfallsAreFindingsWithTheirMoney() {
        List<Finding> findings = ((Section) new CapacityAudit().run(data(), MILLION)).findings();
        assertEquals("finding.capacity.reps", findings.get(0).messageKey());
        assertEquals(new BigDecimal("900000.00"), findings.get(0).moneyAtStake());
        assertEquals("finding.capacity.leads", findings.get(1).messageKey());
        assertEquals(new BigDecimal("375000.00"), findings.get(1).moneyAtStake());
        assertEquals(new Value.Count(600), findings.get(1).args().get(2));
    }

    @Test
    void skipsWithoutTargetOrWithoutWins() {
        SalesData noQuotas = AuditFixtures.data(List.of(deal("W", "R1", "2026-01-01", "2026-03-01", "Closed Won",
                "1", DealStatus.WON)), List.of(), List.of());
        assertEquals("skipped.capacity.noTarget", ((Skipped) new CapacityAudit().run(noQuotas, SETTINGS)).reasonKey());
        SalesData noWins = AuditFixtures.data(List.of(deal("L", "R1", "2026-01-01", "2026-03-01", "Closed Lost",
                "1", DealStatus.LOST)), List.of(), List.of());
        assertInstanceOf(Skipped.class, new CapacityAudit().run(noWins, MILLION));
    }
}
