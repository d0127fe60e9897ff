package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.data;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Section;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Value;

class PipelineAuditTest {

    private final PipelineAudit audit = new PipelineAudit();

    @Test
    void aThousandDollarDealInProductTrialIsWorthSixHundred() {
        // worked example 2 of the domain
        SalesData data = data(List.of(deal("D1", "R1", "2026-09-01", null, "Product trial", "1000", DealStatus.OPEN)),
                List.of(), List.of());

        var outcome = audit.run(data, SETTINGS);

        assertEquals(money("600.00"), figure(outcome, "audit.weighted_pipeline"));
        assertEquals(money("1000.00"), figure(outcome, "audit.pipeline_value"));
    }

    @Test
    void weightsEachOpenDealByItsStageAndIgnoresClosedOnes() {
        SalesData data = data(List.of(
                deal("D1", "R1", "2026-09-01", null, "Discovery call", "2500.50", DealStatus.OPEN),
                deal("D2", "R1", "2026-09-01", null, "final negotiation", "1000", DealStatus.OPEN),
                deal("D3", "R1", "2026-09-01", null, "Some custom stage", "400", DealStatus.OPEN),
                deal("D4", "R1", "2026-09-01", "2026-10-01", "Closed Won", "9999", DealStatus.WON),
                deal("D5", "R1", "2026-11-15", null, "Qualified", "777", DealStatus.OPEN)),
                List.of(), List.of());

        Section section = (Section) audit.run(data, SETTINGS);

        // 2500.50 * 0.10 + 1000 * 0.80 + 400 * 0 (unknown stage, no stated probability) = 1050.05
        assertEquals(money("1050.05"), figure(section, "audit.weighted_pipeline"));
        assertEquals(money("3900.50"), figure(section, "audit.pipeline_value"));
        assertEquals(new Value.Count(3), figure(section, "audit.open_deals"));
        var rows = section.tables().get(0).rows();
        assertEquals(List.of("Discovery call", "final negotiation", "Some custom stage"),
                rows.stream().map(r -> ((Value.Text) r.get(0)).text()).toList());
        assertEquals(Value.notAvailable(), rows.get(2).get(3));
    }

    @Test
    void isSkippedWithoutADealsSheet() {
        var outcome = audit.run(new SalesData(List.of(), List.of(), List.of(),
                EnumSet.noneOf(org.salesaudit.model.Dataset.class)), SETTINGS);

        Skipped skipped = assertInstanceOf(Skipped.class, outcome);
        assertEquals(List.of("Deals"), skipped.reasonArgs());
    }
}
