package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Customer;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Window 2025-11-01 to 2026-10-31. Customers at its start: A, B, F, G (C left before it); lost in it: B
 * (MRR 500) and E (200, won and lost inside the window): churn rate 2 / 4, 700 a month, 8,400 a year.
 * Won deals in the window: New 10,000 (2026-05), Upsell 2,000 and Cross-sell 3,000 (2026-07/08), Up-sell
 * 1,000 (2026-10): upsell 2 of 4 deals, cross-sell 1 of 4, expansion 6,000 of 16,000 bookings. The year
 * before: 8,000, so growth 100 %. Quarters: 2026-Q2 10,000, 2026-Q3 5,000 (−50 %); 2026-Q4 is incomplete.
 */
class CustomerAuditTest {

    private static int row = 1;

    private static Customer customer(String name, String since, String churned, String mrr) {
        return new Customer(name, LocalDate.parse(since), churned == null ? null : LocalDate.parse(churned),
                mrr == null ? null : new BigDecimal(mrr), new SourceRef("t", "Customers", ++row));
    }

    private static Deal won(String type, String close, String amount) {
        return new Deal("D" + (++row), null, "R1", null, LocalDate.parse(close).minusDays(30), LocalDate.parse(close),
                "Closed Won", null, new BigDecimal(amount), USD, DealStatus.WON, null, null, type,
                new SourceRef("t", "Deals", row));
    }

    private static SectionOutcome run() {
        List<Customer> customers = List.of(customer("A", "2024-01-01", null, "1000"),
                customer("B", "2024-06-01", "2026-02-01", "500"), customer("C", "2023-01-01", "2025-06-01", "900"),
                customer("D", "2026-03-01", null, "300"), customer("E", "2026-01-01", "2026-09-01", "200"),
                customer("F", "2024-02-01", null, "100"), customer("G", "2024-02-01", null, null));
        List<Deal> deals = List.of(won("New", "2026-05-10", "10000"), won("Upsell", "2026-07-10", "2000"),
                won("Cross-sell", "2026-08-10", "3000"), won("Up-sell", "2026-10-10", "1000"),
                won("New", "2025-03-01", "8000"));
        return new CustomerAudit().run(new SalesData(deals, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), customers, EnumSet.of(Dataset.DEALS, Dataset.CUSTOMERS)), SETTINGS);
    }

    @Test
    void churnRateIsCustomersLostOverCustomersAtTheStart() {
        SectionOutcome outcome = run();
        assertEquals(new Value.Count(4), figure(outcome, "audit.customers.at_start"));
        assertEquals(new Value.Count(2), figure(outcome, "audit.customers.churned"));
        assertEquals(ratio("0.500000"), figure(outcome, "audit.customers.churn_rate"));
        assertEquals(money("700.00"), figure(outcome, "audit.customers.churned_mrr"));
        assertEquals(new Value.Count(4), figure(outcome, "audit.customers.active"));
        assertEquals(money("1400.00"), figure(outcome, "audit.customers.active_mrr"));
        Finding churn = ((Section) outcome).findings().get(0);
        assertEquals(new BigDecimal("8400.00"), churn.moneyAtStake());
    }

    @Test
    void upsellAndCrossSellShares() {
        SectionOutcome outcome = run();
        assertEquals(ratio("0.500000"), figure(outcome, "audit.customers.upsell_share"));
        assertEquals(ratio("0.250000"), figure(outcome, "audit.customers.cross_sell_share"));
        assertEquals(ratio("0.375000"), figure(outcome, "audit.customers.expansion_bookings_share"));
    }

    @Test
    void revenueGrowthYearAndQuarterOverThePreviousOne() {
        SectionOutcome outcome = run();
        assertEquals(ratio("1.000000"), figure(outcome, "audit.customers.revenue_growth"));
        Table quarters = table(outcome, "audit.customers.by_quarter");
        assertEquals(8, quarters.rows().size());
        assertEquals(new Value.Text("2026-Q3"), quarters.rows().get(7).get(0));
        assertEquals(ratio("-0.500000"), cell(quarters, "2026-Q3", "growth"));
        assertEquals(money("8000.00"), cell(quarters, "2025-Q1", "bookings"));
    }

    @Test
    void quartersEndWithTheLastCompleteOne() {
        assertEquals("2026-Q4", CustomerAudit.quarters(LocalDate.of(2026, 12, 31)).get(7).label());
        assertEquals("2026-Q3", CustomerAudit.quarters(LocalDate.of(2026, 12, 30)).get(7).label());
        assertEquals("2024-Q4", CustomerAudit.quarters(LocalDate.of(2026, 10, 31)).get(0).label());
    }
}
