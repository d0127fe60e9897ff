package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.data;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.ratio;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Section;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Value;

class QuotaAttainmentAuditTest {

    private final QuotaAttainmentAudit audit = new QuotaAttainmentAudit();

    private static Quota quota(String rep, String period, String amount) {
        return new Quota(rep, Period.parse(period).orElseThrow(), new BigDecimal(amount), new SourceRef("t.xlsx", "Quotas", 2));
    }

    private static Rep rep(String id, String name) {
        return new Rep(id, name, "East", "Junior", null, null, null, null, "en", new SourceRef("t.xlsx", "Reps", 2));
    }

    @Test
    void attainmentIsBookingsInTheRepsQuotaPeriodsOverTheirQuota() {
        SalesData data = data(List.of(
                deal("A1", "R1", "2026-08-01", "2026-09-10", "Closed Won", "12000", DealStatus.WON),
                deal("A2", "R1", "2026-08-01", "2026-10-31", "Closed Won", "3000", DealStatus.WON),
                deal("B1", "R2", "2026-08-01", "2026-10-05", "Closed Won", "5000", DealStatus.WON),
                // R2 had no quota in September (new hire): this deal does not count
                deal("B2", "R2", "2026-08-01", "2026-09-05", "Closed Won", "7000", DealStatus.WON),
                deal("B3", "R2", "2026-08-01", "2026-10-06", "Closed Lost", "9000", DealStatus.LOST)),
                List.of(rep("R1", "Ada Lovelace"), rep("R2", "Alan Turing")),
                List.of(quota("R1", "2026-09", "10000"), quota("R1", "2026-10", "10000"),
                        quota("R2", "2026-10", "10000"),
                        quota("R2", "2026-11", "10000"))); // after the as-of date: ignored

        Section s = (Section) audit.run(data, SETTINGS);

        // R1: 15000 / 20000 = 75 %; R2: 5000 / 10000 = 50 %; team: 20000 / 30000
        assertEquals(ratio("0.666667"), figure(s, "audit.quota_attainment.team"));
        assertEquals(ratio("0.000000"), figure(s, "audit.quota_attainment.rate"));
        assertEquals(new Value.Count(2), figure(s, "audit.quota_attainment.reps_with_quota"));
        List<List<Value>> rows = s.tables().get(0).rows();
        assertEquals(List.of(new Value.Text("R1"), new Value.Text("Ada Lovelace"), new Value.Text("East"),
                money("20000.00"), money("15000.00"), ratio("0.750000")), rows.get(0));
        assertEquals(List.of(new Value.Text("R2"), new Value.Text("Alan Turing"), new Value.Text("East"),
                money("10000.00"), money("5000.00"), ratio("0.500000")), rows.get(1));
    }

    @Test
    void workedExampleFiveTargetsMetGiveFullAttainment() {
        // a junior with a $10,000 target and a senior with $25,000 who both meet it
        SalesData data = data(List.of(
                deal("J", "JR", "2026-10-01", "2026-10-20", "Closed Won", "10000", DealStatus.WON),
                deal("S", "SR", "2026-10-01", "2026-10-21", "Closed Won", "25000", DealStatus.WON)),
                List.of(), List.of(quota("JR", "2026-10", "10000"), quota("SR", "2026-10", "25000")));

        Section s = (Section) audit.run(data, SETTINGS);

        assertEquals(ratio("1.000000"), figure(s, "audit.quota_attainment.rate"));
        assertEquals(ratio("1.000000"), figure(s, "audit.quota_attainment.team"));
    }

    @Test
    void isSkippedWhenNoQuotaPeriodLiesInTheWindow() {
        SalesData data = data(List.of(deal("J", "JR", "2026-10-01", "2026-10-20", "Closed Won", "1", DealStatus.WON)),
                List.of(), List.of(quota("JR", "2024-01", "10000")));

        Skipped skipped = assertInstanceOf(Skipped.class, audit.run(data, SETTINGS));

        assertEquals("skipped.noQuotaPeriods", skipped.reasonKey());
        assertEquals(USD, SETTINGS.currency());
    }
}
