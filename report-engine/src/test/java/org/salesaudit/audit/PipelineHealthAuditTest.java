package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.AS_OF;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.change;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;
import static org.salesaudit.audit.AuditFixtures.withHistory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.StageChange;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Won deals in the window took 30, 61, 90 and 100 days: the median (Excel MEDIAN) is (61 + 90) / 2 =
 * 75.5 days, so a deal is stale after round(2 × 75.5) = 151 days. As of 2026-10-31, a deal opened on
 * 2026-05-01 is 183 days old (stale), one opened 2026-06-02 is 151 days old (not stale: "longer than").
 */
class PipelineHealthAuditTest {

    private static final List<Deal> DEALS = List.of(
            deal("W1", "R1", "2026-02-01", "2026-03-03", "Closed Won", "1000", DealStatus.WON),
            deal("W2", "R1", "2026-04-01", "2026-06-01", "Closed Won", "1000", DealStatus.WON),
            deal("W3", "R1", "2026-05-01", "2026-07-30", "Closed Won", "1000", DealStatus.WON),
            deal("W4", "R1", "2026-05-01", "2026-08-09", "Closed Won", "1000", DealStatus.WON),
            deal("OLD", "R2", "2026-05-01", "2026-12-15", "Final negotiation", "50000", DealStatus.OPEN),
            deal("EDGE", "R2", "2026-06-02", "2026-10-01", "Qualified", "30000", DealStatus.OPEN),
            deal("SLIP", "R3", "2026-09-01", "2026-11-30", "Product demo", "20000", DealStatus.OPEN));

    private static final List<StageChange> HISTORY = List.of(
            change("SLIP", "Discovery call", "2026-09-01", "2026-09-30"),
            change("SLIP", "Qualified", "2026-09-20", "2026-10-15"),
            change("SLIP", "Product demo", "2026-10-10", "2026-11-30"),
            change("EDGE", "Discovery call", "2026-06-02", "2026-10-01"),
            change("EDGE", "Qualified", "2026-07-01", "2026-09-01"));

    private static SectionOutcome run(AuditSettings settings) {
        return new PipelineHealthAudit().run(withHistory(DEALS, HISTORY), settings);
    }

    @Test
    void staleDealsAreOpenLongerThanTwoNormalCycles() {
        SectionOutcome outcome = run(SETTINGS);
        assertEquals(new Value.Quantity(new BigDecimal("75.5")), figure(outcome, "audit.pipeline_health.normal_cycle_days"));
        assertEquals(new Value.Count(151), figure(outcome, "audit.pipeline_health.stale_after_days"));
        assertEquals(new Value.Count(1), figure(outcome, "audit.pipeline_health.stale_deals"));
        assertEquals(money("50000.00"), figure(outcome, "audit.pipeline_health.stale_value"));
        assertEquals(money("40000.00"), figure(outcome, "audit.pipeline_health.stale_weighted"));
        // weighted open pipeline 40,000 + 6,000 + 8,000 = 54,000, without the stale deal 14,000
        assertEquals(money("14000.00"), figure(outcome, "audit.pipeline_health.weighted_without_stale"));
        Table stale = table(outcome, "audit.pipeline_health.stale");
        assertEquals(new Value.Count(183), cell(stale, "OLD", "age_days"));
        assertEquals(1, stale.rows().size());
    }

    @Test
    void theChartSplitsEachStageIntoActiveAndStaleValue() {
        List<Deal> deals = new java.util.ArrayList<>(DEALS);
        // a second stale deal in the same stage as OLD, and an active one beside it
        deals.add(deal("OLD2", "R2", "2026-04-01", "2026-12-15", "Final negotiation", "7000", DealStatus.OPEN));
        deals.add(deal("NEW", "R2", "2026-10-01", "2026-12-15", "Final negotiation", "3000", DealStatus.OPEN));
        Section section = (Section) new PipelineHealthAudit().run(withHistory(deals, HISTORY), SETTINGS);
        org.salesaudit.report.Chart chart = section.charts().get(0);
        List<String> stages = chart.series().get(0).points().stream().map(p -> p.label().literal()).toList();
        int negotiation = stages.indexOf("Final negotiation");
        int qualified = stages.indexOf("Qualified");
        assertEquals(0, new BigDecimal("3000").compareTo(chart.series().get(0).points().get(negotiation).y()));
        assertEquals(0, new BigDecimal("57000").compareTo(chart.series().get(1).points().get(negotiation).y()));
        assertEquals(0, new BigDecimal("30000").compareTo(chart.series().get(0).points().get(qualified).y()));
        assertEquals(0, BigDecimal.ZERO.compareTo(chart.series().get(1).points().get(qualified).y()));
    }

    @Test
    void theStaleFactorIsASetting() {
        AuditSettings three = new AuditSettings(AS_OF, USD, StageProbabilities.defaults(), new BigDecimal("3"),
                Optional.empty());
        assertEquals(new Value.Count(0), figure(run(three), "audit.pipeline_health.stale_deals"));
        assertEquals(new Value.Count(227), figure(run(three), "audit.pipeline_health.stale_after_days"));
    }

    @Test
    void countsPushedAndOverdueCloseDates() {
        SectionOutcome outcome = run(SETTINGS);
        assertEquals(new Value.Count(1), figure(outcome, "audit.pipeline_health.overdue_deals"));
        assertEquals(new Value.Count(1), figure(outcome, "audit.pipeline_health.pushed_deals"));
        assertEquals(new Value.Count(1), figure(outcome, "audit.pipeline_health.repeatedly_pushed_deals"));
        Table pushed = table(outcome, "audit.pipeline_health.pushed");
        assertEquals(new Value.Count(2), cell(pushed, "SLIP", "pushes"));
        assertEquals(new Value.Date(java.time.LocalDate.parse("2026-09-30")), cell(pushed, "SLIP", "first_close_date"));
    }

    @Test
    void quarterEndShareIsTheShareOfWinsInTheLastMonthOfAQuarter() {
        assertEquals(ratio("0.500000"), figure(run(SETTINGS), "audit.pipeline_health.quarter_end_share"));
    }

    @Test
    void staleAndPushedDealsAreFindingsWorthTheirWeightedValue() {
        List<Finding> findings = ((Section) run(SETTINGS)).findings();
        assertEquals("finding.pipeline_health.stale", findings.get(0).messageKey());
        assertEquals(new BigDecimal("40000.00"), findings.get(0).moneyAtStake());
        assertEquals("finding.pipeline_health.pushed", findings.get(1).messageKey());
        assertEquals(new BigDecimal("8000.00"), findings.get(1).moneyAtStake());
    }

    @Test
    void withoutStageHistoryPushesAreNotAvailable() {
        SectionOutcome outcome = new PipelineHealthAudit().run(AuditFixtures.data(DEALS, List.of(), List.of()),
                SETTINGS);
        assertEquals(Value.notAvailable(), figure(outcome, "audit.pipeline_health.pushed_deals"));
    }

    @Test
    void skipsWithoutWonDeals() {
        assertInstanceOf(Skipped.class, new PipelineHealthAudit().run(AuditFixtures.data(
                List.of(deal("O", "R1", "2026-01-01", null, "Qualified", "10", DealStatus.OPEN)), List.of(),
                List.of()), SETTINGS));
    }
}
