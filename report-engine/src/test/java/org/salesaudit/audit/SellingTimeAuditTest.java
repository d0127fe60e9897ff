package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.AS_OF;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.figure;
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
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Value;

/**
 * Window 2025-11-01 to 2026-10-31 (as of a Saturday).
 *
 * <p>R1 starts on Thursday 2026-10-01, no end: October 2026 has 22 weekdays (20 in four full weeks, plus
 * Thu 29 and Fri 30) = 22 × 8 × 60 = 10,560 minutes. Call 30 + meeting 60 = 90 minutes; an e-mail (10) does
 * not count, a call without duration is left out, a call on 2026-09-30 is before the start date.
 * 90 / 10,560 = 0.0085227… → 0.008523.
 *
 * <p>R2 left on Sunday 2025-11-30: November 2025 starts on a Saturday, weekdays 3–28 = 20 days = 9,600
 * minutes. Meeting 480 + " call " 120 = 600 minutes (a call on 2025-10-31 is before the window, one on
 * 2025-12-01 after the end date). 600 / 9,600 = 0.0625.
 *
 * <p>R3 only writes e-mails and is not measured; X9 is not on the Reps sheet. Team: 690 / 20,160 =
 * 0.0342261… → 0.034226.
 */
class SellingTimeAuditTest {

    private final SellingTimeAudit audit = new SellingTimeAudit();

    private static Rep rep(String id, String start, String end) {
        return new Rep(id, "Name " + id, "East", "Senior", null, null, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), "en", new SourceRef("t.xlsx", "Reps", 2));
    }

    private static Activity activity(String rep, String day, String type, String minutes) {
        return new Activity(null, LocalDate.parse(day).atTime(10, 0), rep, null, null, type,
                minutes == null ? null : new BigDecimal(minutes), null, new SourceRef("t.xlsx", "Activities", 2));
    }

    private static SalesData data(List<Activity> activities) {
        List<Rep> reps = List.of(rep("R1", "2026-10-01", null), rep("R2", "2020-01-01", "2025-11-30"),
                rep("R3", null, null));
        return new SalesData(List.of(), reps, List.of(), List.of(), List.of(), activities, List.of(), List.of(),
                EnumSet.of(Dataset.REPS, Dataset.ACTIVITIES));
    }

    private static List<Activity> activities() {
        return new ArrayList<>(List.of(
                activity("R1", "2026-10-05", "Call", "30"),
                activity("R1", "2026-10-06", "Meeting", "60"),
                activity("R1", "2026-10-07", "Email", "10"),
                activity("R1", "2026-10-08", "Call", null),
                activity("R1", "2026-09-30", "Call", "45"),
                activity("R2", "2025-11-10", "Meeting", "480"),
                activity("R2", "2025-11-12", " call ", "120"),
                activity("R2", "2025-10-31", "Call", "60"),
                activity("R2", "2025-12-01", "Call", "60"),
                activity("R3", "2026-03-02", "Email", "5"),
                activity("X9", "2026-03-02", "Call", "300")));
    }

    @Test
    void sellingTimeIsCallAndMeetingMinutesOverWorkingMinutesWhileEmployed() {
        var s = audit.run(data(activities()), SETTINGS);

        assertEquals(ratio("0.034226"), figure(s, "audit.selling_time.team"));
        assertEquals(new Value.Quantity(new BigDecimal("690.0")), figure(s, "audit.selling_time.minutes"));
        assertEquals(new Value.Quantity(new BigDecimal("20160.0")), figure(s, "audit.selling_time.available_minutes"));
        assertEquals(new Value.Count(4), figure(s, "audit.selling_time.activities"));
        assertEquals(new Value.Count(1), figure(s, "audit.selling_time.without_duration"));
        assertEquals(new Value.Count(2), figure(s, "audit.selling_time.reps"));
        var reps = table(s, "audit.selling_time.by_rep");
        assertEquals(2, reps.rows().size());
        assertEquals(new Value.Text("R2"), reps.rows().get(0).get(0), "highest selling time first");
        assertEquals(new Value.Count(22), cell(reps, "R1", "working_days"));
        assertEquals(new Value.Count(20), cell(reps, "R2", "working_days"));
        assertEquals(new Value.Quantity(new BigDecimal("90.0")), cell(reps, "R1", "minutes"));
        assertEquals(ratio("0.008523"), cell(reps, "R1", "selling_time"));
        assertEquals(ratio("0.062500"), cell(reps, "R2", "selling_time"));
    }

    @Test
    void workingHoursPerDayComeFromTheSettings() {
        AuditSettings six = new AuditSettings(AS_OF, USD, StageProbabilities.defaults(),
                AuditSettings.DEFAULT_STALE_FACTOR, Optional.empty(), ResponseSla.DEFAULT, ScoringModel.DEFAULT,
                new BigDecimal("6"));

        var s = audit.run(data(activities()), six);

        // 690 / (42 days × 6 × 60 = 15,120) = 0.0456349…
        assertEquals(ratio("0.045635"), figure(s, "audit.selling_time.team"));
        assertEquals(ratio("0.011364"), cell(table(s, "audit.selling_time.by_rep"), "R1", "selling_time"));
    }

    @Test
    void skippedWhenNoCallOrMeetingHasADuration() {
        var s = audit.run(data(List.of(activity("R1", "2026-10-05", "Call", null),
                activity("R1", "2026-10-06", "Email", "10"))), SETTINGS);

        Skipped skipped = assertInstanceOf(Skipped.class, s);
        assertEquals("skipped.selling_time.noDurations", skipped.reasonKey());
    }

    @Test
    void workingDaysCountMondayToFriday() {
        assertEquals(5, SellingTimeAudit.workingDays(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 31)));
        assertEquals(0, SellingTimeAudit.workingDays(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 30)));
    }
}
