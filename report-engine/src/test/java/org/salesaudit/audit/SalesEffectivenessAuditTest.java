package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.data;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.ratio;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Value;

class SalesEffectivenessAuditTest {

    private final SalesEffectivenessAudit audit = new SalesEffectivenessAudit();

    private final SalesData data = data(List.of(
            deal("W1", "R1", "2026-01-05", "2026-02-01", "Closed Won", "1000", DealStatus.WON),
            deal("W2", "R1", "2026-01-05", "2026-03-01", "Closed Won", "3000", DealStatus.WON),
            deal("W3", "R2", "2025-10-01", "2025-12-01", "Closed Won", "10000.01", DealStatus.WON),
            deal("L1", "R2", "2026-02-01", "2026-04-01", "Closed Lost", "500", DealStatus.LOST),
            deal("L2", "R2", "2025-06-01", "2025-08-01", "Closed Lost", "500", DealStatus.LOST), // before the window
            deal("O1", "R2", "2026-07-01", null, "Qualified", "800", DealStatus.OPEN)),
            List.of(), List.of());

    @Test
    void windowIsTheTwelveMonthsEndingOnTheAsOfDate() {
        var s = audit.run(data, SETTINGS);

        assertEquals(new Value.Date(LocalDate.of(2025, 11, 1)), figure(s, "audit.window_start"));
        assertEquals(new Value.Date(LocalDate.of(2026, 10, 31)), figure(s, "audit.window_end"));
    }

    @Test
    void winRateIsWonOverClosedInTheWindow() {
        var s = audit.run(data, SETTINGS);

        // closed in window: W1, W2, W3 won, L1 lost -> 3 / 4
        assertEquals(ratio("0.750000"), figure(s, "audit.win_rate"));
        assertEquals(new Value.Count(3), figure(s, "audit.won_deals"));
        assertEquals(new Value.Count(1), figure(s, "audit.lost_deals"));
        // created in window: W1, W2, L1, O1 -> 2 won of 4
        assertEquals(ratio("0.500000"), figure(s, "audit.win_rate_created"));
    }

    @Test
    void dealSizeIsMeanAndMedianOfWonDealsRoundedHalfUpToCents() {
        var s = audit.run(data, SETTINGS);

        assertEquals(money("14000.01"), figure(s, "audit.bookings"));
        // (1000 + 3000 + 10000.01) / 3 = 4666.67 (4666.6700 exactly)
        assertEquals(money("4666.67"), figure(s, "audit.average_deal_size"));
        assertEquals(money("3000.00"), figure(s, "audit.median_deal_size"));
    }

    @Test
    void withoutClosedDealsTheRatesAreNotAvailable() {
        SalesData open = data(List.of(deal("O1", "R2", "2026-07-01", null, "Qualified", "800", DealStatus.OPEN)),
                List.of(), List.of());

        var s = audit.run(open, SETTINGS);

        assertEquals(Value.notAvailable(), figure(s, "audit.win_rate"));
        assertEquals(Value.notAvailable(), figure(s, "audit.median_deal_size"));
    }

    /**
     * Won in the window after 60 and 90 days (1,000 and 3,000), one lost, two open: median and mean cycle
     * 75 days; velocity = 2 open × 2/3 win rate × 2,000 average / 75 days = 8,000 / 225 = 35.555… → 35.56.
     */
    @Test
    void cycleLengthAndPipelineVelocity() {
        var outcome = new SalesEffectivenessAudit().run(data(List.of(
                deal("W1", "R1", "2026-01-01", "2026-03-02", "Closed Won", "1000", DealStatus.WON),
                deal("W2", "R1", "2026-02-01", "2026-05-02", "Closed Won", "3000", DealStatus.WON),
                deal("L1", "R1", "2026-02-01", "2026-04-01", "Closed Lost", "500", DealStatus.LOST),
                deal("O1", "R1", "2026-09-01", null, "Qualified", "700", DealStatus.OPEN),
                deal("O2", "R1", "2026-10-01", null, "Qualified", "900", DealStatus.OPEN)), List.of(), List.of()),
                SETTINGS);
        assertEquals(new org.salesaudit.report.Value.Quantity(new java.math.BigDecimal("75.0")),
                figure(outcome, "audit.cycle_days_median"));
        assertEquals(new org.salesaudit.report.Value.Quantity(new java.math.BigDecimal("75.0")),
                figure(outcome, "audit.cycle_days_mean"));
        assertEquals(money("35.56"), figure(outcome, "audit.pipeline_velocity_per_day"));
    }
}
