package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.lead;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.table;
import static org.salesaudit.audit.AuditFixtures.withLeads;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Lead;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Value;

/**
 * Monthly leads 2025-11 … 2026-10: 30, 28, 27, 25, 26, 22, 21, 20, 18, 19, 15, 14 (265 in all). Least
 * squares by hand (Python 3 standard library): slope −1.4090909 leads a month, standard error
 * sqrt(SSE / 10 / Sxx) = 0.0792661; with Student's t(0.975, 10 df) = 2.2281389 (any t table: 2.228) the
 * 95 % interval is −1.5857067 to −1.2324751.
 */
class LeadGenerationAuditTest {

    private static final int[] MONTHLY = {30, 28, 27, 25, 26, 22, 21, 20, 18, 19, 15, 14};

    private static SectionOutcome run() {
        List<Lead> leads = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            YearMonth month = YearMonth.of(2025, 11).plusMonths(m);
            for (int i = 0; i < MONTHLY[m]; i++) {
                leads.add(lead("L" + m + "-" + i, month.atDay(5).toString(), i % 2 == 0 ? "Web" : "Ads", null, null,
                        null, null));
            }
        }
        leads.add(lead("before", "2025-10-31", "Web", null, null, null, null));
        leads.add(lead("after", "2026-11-01", "Web", null, null, null, null));
        return new LeadGenerationAudit().run(withLeads(leads), SETTINGS);
    }

    @Test
    void trendIsTheRegressionSlopeWithItsConfidenceInterval() {
        SectionOutcome outcome = run();
        assertEquals(new Value.Count(265), figure(outcome, "audit.lead_generation.leads"));
        assertEquals(22.1, number(figure(outcome, "audit.lead_generation.mean_per_month")), 1e-9);
        assertEquals(-1.41, number(figure(outcome, "audit.lead_generation.trend_per_month")), 1e-9);
        assertEquals(-1.59, number(figure(outcome, "audit.lead_generation.trend_low")), 1e-9);
        assertEquals(-1.23, number(figure(outcome, "audit.lead_generation.trend_high")), 1e-9);
    }

    @Test
    void aFallingVolumeIsAFinding() {
        List<Finding> findings = ((Section) run()).findings();
        assertEquals("finding.lead_generation.falling", findings.get(0).messageKey());
        assertEquals(1.4, number(findings.get(0).args().get(0)), 1e-9);
    }

    @Test
    void countsPerMonthAndSource() {
        SectionOutcome outcome = run();
        assertEquals(new Value.Count(30), cell(table(outcome, "audit.lead_generation.by_month"), "2025-11", "leads"));
        assertEquals(new Value.Count(14), cell(table(outcome, "audit.lead_generation.by_month"), "2026-10", "leads"));
        // 15 + 14 + 14 + 13 + 13 + 11 + 11 + 10 + 9 + 10 + 8 + 7 leads with an even index are Web
        assertEquals(new Value.Count(135), cell(table(outcome, "audit.lead_generation.by_source"), "Web", "leads"));
    }

    @Test
    void theMonthsAreTheTwelveCompleteOnesOnTheAsOfDate() {
        assertEquals(YearMonth.of(2026, 10), LeadGenerationAudit.months(LocalDate.of(2026, 10, 31)).get(11));
        assertEquals(YearMonth.of(2026, 9), LeadGenerationAudit.months(LocalDate.of(2026, 10, 30)).get(11));
        assertEquals(YearMonth.of(2025, 10), LeadGenerationAudit.months(LocalDate.of(2026, 10, 30)).get(0));
    }

    @Test
    void skipsWithoutLeads() {
        assertInstanceOf(Skipped.class, new LeadGenerationAudit().run(withLeads(List.of()), SETTINGS));
    }
}
