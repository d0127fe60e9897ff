package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;
import static org.salesaudit.audit.AuditFixtures.withLeads;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Lead;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * The domain's points (pricing page +10, open +1, click +3, persona +5, bad data −5). Customers score
 * 20 (1 visit, 2 opens, 1 click, persona), 10 (5 opens, persona), 11 (2 visits, 2 clicks, bad data);
 * dropped leads 1 (1 open), 10 (1 visit), 11 (3 opens, 1 click, persona) and −5 (bad data); an open MQL
 * and a lead without scoring attributes are left out. Pairs won by customers, ties half:
 * 20 beats all four (4), 10 beats 1 and −5 and ties 10 (2.5), 11 beats 1, 10, −5 and ties 11 (3.5):
 * AUC = 10 / 12 = 0.833.
 */
class LeadScoringAuditTest {

    private static int row = 1;

    private static Lead lead(String stage, boolean customer, Integer visits, Integer opens, Integer clicks,
            Boolean persona, Boolean bad) {
        LocalDate d = LocalDate.of(2026, 2, 1);
        return new Lead("L" + (++row), d.atTime(9, 0), "Web", null, null, stage, null, null, null,
                customer ? d.plusDays(30) : null, stage.equals("Disqualified") ? d.plusDays(5) : null, null, null,
                null, visits, opens, clicks, persona, bad, null, null, null, new SourceRef("t", "Leads", row));
    }

    private static SectionOutcome run(AuditSettings settings) {
        return new LeadScoringAudit().run(withLeads(List.of(
                lead("Customer", true, 1, 2, 1, true, false),
                lead("Customer", true, 0, 5, 0, true, false),
                lead("Customer", true, 2, 0, 2, false, true),
                lead("Disqualified", false, 0, 1, 0, false, false),
                lead("Disqualified", false, 1, 0, 0, false, false),
                lead("Disqualified", false, 0, 3, 1, true, false),
                lead("Recycled", false, 0, 0, 0, false, true),
                lead("MQL", false, 5, 5, 5, true, false),
                lead("Disqualified", false, null, null, null, null, null))), settings);
    }

    @Test
    void areaUnderTheCurveOfTheDomainsPoints() {
        SectionOutcome outcome = run(SETTINGS);
        assertEquals(new Value.Count(3), figure(outcome, "audit.lead_scoring.customers"));
        assertEquals(new Value.Count(4), figure(outcome, "audit.lead_scoring.dropped"));
        assertEquals(0.833, number(figure(outcome, "audit.lead_scoring.auc")), 1e-9);
    }

    /** At 15: only the 20 is handed over (precision 1, recall 1/3); at 10: 3 customers and 2 dropped. */
    @Test
    void precisionAndRecallAtTheThreshold() {
        SectionOutcome outcome = run(SETTINGS);
        assertEquals(ratio("1.000000"), figure(outcome, "audit.lead_scoring.precision"));
        assertEquals(ratio("0.333333"), figure(outcome, "audit.lead_scoring.recall"));
        Table thresholds = table(outcome, "audit.lead_scoring.thresholds");
        List<Value> ten = thresholds.rows().stream().filter(r -> r.get(0).equals(new Value.Count(10))).findFirst()
                .orElseThrow();
        assertEquals(new Value.Count(5), ten.get(1));
        assertEquals(ratio("0.600000"), ten.get(3));
        assertEquals(ratio("1.000000"), ten.get(4));
    }

    @Test
    void pointsAndThresholdAreSettings() {
        AuditSettings clicksOnly = new AuditSettings(AuditFixtures.AS_OF, AuditFixtures.USD,
                StageProbabilities.defaults(), AuditSettings.DEFAULT_STALE_FACTOR, java.util.Optional.empty(),
                ResponseSla.DEFAULT, new ScoringModel(0, 0, 1, 0, 0, 1));
        // clicks: customers 1, 0, 2; dropped 0, 0, 1, 0 -> 1 beats 3 and ties 1 (3.5), 0 ties 3 (1.5), 2 beats 4
        assertEquals(0.750, number(figure(run(clicksOnly), "audit.lead_scoring.auc")), 1e-9);
    }

    @Test
    void aScoreNoBetterThanChanceIsAFinding() {
        AuditSettings flat = new AuditSettings(AuditFixtures.AS_OF, AuditFixtures.USD, StageProbabilities.defaults(),
                AuditSettings.DEFAULT_STALE_FACTOR, java.util.Optional.empty(), ResponseSla.DEFAULT,
                new ScoringModel(0, 0, 0, 0, 0, 0));
        assertEquals("finding.lead_scoring.no_separation", ((Section) run(flat)).findings().get(0).messageKey());
    }

    @Test
    void skipsWithoutOutcomes() {
        assertInstanceOf(Skipped.class, new LeadScoringAudit().run(withLeads(List.of(
                lead("MQL", false, 1, 1, 1, true, false))), SETTINGS));
    }
}
