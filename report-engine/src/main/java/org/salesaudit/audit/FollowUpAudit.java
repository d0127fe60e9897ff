package org.salesaudit.audit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.salesaudit.model.Activity;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Lead;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Follow-up, the four pillars. Promptness: hours from lead creation to the first sales touch, by
 * temperature (median, 90th percentile, share touched within the agreed hours, {@link ResponseSla}),
 * over the leads of the analysis window whose deadline had passed on the as-of date; and whether
 * leads touched within the agreement reach SQL more often (chi-square test on the 2 × 2 table).
 * Persistence: touches (activities on the deal or its lead) of the deals won in the window, share with
 * at least {@value #PERSISTENT_TOUCHES}; and of the leads dropped in the window (disqualified without
 * reaching SQL), the share abandoned after fewer. Performance: the share of the window's touches that
 * reached the prospect. Personalisation is not measured: the activity data does not say how personal a
 * touch was.
 */
public final class FollowUpAudit implements Audit {

    static final String ID = "follow_up";
    private static final String TITLE = "section.follow_up.title";
    /** About 80 % of deals need at least five follow-ups (domain worked example 8). */
    static final int PERSISTENT_TOUCHES = 5;

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.LEADS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        LocalDateTime end = settings.asOf().plusDays(1).atStartOfDay();
        List<Lead> due = data.leads().stream()
                .filter(l -> l.created() != null && settings.inWindow(l.created().toLocalDate()))
                .filter(l -> !l.created().plusHours(settings.responseSla().hoursFor(l.temperature())).isAfter(end))
                .toList();
        if (due.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.funnel.noLeadsInWindow",
                    List.of(settings.windowStart().toString(), settings.asOf().toString()));
        }
        Map<String, List<Lead>> byTemperature = new TreeMap<>();
        due.forEach(l -> byTemperature.computeIfAbsent(l.temperature() == null || l.temperature().isBlank()
                ? "\u2013" : l.temperature().strip(), t -> new ArrayList<>()).add(l));
        List<List<Value>> rows = new ArrayList<>();
        long[][] slaBySql = new long[2][2];
        long breaches = 0;
        for (Map.Entry<String, List<Lead>> e : byTemperature.entrySet()) {
            List<Lead> leads = e.getValue();
            int hours = settings.responseSla().hoursFor(e.getKey());
            double[] touched = leads.stream().filter(l -> responseHours(l) >= 0).mapToDouble(FollowUpAudit::responseHours)
                    .toArray();
            long within = leads.stream().filter(l -> withinSla(l, settings)).count();
            breaches += leads.size() - within;
            for (Lead l : leads) {
                if (l.firstTouch() != null) {
                    slaBySql[withinSla(l, settings) ? 0 : 1][FunnelStep.SQL.reachedBy(l) ? 0 : 1]++;
                }
            }
            rows.add(List.of(new Value.Text(e.getKey()), new Value.Count(hours), new Value.Count(leads.size()),
                    new Value.Count(leads.size() - touched.length),
                    touched.length == 0 ? Value.notAvailable() : Amounts.quantity(PipelineHealthAudit.median(touched), 1),
                    touched.length == 0 ? Value.notAvailable() : Amounts.quantity(percentile(touched, 90), 1),
                    Amounts.ratio(within, leads.size())));
        }
        long neverTouchedMql = due.stream().filter(l -> l.firstTouch() == null && FunnelStep.MQL.reachedBy(l)).count();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("audit.follow_up.leads", "figure.audit.follow_up.leads", new Value.Count(due.size())),
                new Figure("audit.follow_up.sla_breaches", "figure.audit.follow_up.sla_breaches",
                        new Value.Count(breaches)),
                new Figure("audit.follow_up.within_sla", "figure.audit.follow_up.within_sla",
                        Amounts.ratio(due.size() - breaches, due.size())),
                new Figure("audit.follow_up.mql_never_touched", "figure.audit.follow_up.mql_never_touched",
                        new Value.Count(neverTouchedMql))));
        speedTest(slaBySql, figures);
        List<Finding> findings = new ArrayList<>();
        if (breaches > 0) {
            findings.add(new Finding(ID, "finding.follow_up.sla", List.of(new Value.Count(breaches),
                    new Value.Count(due.size()), new Value.Count(settings.responseSla().warmHours()),
                    new Value.Count(settings.responseSla().coldHours()), new Value.Count(neverTouchedMql)), null));
        }
        if (data.has(Dataset.ACTIVITIES)) {
            persistence(data, settings, figures, findings);
        }
        Table table = new Table("audit.follow_up.by_temperature", "table.audit.follow_up.by_temperature", List.of(
                new Column("temperature", "column.temperature"), new Column("sla_hours", "column.sla_hours"),
                new Column("leads", "column.leads"), new Column("never_touched", "column.never_touched"),
                new Column("median_hours", "column.median_hours"), new Column("p90_hours", "column.p90_hours"),
                new Column("within_sla", "column.within_sla")), rows);
        return new Section(ID, TITLE, figures, List.of(table), List.of(), findings);
    }

    /** Conversion to SQL of leads touched within the agreement against later ones, with a chi-square test. */
    private static void speedTest(long[][] table, List<Figure> figures) {
        figures.add(new Figure("audit.follow_up.sql_rate_within_sla", "figure.audit.follow_up.sql_rate_within_sla",
                Amounts.ratio(table[0][0], table[0][0] + table[0][1])));
        figures.add(new Figure("audit.follow_up.sql_rate_late", "figure.audit.follow_up.sql_rate_late",
                Amounts.ratio(table[1][0], table[1][0] + table[1][1])));
        boolean testable = table[0][0] + table[0][1] > 0 && table[1][0] + table[1][1] > 0
                && table[0][0] + table[1][0] > 0 && table[0][1] + table[1][1] > 0;
        figures.add(new Figure("audit.follow_up.speed_p_value", "figure.audit.follow_up.speed_p_value",
                testable ? Amounts.quantity(new ChiSquareTest().chiSquareTest(table), 6) : Value.notAvailable()));
    }

    private static void persistence(SalesData data, AuditSettings settings, List<Figure> figures,
            List<Finding> findings) {
        Map<String, Long> byDeal = new HashMap<>();
        Map<String, Long> byLead = new HashMap<>();
        long touches = 0;
        long reached = 0;
        AnalysisWindow window = settings.window();
        for (Activity a : data.activities()) {
            if (a.at().toLocalDate().isAfter(settings.asOf())) {
                continue;
            }
            if (a.dealId() != null) {
                byDeal.merge(a.dealId().strip(), 1L, Long::sum);
            }
            if (a.leadId() != null) {
                byLead.merge(a.leadId().strip(), 1L, Long::sum);
            }
            if (window.contains(a.at().toLocalDate()) && a.reached() != null) {
                touches++;
                reached += a.reached() ? 1 : 0;
            }
        }
        long won = 0;
        long persistentWon = 0;
        for (Deal d : data.deals()) {
            if (d.isWon() && window.contains(d.closeDate())) {
                won++;
                long dealTouches = byDeal.getOrDefault(d.id().strip(), 0L);
                if (d.leadId() != null) {
                    dealTouches = Math.max(dealTouches, byLead.getOrDefault(d.leadId().strip(), 0L));
                }
                persistentWon += dealTouches >= PERSISTENT_TOUCHES ? 1 : 0;
            }
        }
        long dropped = 0;
        long abandoned = 0;
        for (Lead l : data.leads()) {
            if (l.disqualifiedDate() != null && settings.inWindow(l.disqualifiedDate()) && !FunnelStep.SQL.reachedBy(l)
                    && l.firstTouch() != null) {
                dropped++;
                abandoned += byLead.getOrDefault(l.id().strip(), 0L) < PERSISTENT_TOUCHES ? 1 : 0;
            }
        }
        figures.add(new Figure("audit.follow_up.won_with_five_touches", "figure.audit.follow_up.won_with_five_touches",
                Amounts.ratio(persistentWon, won)));
        figures.add(new Figure("audit.follow_up.dropped_after_fewer", "figure.audit.follow_up.dropped_after_fewer",
                Amounts.ratio(abandoned, dropped)));
        figures.add(new Figure("audit.follow_up.reached_share", "figure.audit.follow_up.reached_share",
                Amounts.ratio(reached, touches)));
        if (dropped > 0 && won > 0) {
            findings.add(new Finding(ID, "finding.follow_up.persistence", List.of(Amounts.ratio(abandoned, dropped),
                    new Value.Count(PERSISTENT_TOUCHES), Amounts.ratio(persistentWon, won)), null));
        }
    }

    /** @return hours from creation to first touch, or −1 when the lead was never touched */
    private static double responseHours(Lead lead) {
        if (lead.firstTouch() == null || lead.firstTouch().isBefore(lead.created())) {
            return lead.firstTouch() == null ? -1 : 0;
        }
        return Duration.between(lead.created(), lead.firstTouch()).toMinutes() / 60.0;
    }

    private static boolean withinSla(Lead lead, AuditSettings settings) {
        double hours = responseHours(lead);
        return hours >= 0 && hours <= settings.responseSla().hoursFor(lead.temperature());
    }

    private static double percentile(double[] values, double p) {
        return new Percentile(p).withEstimationType(EstimationType.R_7).evaluate(values);
    }
}
