package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.lead;
import static org.salesaudit.audit.AuditFixtures.leads;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;
import static org.salesaudit.audit.AuditFixtures.withLeads;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesaudit.model.Lead;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

class FunnelAuditTest {

    /** Referral 100 leads (20 customers), Website 80 (8), Events 50 (2), all created in the window. */
    private static List<Lead> threeChannels() {
        List<Lead> all = new ArrayList<>();
        all.addAll(leads("Referral", "2026-03-10", 100, 90, 40, 20));
        all.addAll(leads("Website", "2026-04-10", 80, 40, 20, 8));
        all.addAll(leads("Events", "2026-05-10", 50, 20, 10, 2));
        return all;
    }

    @Test
    void countsTheCohortOfTheWindowStepByStep() {
        List<Lead> all = new ArrayList<>(threeChannels());
        all.add(lead("old", "2025-10-31", "Referral", "2025-11-01", null, "2025-11-02", "2026-01-01"));
        SectionOutcome outcome = new FunnelAudit().run(withLeads(all), SETTINGS);
        assertEquals(new Value.Count(230), figure(outcome, "audit.funnel.leads"));
        assertEquals(new Value.Count(30), figure(outcome, "audit.funnel.customers"));
        assertEquals(ratio("0.130435"), figure(outcome, "audit.funnel.lead_to_customer"));
        Table steps = table(outcome, "audit.funnel.steps");
        assertEquals(new Value.Count(150), cell(steps, "MQL", "reached"));
        assertEquals(new Value.Count(70), cell(steps, "SAL", "reached"));
        assertEquals(new Value.Count(70), cell(steps, "SQL", "reached"));
        assertEquals(ratio("0.466667"), cell(steps, "SAL", "conversion"));
        assertEquals(new Value.Count(80), cell(steps, "SAL", "fell_out"));
        assertEquals(ratio("0.428571"), cell(steps, "Customer", "conversion"));
    }

    /**
     * 30 customers of 70 SQLs: Wilson 95 % interval from the closed formula (Python 3 standard
     * library, z = NormalDist().inv_cdf(0.975)): 0.3193531 to 0.5452216.
     */
    @Test
    void stepConversionCarriesItsWilsonInterval() {
        Table steps = table(new FunnelAudit().run(withLeads(threeChannels()), SETTINGS), "audit.funnel.steps");
        assertEquals(0.3193531, number(cell(steps, "Customer", "low")), 1e-6);
        assertEquals(0.5452216, number(cell(steps, "Customer", "high")), 1e-6);
    }

    /**
     * Channels × (customer, not customer) = [[20, 80], [8, 72], [2, 48]]: Pearson's chi-square by hand
     * (expected = row total × column total / 230) is 8.525333; with 2 degrees of freedom the p-value
     * is exp(-8.525333 / 2) = 0.014085 (the chi-square survival function for 2 degrees of freedom).
     */
    @Test
    void channelsAreComparedWithAChiSquareTest() {
        SectionOutcome outcome = new FunnelAudit().run(withLeads(threeChannels()), SETTINGS);
        assertEquals(8.525333, number(figure(outcome, "audit.funnel.channel_chi_square")), 1e-3);
        assertEquals(new Value.Count(2), figure(outcome, "audit.funnel.channel_degrees_of_freedom"));
        assertEquals(0.014085, number(figure(outcome, "audit.funnel.channel_p_value")), 1e-6);
        Finding differ = ((Section) outcome).findings().stream()
                .filter(f -> f.messageKey().equals("finding.funnel.channels_differ")).findFirst().orElseThrow();
        assertEquals(new Value.Text("Referral"), differ.args().get(2));
        assertEquals(new Value.Text("Events"), differ.args().get(4));
        Table byChannel = table(outcome, "audit.funnel.by_channel");
        assertEquals(ratio("0.040000"), cell(byChannel, "Events", "customer_rate"));
    }

    @Test
    void channelsThatDoNotDifferGiveNoFinding() {
        List<Lead> all = new ArrayList<>();
        all.addAll(leads("Referral", "2026-03-10", 100, 50, 20, 10));
        all.addAll(leads("Website", "2026-03-10", 100, 50, 20, 11));
        Section section = (Section) new FunnelAudit().run(withLeads(all), SETTINGS);
        assertTrue(section.findings().stream().noneMatch(f -> f.messageKey().equals("finding.funnel.channels_differ")));
    }

    @Test
    void theWeakestStepIsAFinding() {
        Section section = (Section) new FunnelAudit().run(withLeads(threeChannels()), SETTINGS);
        Finding weakest = section.findings().get(0);
        assertEquals("finding.funnel.weakest_step", weakest.messageKey());
        assertEquals(new Value.Text("Customer"), weakest.args().get(1));
    }

    @Test
    void recycledLeadsAreCounted() {
        Lead recycled = new Lead("R", java.time.LocalDateTime.of(2026, 3, 1, 9, 0), "Web", null, null, " recycled ",
                java.time.LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, new org.salesaudit.model.SourceRef("t", "Leads", 99));
        List<Lead> all = new ArrayList<>(threeChannels());
        all.add(recycled);
        assertEquals(new Value.Count(1), figure(new FunnelAudit().run(withLeads(all), SETTINGS), "audit.funnel.recycled"));
    }

    @Test
    void aLeadWithALaterStepPassedTheEarlierOnes() {
        List<Lead> all = List.of(lead("a", "2026-03-01", "Web", null, null, "2026-03-05", null),
                lead("b", "2026-03-01", "Web", "2026-03-02", null, null, null));
        Table steps = table(new FunnelAudit().run(withLeads(all), SETTINGS), "audit.funnel.steps");
        assertEquals(new Value.Count(2), cell(steps, "MQL", "reached"));
        assertEquals(4, steps.rows().size(), "no lead records SAL, so the step is left out");
    }

    @Test
    void skipsWithoutLeadsOrWithoutLeadsInTheWindow() {
        assertInstanceOf(Skipped.class, new FunnelAudit().run(AuditFixtures.data(List.of(), List.of(), List.of()),
                SETTINGS));
        Skipped skipped = (Skipped) new FunnelAudit().run(
                withLeads(List.of(lead("x", "2020-01-01", "Web", null, null, null, null))), SETTINGS);
        assertEquals("skipped.funnel.noLeadsInWindow", skipped.reasonKey());
    }

    /** Property: for any data, counts never rise along the funnel and every rate lies within [0, 1]. */
    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void countsAreMonotoneAndRatesWithinZeroAndOne(long seed) {
        Random random = new Random(seed);
        List<Lead> all = new ArrayList<>();
        String[] channels = { "A", "B", "C" };
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            all.add(lead("L" + i, "2026-0" + (1 + random.nextInt(9)) + "-15", channels[random.nextInt(3)],
                    random.nextBoolean() ? "2026-10-01" : null, random.nextInt(3) == 0 ? "2026-10-02" : null,
                    random.nextInt(4) == 0 ? "2026-10-03" : null, random.nextInt(8) == 0 ? "2026-10-04" : null));
        }
        SectionOutcome outcome = new FunnelAudit().run(withLeads(all), SETTINGS);
        Table steps = table(outcome, "audit.funnel.steps");
        long previous = Long.MAX_VALUE;
        for (List<Value> row : steps.rows()) {
            long reached = ((Value.Count) row.get(1)).count();
            assertTrue(reached <= previous, "funnel rises at " + row.get(0));
            previous = reached;
            for (Value v : row) {
                if (v instanceof Value.Ratio r) {
                    assertTrue(r.fraction().signum() >= 0 && r.fraction().compareTo(java.math.BigDecimal.ONE) <= 0);
                }
            }
        }
        for (List<Value> row : table(outcome, "audit.funnel.by_channel").rows()) {
            for (Value v : row) {
                if (v instanceof Value.Ratio r) {
                    assertTrue(r.fraction().signum() >= 0 && r.fraction().compareTo(java.math.BigDecimal.ONE) <= 0);
                }
            }
        }
    }
}
