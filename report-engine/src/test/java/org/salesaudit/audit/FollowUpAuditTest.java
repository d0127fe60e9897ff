package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.AS_OF;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Activity;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Lead;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Warm leads (24 h): W1 touched after 2 h and reached SQL, W2 after 30 h, W3 never (an MQL), W4 created
 * on the as-of day at noon (its 24 h have not passed: not counted). Cold leads (72 h): C1 after 10 h
 * (SQL), C2 after 100 h, C3 after 50 h. Due: 6, breaches W2, W3, C2. Warm hours {2, 30}: median 16, P90
 * (Excel PERCENTILE.INC) 2 + 0.9 × 28 = 27.2; cold {10, 50, 100}: median 50, P90 50 + 0.8 × 50 = 90.
 * SQL by promptness: within [2 SQL, 1 not], late [0, 2]; Pearson chi-square by hand 2.2222 on 1 degree
 * of freedom, p = erfc(sqrt(2.2222 / 2)) = 0.136037 (Python 3 math.erfc).
 */
class FollowUpAuditTest {

    private static int row = 1;

    private static Lead lead(String id, String temperature, LocalDateTime created, Double hoursToTouch, boolean mql,
            boolean sql, LocalDate disqualified) {
        return new Lead(id, created, "Web", null, "R1", null, mql || sql ? created.toLocalDate() : null, null,
                sql ? created.toLocalDate() : null, null, disqualified,
                hoursToTouch == null ? null : created.plusMinutes(Math.round(hoursToTouch * 60)), temperature, null,
                null, null, null, null, null, null, null, null, new SourceRef("t", "Leads", ++row));
    }

    private static Activity touch(String lead, String deal, Boolean reached) {
        return new Activity("A" + (++row), LocalDateTime.of(2026, 4, 2, 10, 0), "R1", lead, deal, "Call", null, reached,
                new SourceRef("t", "Activities", row));
    }

    private static SalesData data() {
        LocalDateTime t = LocalDateTime.of(2026, 3, 2, 9, 0);
        List<Lead> leads = List.of(lead("W1", "Warm", t, 2.0, true, true, null),
                lead("W2", "Warm", t, 30.0, true, false, LocalDate.of(2026, 4, 1)),
                lead("W3", "Warm", t, null, true, false, null),
                lead("W4", "Warm", AS_OF.atTime(12, 0), null, false, false, null),
                lead("C1", "Cold", t, 10.0, true, true, null), lead("C2", "Cold", t, 100.0, false, false, null),
                lead("C3", "Cold", t, 50.0, false, false, LocalDate.of(2026, 4, 1)));
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            activities.add(touch("W1", "D1", i % 2 == 0));
        }
        activities.add(touch(null, "D2", true));
        activities.add(touch(null, "D2", true));
        activities.add(touch("W2", null, false));
        for (int i = 0; i < 5; i++) {
            activities.add(touch("C3", null, null));
        }
        List<Deal> deals = List.of(
                new Deal("D1", "W1", "R1", null, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 5, 1), "Closed Won", null,
                        BigDecimal.TEN, USD, DealStatus.WON, null, null, null, new SourceRef("t", "Deals", 2)),
                new Deal("D2", null, "R1", null, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 5, 1), "Closed Won", null,
                        BigDecimal.TEN, USD, DealStatus.WON, null, null, null, new SourceRef("t", "Deals", 3)));
        return new SalesData(deals, List.of(), List.of(), leads, List.of(), activities, List.of(), List.of(),
                EnumSet.of(Dataset.DEALS, Dataset.LEADS, Dataset.ACTIVITIES));
    }

    @Test
    void promptnessByTemperatureAgainstTheAgreement() {
        SectionOutcome outcome = new FollowUpAudit().run(data(), SETTINGS);
        assertEquals(new Value.Count(6), figure(outcome, "audit.follow_up.leads"));
        assertEquals(new Value.Count(3), figure(outcome, "audit.follow_up.sla_breaches"));
        assertEquals(new Value.Count(1), figure(outcome, "audit.follow_up.mql_never_touched"));
        Table temperatures = table(outcome, "audit.follow_up.by_temperature");
        assertEquals(16.0, number(cell(temperatures, "Warm", "median_hours")), 1e-9);
        assertEquals(27.2, number(cell(temperatures, "Warm", "p90_hours")), 1e-9);
        assertEquals(90.0, number(cell(temperatures, "Cold", "p90_hours")), 1e-9);
        assertEquals(ratio("0.333333"), cell(temperatures, "Warm", "within_sla"));
        assertEquals(new Value.Count(1), cell(temperatures, "Warm", "never_touched"));
    }

    @Test
    void fasterResponseAgainstConversionToSql() {
        SectionOutcome outcome = new FollowUpAudit().run(data(), SETTINGS);
        assertEquals(ratio("0.666667"), figure(outcome, "audit.follow_up.sql_rate_within_sla"));
        assertEquals(ratio("0.000000"), figure(outcome, "audit.follow_up.sql_rate_late"));
        assertEquals(0.136037, number(figure(outcome, "audit.follow_up.speed_p_value")), 1e-6);
    }

    /** D1 has 6 touches, D2 2: half the won deals had five or more; W2 dropped after 1 touch, C3 after 5. */
    @Test
    void persistenceAndPerformance() {
        Section section = (Section) new FollowUpAudit().run(data(), SETTINGS);
        assertEquals(ratio("0.500000"), figure(section, "audit.follow_up.won_with_five_touches"));
        assertEquals(ratio("0.500000"), figure(section, "audit.follow_up.dropped_after_fewer"));
        assertEquals(ratio("0.555556"), figure(section, "audit.follow_up.reached_share"));
        assertEquals(List.of("finding.follow_up.sla", "finding.follow_up.persistence"),
                section.findings().stream().map(Finding::messageKey).toList());
    }

    @Test
    void theAgreementIsASetting() {
        AuditSettings generous = new AuditSettings(AS_OF, USD, StageProbabilities.defaults(),
                AuditSettings.DEFAULT_STALE_FACTOR, Optional.empty(), new ResponseSla(48, 200));
        assertEquals(new Value.Count(1), figure(new FollowUpAudit().run(data(), generous),
                "audit.follow_up.sla_breaches"));
    }

    @Test
    void skipsWithoutLeads() {
        assertInstanceOf(Skipped.class, new FollowUpAudit().run(AuditFixtures.data(List.of(), List.of(), List.of()),
                SETTINGS));
    }
}
