package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salesaudit.model.Activity;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Selling time: the share of a rep's working time spent with prospects, over the analysis window.
 * Time with prospects is the Σ duration of the rep's calls and meetings (e-mails do not count: writing
 * an e-mail is not time with the prospect) dated in the window and within the rep's employment. Working
 * time is the working days (Monday to Friday) of the window while the rep was employed (the Reps sheet's
 * start and end dates, both included; open ends run to the window's ends) × {@code audit.working_hours_per_day}
 * × 60. Reps with at least one call or meeting with a duration are measured; the team figure is Σ minutes /
 * Σ available minutes over them.
 */
public final class SellingTimeAudit implements Audit {

    static final String ID = "selling_time";
    private static final String TITLE = "section.selling_time.title";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.ACTIVITIES, Dataset.REPS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        Map<String, Rep> reps = new LinkedHashMap<>();
        data.reps().forEach(r -> reps.putIfAbsent(r.id().strip(), r));
        Map<String, RepTime> times = new LinkedHashMap<>();
        long withoutDuration = 0;
        for (Activity a : data.activities()) {
            LocalDate day = a.at().toLocalDate();
            if (!isSellingTouch(a.type()) || !settings.inWindow(day) || a.repId() == null) {
                continue;
            }
            Rep rep = reps.get(a.repId().strip());
            if (rep == null || !employed(rep, day)) {
                continue;
            }
            if (a.durationMinutes() == null || a.durationMinutes().signum() < 0) {
                withoutDuration++;
                continue;
            }
            RepTime t = times.computeIfAbsent(rep.id().strip(), id -> new RepTime(rep));
            t.minutes = t.minutes.add(a.durationMinutes());
            t.activities++;
        }
        if (times.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.selling_time.noDurations", List.of());
        }
        BigDecimal minutesPerDay = settings.workingHoursPerDay().multiply(MINUTES_PER_HOUR);
        BigDecimal minutes = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        long activities = 0;
        for (RepTime t : times.values()) {
            LocalDate from = later(settings.windowStart(), t.rep.startDate());
            LocalDate to = earlier(settings.asOf(), t.rep.endDate());
            t.workingDays = workingDays(from, to);
            t.available = minutesPerDay.multiply(BigDecimal.valueOf(t.workingDays));
            minutes = minutes.add(t.minutes);
            available = available.add(t.available);
            activities += t.activities;
        }
        List<RepTime> sorted = new ArrayList<>(times.values());
        sorted.sort(Comparator.comparing((RepTime t) -> share(t.minutes, t.available).orElse(BigDecimal.ZERO))
                .reversed().thenComparing(t -> t.rep.id()));
        List<List<Value>> rows = new ArrayList<>();
        for (RepTime t : sorted) {
            rows.add(List.of(new Value.Text(t.rep.id()), new Value.Text(t.rep.displayName()),
                    t.rep.team() == null ? Value.notAvailable() : new Value.Text(t.rep.team()),
                    new Value.Count(t.workingDays), new Value.Quantity(t.available.setScale(1, RoundingMode.HALF_UP)),
                    new Value.Quantity(t.minutes.setScale(1, RoundingMode.HALF_UP)), new Value.Count(t.activities),
                    Amounts.ratio(t.minutes, t.available)));
        }
        List<Figure> figures = List.of(
                new Figure("audit.selling_time.team", "figure.audit.selling_time.team",
                        Amounts.ratio(minutes, available)),
                new Figure("audit.selling_time.minutes", "figure.audit.selling_time.minutes",
                        new Value.Quantity(minutes.setScale(1, RoundingMode.HALF_UP))),
                new Figure("audit.selling_time.available_minutes", "figure.audit.selling_time.available_minutes",
                        new Value.Quantity(available.setScale(1, RoundingMode.HALF_UP))),
                new Figure("audit.selling_time.activities", "figure.audit.selling_time.activities",
                        new Value.Count(activities)),
                new Figure("audit.selling_time.without_duration", "figure.audit.selling_time.without_duration",
                        new Value.Count(withoutDuration)),
                new Figure("audit.selling_time.reps", "figure.audit.selling_time.reps", new Value.Count(times.size())));
        Table table = new Table("audit.selling_time.by_rep", "table.audit.selling_time.by_rep", List.of(
                new Column("rep_id", "column.rep_id"), new Column("rep_name", "column.rep_name"),
                new Column("team", "column.team"), new Column("working_days", "column.working_days"),
                new Column("available_minutes", "column.available_minutes"),
                new Column("minutes", "column.selling_minutes"), new Column("activities", "column.selling_activities"),
                new Column("selling_time", "column.selling_time")), rows);
        return new Section(ID, TITLE, figures, List.of(table));
    }

    /** @return whether the activity type is a call or a meeting (ignoring case and surrounding spaces) */
    static boolean isSellingTouch(String type) {
        if (type == null) {
            return false;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("call") || t.equals("meeting");
    }

    /** @return the days Monday to Friday from {@code from} to {@code to}, both included (0 when empty) */
    static long workingDays(LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    private static boolean employed(Rep rep, LocalDate day) {
        return (rep.startDate() == null || !day.isBefore(rep.startDate()))
                && (rep.endDate() == null || !day.isAfter(rep.endDate()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Optional<BigDecimal> share(BigDecimal minutes, BigDecimal available) {
        return available.signum() == 0 ? Optional.empty()
                : Optional.of(minutes.divide(available, Amounts.RATIO_SCALE, RoundingMode.HALF_UP));
    }

    /** One rep's minutes with prospects and working time. */
    private static final class RepTime {
        final Rep rep;
        BigDecimal minutes = BigDecimal.ZERO;
        long activities;
        long workingDays;
        BigDecimal available = BigDecimal.ZERO;

        RepTime(Rep rep) {
            this.rep = rep;
        }
    }
}
