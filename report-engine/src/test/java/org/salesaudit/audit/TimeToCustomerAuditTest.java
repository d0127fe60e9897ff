package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.AS_OF;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.change;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.lead;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Lead;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.model.StageChange;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * The leukaemia remission data of {@code stats.KaplanMeierTest}, in days, as deals: the "Referral"
 * channel is the 6-MP group (a censored time is a deal still open on the as-of date, that many days
 * after its lead was created), "Events" the placebo group (all won). Kaplan–Meier medians 23 and 8
 * days, the Referral median's interval from 13 days (upper end not reached); log-rank chi-square
 * 16.7929 on 1 degree of freedom. A lost deal is left out.
 */
class TimeToCustomerAuditTest {

    private final List<Deal> deals = new ArrayList<>();
    private final List<Lead> leads = new ArrayList<>();
    private int n;

    private void add(String channel, int days, boolean won) {
        String id = "D" + (++n);
        LocalDate start = won ? LocalDate.of(2026, 1, 1) : AS_OF.minusDays(days);
        leads.add(lead("L" + n, start.toString(), channel, null, null, null, null));
        deals.add(new Deal(id, "L" + n, "R1", null, start.plusDays(0), won ? start.plusDays(days) : null,
                won ? "Closed Won" : "Qualified", null, BigDecimal.TEN, USD, won ? DealStatus.WON : DealStatus.OPEN,
                null, null, null, new SourceRef("t", "Deals", n)));
    }

    private SalesData data(List<StageChange> history) {
        int[] sixMp = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
        boolean[] event = {true, true, true, false, true, false, true, false, false, true, true, false, false,
                false, true, true, false, false, false, false, false};
        for (int i = 0; i < sixMp.length; i++) {
            add("Referral", sixMp[i], event[i]);
        }
        for (int t : new int[] {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23}) {
            add("Events", t, true);
        }
        deals.add(new Deal("LOST", null, "R1", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                "Closed Lost", null, BigDecimal.TEN, USD, DealStatus.LOST, null, null, null,
                new SourceRef("t", "Deals", 999)));
        EnumSet<Dataset> present = EnumSet.of(Dataset.DEALS, Dataset.LEADS);
        if (!history.isEmpty()) {
            present.add(Dataset.STAGE_HISTORY);
        }
        return new SalesData(deals, List.of(), List.of(), leads, history, List.of(), List.of(), List.of(), present);
    }

    @Test
    void kaplanMeierMediansByChannelWithOpenDealsCensored() {
        SectionOutcome outcome = new TimeToCustomerAudit().run(data(List.of()), SETTINGS);
        assertEquals(new Value.Count(42), figure(outcome, "audit.time_to_customer.deals"));
        assertEquals(new Value.Count(30), figure(outcome, "audit.time_to_customer.won"));
        assertEquals(new Value.Count(12), figure(outcome, "audit.time_to_customer.censored"));
        Table channels = table(outcome, "audit.time_to_customer.by_channel");
        assertEquals(new Value.Count(23), cell(channels, "Referral", "median_days"));
        assertEquals(new Value.Count(13), cell(channels, "Referral", "low"));
        assertEquals(Value.notAvailable(), cell(channels, "Referral", "high"));
        assertEquals(new Value.Count(8), cell(channels, "Events", "median_days"));
        assertEquals(16.793, number(figure(outcome, "audit.time_to_customer.log_rank_chi_square")), 1e-9);
    }

    @Test
    void channelsThatDifferAreAFinding() {
        Finding finding = ((Section) new TimeToCustomerAudit().run(data(List.of()), SETTINGS)).findings().get(0);
        assertEquals("finding.time_to_customer.channels_differ", finding.messageKey());
        assertEquals(new Value.Text("Events"), finding.args().get(2));
        assertEquals(new Value.Text("Referral"), finding.args().get(4));
    }

    /** Qualified: 10 and 30 days (median 20, P90 by Excel PERCENTILE.INC = 10 + 0.9 × 20 = 28). */
    @Test
    void timeInStageFromTheStageHistory() {
        List<StageChange> history = List.of(change("X", "Qualified", "2026-01-01", null),
                change("X", "Product demo", "2026-01-11", null), change("Y", "Qualified", "2026-02-01", null),
                change("Y", "Closed Won", "2026-03-03", null));
        Table stages = table(new TimeToCustomerAudit().run(data(history), SETTINGS),
                "audit.time_to_customer.time_in_stage");
        assertEquals(new Value.Count(2), cell(stages, "Qualified", "deals"));
        assertEquals(20.0, number(cell(stages, "Qualified", "median_days")), 1e-9);
        assertEquals(28.0, number(cell(stages, "Qualified", "p90_days")), 1e-9);
        assertEquals(1, stages.rows().size(), "the last stage of a deal has no end");
    }

    @Test
    void skipsWithoutWonDeals() {
        SalesData none = AuditFixtures.data(List.of(AuditFixtures.deal("O", "R1", "2026-01-01", null, "Qualified",
                "5", DealStatus.OPEN)), List.of(), List.of());
        assertInstanceOf(Skipped.class, new TimeToCustomerAudit().run(none, SETTINGS));
    }

    /**
     * Won days: Events (median 8) 1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23; Referral (median 13)
     * 6 6 6 7 10 13 16 22 23. Derived with python3 (stdlib), average ranks, the normal approximation
     * without tie or continuity correction as in Commons Math 3.6:
     * <pre>
     * allv = sorted(x + y); rank = average 1-based position of each value
     * r1 = sum(rank[v] for v in x)            # 296.0
     * u1 = r1 - 21 * 22 / 2                   # 65.0;  u2 = 21 * 9 - u1 = 124.0; U = max = 124.0
     * z = (65 - 189 / 2) / sqrt(189 * 31 / 12)  # -1.33506
     * p = erfc(-z / sqrt(2))                  # 2 Φ(z) = 0.1818566
     * </pre>
     */
    @Test
    void mannWhitneyComparesTheWonDaysOfTheFastestAndSlowestChannel() {
        SectionOutcome outcome = new TimeToCustomerAudit().run(data(List.of()), SETTINGS);

        assertEquals(new Value.Text("Events"), figure(outcome, "audit.time_to_customer.mann_whitney_fastest"));
        assertEquals(new Value.Text("Referral"), figure(outcome, "audit.time_to_customer.mann_whitney_slowest"));
        assertEquals(new Value.Quantity(new BigDecimal("124.0")), figure(outcome, "audit.time_to_customer.mann_whitney_u"));
        assertEquals(new Value.Quantity(new BigDecimal("0.181857")),
                figure(outcome, "audit.time_to_customer.mann_whitney_p_value"));
    }

    @Test
    void mannWhitneyNeedsTwoChannelsWithFiveWonDeals() {
        for (int t : new int[] {3, 4, 5, 6}) {
            add("Partner", t, true);
        }
        for (int t : new int[] {30, 40, 50, 60}) {
            add("Web", t, true);
        }
        EnumSet<Dataset> present = EnumSet.of(Dataset.DEALS, Dataset.LEADS);
        SectionOutcome outcome = new TimeToCustomerAudit().run(
                new SalesData(deals, List.of(), List.of(), leads, List.of(), List.of(), List.of(), List.of(), present),
                SETTINGS);

        assertEquals(Value.notAvailable(), figure(outcome, "audit.time_to_customer.mann_whitney_p_value"));
        assertEquals(Value.notAvailable(), figure(outcome, "audit.time_to_customer.mann_whitney_fastest"));
    }
}
