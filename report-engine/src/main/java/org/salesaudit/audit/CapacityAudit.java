package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesaudit.audit.FunnelCohort.StepCount;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Axis;
import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Label;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Capacity: is the team, and the top of the funnel, big enough for the revenue target? The target is
 * {@code audit.capacity.revenue_target}, or else the sum of the quotas of the analysis window. Customers
 * needed = target / mean won deal of the window, rounded up; the reverse funnel divides them back up the
 * funnel by the cohort's measured step conversions ({@link FunnelArithmetic}). Reps needed = target /
 * bookings per rep-year, where rep-years are the quota months of the window / 12 (so ramping and
 * departed reps count for the months they carried a quota).
 */
public final class CapacityAudit implements Audit {

    static final String ID = "capacity";
    private static final String TITLE = "section.capacity.title";
    private static final BigDecimal MONTHS = BigDecimal.valueOf(AuditSettings.WINDOW_MONTHS);

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        List<Quota> quotas = data.quotas().stream()
                .filter(q -> !q.period().start().isBefore(settings.windowStart())
                        && !q.period().endInclusive().isAfter(settings.asOf()))
                .toList();
        Optional<BigDecimal> target = settings.revenueTarget()
                .or(() -> quotas.isEmpty() ? Optional.empty()
                        : Optional.of(Amounts.sum(quotas.stream().map(Quota::amount).toList())));
        if (target.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.capacity.noTarget", List.of(AuditSettings.REVENUE_TARGET_KEY));
        }
        AnalysisWindow window = settings.window();
        List<Deal> won = data.deals().stream()
                .filter(d -> d.isWon() && window.contains(d.closeDate()))
                .collect(Collectors.toMap(Deal::id, d -> d, (a, b) -> a)).values().stream().toList();
        if (won.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.capacity.noWonDeals",
                    List.of(settings.windowStart().toString(), settings.asOf().toString()));
        }
        BigDecimal bookings = Amounts.sum(won.stream().map(Deal::amount).toList());
        BigDecimal meanDeal = Amounts.mean(won.stream().map(Deal::amount).toList()).orElseThrow();
        long customersNeeded = target.get().divide(meanDeal, 0, RoundingMode.CEILING).longValueExact();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("audit.capacity.revenue_target", "figure.audit.capacity.revenue_target",
                        Amounts.money(target.get(), settings.currency())),
                new Figure("audit.capacity.bookings", "figure.audit.capacity.bookings",
                        Amounts.money(bookings, settings.currency())),
                new Figure("audit.capacity.mean_won_deal", "figure.audit.capacity.mean_won_deal",
                        Amounts.money(meanDeal, settings.currency())),
                new Figure("audit.capacity.customers_needed", "figure.audit.capacity.customers_needed",
                        new Value.Count(customersNeeded))));
        List<Finding> findings = new ArrayList<>();
        reps(quotas, bookings, target.get(), settings, figures, findings);
        List<Table> tables = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        if (data.has(Dataset.LEADS)) {
            FunnelCohort funnel = FunnelCohort.of(data.leads(), settings);
            if (!funnel.isEmpty()) {
                reverseFunnel(funnel, customersNeeded, meanDeal, settings, figures, tables, charts, findings);
            }
        }
        return new Section(ID, TITLE, figures, tables, charts, findings);
    }

    private static void reps(List<Quota> quotas, BigDecimal bookings, BigDecimal target, AuditSettings settings,
            List<Figure> figures, List<Finding> findings) {
        if (quotas.isEmpty()) {
            figures.add(new Figure("audit.capacity.bookings_per_rep_year", "figure.audit.capacity.bookings_per_rep_year",
                    Value.notAvailable()));
            figures.add(new Figure("audit.capacity.reps_needed", "figure.audit.capacity.reps_needed",
                    Value.notAvailable()));
            figures.add(new Figure("audit.capacity.reps_now", "figure.audit.capacity.reps_now", Value.notAvailable()));
            return;
        }
        BigDecimal repYears = BigDecimal.valueOf(quotas.size()).divide(MONTHS, 10, RoundingMode.HALF_UP);
        BigDecimal perRepYear = bookings.divide(repYears, 10, RoundingMode.HALF_UP);
        Period last = quotas.stream().map(Quota::period).max(Period::compareTo).orElseThrow();
        Set<String> repsNow = quotas.stream().filter(q -> q.period().equals(last)).map(Quota::repId)
                .collect(Collectors.toSet());
        Value repsNeeded = perRepYear.signum() == 0 ? Value.notAvailable()
                : new Value.Count(target.divide(perRepYear, 0, RoundingMode.CEILING).longValueExact());
        figures.add(new Figure("audit.capacity.bookings_per_rep_year", "figure.audit.capacity.bookings_per_rep_year",
                Amounts.money(perRepYear, settings.currency())));
        figures.add(new Figure("audit.capacity.reps_needed", "figure.audit.capacity.reps_needed", repsNeeded));
        figures.add(new Figure("audit.capacity.reps_now", "figure.audit.capacity.reps_now",
                new Value.Count(repsNow.size())));
        if (repsNeeded instanceof Value.Count needed && needed.count() > repsNow.size()) {
            BigDecimal shortfall = target.subtract(perRepYear.multiply(BigDecimal.valueOf(repsNow.size())));
            Value.Money money = (Value.Money) Amounts.money(shortfall, settings.currency());
            findings.add(new Finding(ID, "finding.capacity.reps", List.of(Amounts.money(target, settings.currency()),
                    Amounts.money(perRepYear, settings.currency()), needed, new Value.Count(repsNow.size()), money),
                    money.amount()));
        }
    }

    private static void reverseFunnel(FunnelCohort funnel, long customersNeeded, BigDecimal meanDeal,
            AuditSettings settings, List<Figure> figures, List<Table> tables, List<Chart> charts,
            List<Finding> findings) {
        List<BigDecimal> rates = funnel.stepRates();
        List<Long> needed = FunnelArithmetic.neededPerStep(customersNeeded, rates);
        List<StepCount> counts = funnel.counts();
        List<List<Value>> rows = new ArrayList<>();
        List<ChartPoint> neededPoints = new ArrayList<>();
        List<ChartPoint> actualPoints = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            StepCount c = counts.get(i);
            Value need = needed.isEmpty() ? Value.notAvailable() : new Value.Count(needed.get(i));
            rows.add(List.of(new Value.Text(c.step().label()),
                    i == 0 ? Value.notAvailable() : new Value.Ratio(rates.get(i - 1).setScale(Amounts.RATIO_SCALE,
                            RoundingMode.HALF_UP)),
                    new Value.Count(c.reached()), need));
            actualPoints.add(ChartPoint.category(Label.literal(c.step().label()), BigDecimal.valueOf(c.reached())));
            if (!needed.isEmpty()) {
                neededPoints.add(ChartPoint.category(Label.literal(c.step().label()),
                        BigDecimal.valueOf(needed.get(i))));
            }
        }
        tables.add(new Table("audit.capacity.reverse_funnel", "table.audit.capacity.reverse_funnel", List.of(
                new Column("step", "column.step"), new Column("conversion", "column.conversion_from_previous"),
                new Column("last_twelve_months", "column.last_twelve_months"),
                new Column("needed", "column.needed")), rows));
        charts.add(new Chart("audit.capacity.reverse_funnel.chart", "chart.audit.capacity.reverse_funnel",
                ChartKind.BAR, new Axis("column.step", AxisScale.CATEGORY), new Axis("column.reached", AxisScale.NUMBER),
                List.of(new ChartSeries(Label.ofKey("column.last_twelve_months"), actualPoints, false),
                        new ChartSeries(Label.ofKey("column.needed"), neededPoints, true)),
                "chart.audit.capacity.reverse_funnel.alt", List.of(Long.toString(customersNeeded))));
        long leadsNow = counts.get(0).reached();
        figures.add(new Figure("audit.capacity.leads_last_twelve_months",
                "figure.audit.capacity.leads_last_twelve_months", new Value.Count(leadsNow)));
        figures.add(new Figure("audit.capacity.leads_needed", "figure.audit.capacity.leads_needed",
                needed.isEmpty() ? Value.notAvailable() : new Value.Count(needed.get(0))));
        figures.add(new Figure("audit.capacity.expected_customers", "figure.audit.capacity.expected_customers",
                new Value.Count(FunnelArithmetic.expectedCustomers(leadsNow, rates))));
        if (!needed.isEmpty() && needed.get(0) > leadsNow) {
            long missingLeads = needed.get(0) - leadsNow;
            BigDecimal valuePerLead = meanDeal.multiply(BigDecimal.valueOf(funnel.customers()))
                    .divide(BigDecimal.valueOf(leadsNow), 10, RoundingMode.HALF_UP);
            Value.Money money = (Value.Money) Amounts.money(valuePerLead.multiply(BigDecimal.valueOf(missingLeads)),
                    settings.currency());
            findings.add(new Finding(ID, "finding.capacity.leads", List.of(new Value.Count(needed.get(0)),
                    new Value.Count(leadsNow), new Value.Count(missingLeads), money), money.amount()));
        }
    }
}
