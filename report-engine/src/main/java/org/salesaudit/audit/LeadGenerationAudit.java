package org.salesaudit.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Lead;
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
 * Lead generation over the last twelve complete calendar months on the as-of date (the as-of month
 * counts when the as-of date is its last day): leads per month, their mean, and the trend, the
 * least-squares slope of the monthly counts ({@link SimpleRegression}) with its 95 % confidence
 * interval (Student's t with months − 2 degrees of freedom) and p-value; leads by source; and leads per
 * rep per month (reps with a quota that month, else the distinct owners of that month's leads).
 */
public final class LeadGenerationAudit implements Audit {

    static final String ID = "lead_generation";
    private static final String TITLE = "section.lead_generation.title";
    static final int MONTHS = 12;

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.LEADS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        List<YearMonth> months = months(settings.asOf());
        Map<YearMonth, List<Lead>> byMonth = new LinkedHashMap<>();
        months.forEach(m -> byMonth.put(m, new ArrayList<>()));
        for (Lead lead : data.leads()) {
            if (lead.created() != null) {
                List<Lead> month = byMonth.get(YearMonth.from(lead.created()));
                if (month != null) {
                    month.add(lead);
                }
            }
        }
        long total = byMonth.values().stream().mapToLong(List::size).sum();
        if (total == 0) {
            return new Skipped(ID, TITLE, "skipped.funnel.noLeadsInWindow",
                    List.of(months.get(0).atDay(1).toString(), months.get(MONTHS - 1).atEndOfMonth().toString()));
        }
        SimpleRegression regression = new SimpleRegression();
        int x = 0;
        for (List<Lead> leads : byMonth.values()) {
            regression.addData(x++, leads.size());
        }
        double slope = regression.getSlope();
        double halfWidth = regression.getSlopeConfidenceInterval(0.05);
        double mean = (double) total / MONTHS;
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("audit.lead_generation.first_month", "figure.audit.lead_generation.first_month",
                        new Value.Date(months.get(0).atDay(1))),
                new Figure("audit.lead_generation.last_month", "figure.audit.lead_generation.last_month",
                        new Value.Date(months.get(MONTHS - 1).atEndOfMonth())),
                new Figure("audit.lead_generation.leads", "figure.audit.lead_generation.leads", new Value.Count(total)),
                new Figure("audit.lead_generation.mean_per_month", "figure.audit.lead_generation.mean_per_month",
                        Amounts.quantity(mean, 1)),
                new Figure("audit.lead_generation.trend_per_month", "figure.audit.lead_generation.trend_per_month",
                        Amounts.quantity(slope, 2)),
                new Figure("audit.lead_generation.trend_low", "figure.audit.ci_low",
                        Amounts.quantity(slope - halfWidth, 2)),
                new Figure("audit.lead_generation.trend_high", "figure.audit.ci_high",
                        Amounts.quantity(slope + halfWidth, 2)),
                new Figure("audit.lead_generation.trend_p_value", "figure.audit.lead_generation.trend_p_value",
                        Amounts.quantity(regression.getSignificance(), 6)),
                new Figure("audit.lead_generation.leads_per_rep_month",
                        "figure.audit.lead_generation.leads_per_rep_month", leadsPerRepMonth(data, byMonth))));
        List<Finding> findings = new ArrayList<>();
        if (slope + halfWidth < 0) {
            findings.add(new Finding(ID, "finding.lead_generation.falling", List.of(Amounts.quantity(-slope, 1),
                    Amounts.quantity(mean, 1), Amounts.quantity(-(slope + halfWidth), 1),
                    Amounts.quantity(-(slope - halfWidth), 1)), null));
        }
        return new Section(ID, TITLE, figures, List.of(monthTable(byMonth), sourceTable(byMonth, total)),
                List.of(chart(byMonth, regression)), findings);
    }

    /** @return the twelve complete calendar months ending on or before the as-of date */
    static List<YearMonth> months(LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        if (!asOf.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    private static Value leadsPerRepMonth(SalesData data, Map<YearMonth, List<Lead>> byMonth) {
        double sum = 0;
        int counted = 0;
        for (Map.Entry<YearMonth, List<Lead>> e : byMonth.entrySet()) {
            Set<String> reps = new HashSet<>();
            for (Quota q : data.quotas()) {
                if (q.period().contains(e.getKey().atDay(1)) && q.amount().signum() > 0) {
                    reps.add(q.repId());
                }
            }
            if (reps.isEmpty()) {
                e.getValue().stream().map(Lead::ownerId).filter(o -> o != null && !o.isBlank()).forEach(reps::add);
            }
            if (!reps.isEmpty()) {
                sum += (double) e.getValue().size() / reps.size();
                counted++;
            }
        }
        return counted == 0 ? Value.notAvailable() : Amounts.quantity(sum / counted, 1);
    }

    private static Table monthTable(Map<YearMonth, List<Lead>> byMonth) {
        List<List<Value>> rows = new ArrayList<>();
        byMonth.forEach((month, leads) -> rows.add(List.of(new Value.Text(month.toString()),
                new Value.Count(leads.size()))));
        return new Table("audit.lead_generation.by_month", "table.audit.lead_generation.by_month",
                List.of(new Column("month", "column.month"), new Column("leads", "column.leads")), rows);
    }

    private static Table sourceTable(Map<YearMonth, List<Lead>> byMonth, long total) {
        Map<String, Long> bySource = new TreeMap<>();
        byMonth.values().forEach(leads -> leads.forEach(l -> bySource.merge(
                l.channel() == null || l.channel().isBlank() ? "\u2013" : l.channel().strip(), 1L, Long::sum)));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(bySource.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<List<Value>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted) {
            rows.add(List.of(new Value.Text(e.getKey()), new Value.Count(e.getValue()),
                    Amounts.quantity((double) e.getValue() / MONTHS, 1), Amounts.ratio(e.getValue(), total)));
        }
        return new Table("audit.lead_generation.by_source", "table.audit.lead_generation.by_source",
                List.of(new Column("channel", "column.channel"), new Column("leads", "column.leads"),
                        new Column("per_month", "column.per_month"), new Column("share", "column.share")), rows);
    }

    private static Chart chart(Map<YearMonth, List<Lead>> byMonth, SimpleRegression regression) {
        List<ChartPoint> counts = new ArrayList<>();
        List<ChartPoint> trend = new ArrayList<>();
        int x = 0;
        for (Map.Entry<YearMonth, List<Lead>> e : byMonth.entrySet()) {
            Label month = Label.literal(e.getKey().toString());
            counts.add(ChartPoint.category(month, BigDecimal.valueOf(e.getValue().size())));
            trend.add(ChartPoint.category(month, Amounts.decimal(regression.predict(x++), 1)));
        }
        return new Chart("audit.lead_generation.chart", "chart.audit.lead_generation", ChartKind.LINE,
                new Axis("column.month", AxisScale.CATEGORY), new Axis("column.leads", AxisScale.NUMBER),
                List.of(new ChartSeries(Label.ofKey("column.leads"), counts, false),
                        new ChartSeries(Label.ofKey("chart.series.trend"), trend, true)),
                "chart.audit.lead_generation.alt", List.of(Integer.toString(byMonth.size())));
    }
}
