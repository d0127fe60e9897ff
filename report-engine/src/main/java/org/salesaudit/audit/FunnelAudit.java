package org.salesaudit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Lead;
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
import org.salesaudit.stats.Proportion;
import org.salesaudit.audit.FunnelCohort.StepCount;

/**
 * The funnel lead → MQL → SAL → SQL → customer for the cohort of leads created in the analysis
 * window: how many reached each step, the conversion from step to step with 95 % Wilson intervals,
 * where prospects fall out, and lead-to-customer conversion by channel with a chi-square test of
 * whether channels differ. A step no lead of the cohort records (SAL in many CRMs) is left out. Leads
 * handed back to marketing nurturing (stage Recycled) are counted.
 */
public final class FunnelAudit implements Audit {

    static final String ID = "funnel";
    private static final String TITLE = "section.funnel.title";
    /** Significance level of the channel test. */
    static final double ALPHA = 0.05;

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.LEADS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        FunnelCohort funnel = FunnelCohort.of(data.leads(), settings);
        if (funnel.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.funnel.noLeadsInWindow",
                    List.of(settings.windowStart().toString(), settings.asOf().toString()));
        }
        List<Lead> cohort = funnel.leads();
        List<StepCount> counts = funnel.counts();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("audit.funnel.leads", "figure.audit.funnel.leads", new Value.Count(cohort.size())));
        long customers = counts.get(counts.size() - 1).reached();
        figures.add(new Figure("audit.funnel.customers", "figure.audit.funnel.customers", new Value.Count(customers)));
        Proportion overall = Proportion.of(customers, cohort.size());
        figures.add(new Figure("audit.funnel.lead_to_customer", "figure.audit.funnel.lead_to_customer",
                Amounts.ratio(customers, cohort.size())));
        figures.add(new Figure("audit.funnel.lead_to_customer.low", "figure.audit.ci_low",
                Amounts.ratio(overall.low())));
        figures.add(new Figure("audit.funnel.lead_to_customer.high", "figure.audit.ci_high",
                Amounts.ratio(overall.high())));
        figures.add(new Figure("audit.funnel.recycled", "figure.audit.funnel.recycled", new Value.Count(cohort.stream()
                .filter(l -> l.stage() != null && l.stage().strip().equalsIgnoreCase("Recycled")).count())));
        List<Finding> findings = new ArrayList<>();
        weakestStep(counts).ifPresent(findings::add);
        ChannelTable channels = ChannelTable.of(cohort);
        ChannelTest test = channels.test();
        figures.add(new Figure("audit.funnel.channels", "figure.audit.funnel.channels",
                new Value.Count(channels.rows.size())));
        figures.add(new Figure("audit.funnel.channel_chi_square", "figure.audit.funnel.channel_chi_square",
                test.available() ? Amounts.quantity(test.statistic, 3) : Value.notAvailable()));
        figures.add(new Figure("audit.funnel.channel_degrees_of_freedom",
                "figure.audit.funnel.channel_degrees_of_freedom",
                test.available() ? new Value.Count(test.degreesOfFreedom) : Value.notAvailable()));
        figures.add(new Figure("audit.funnel.channel_p_value", "figure.audit.funnel.channel_p_value",
                test.available() ? Amounts.quantity(test.pValue, 6) : Value.notAvailable()));
        if (test.available() && test.pValue < ALPHA) {
            findings.add(channels.differenceFinding(test));
        }
        return new Section(ID, TITLE, figures, List.of(stepTable(counts), channels.table()),
                List.of(funnelChart(counts), channels.chart()), findings);
    }

    private static Optional<Finding> weakestStep(List<StepCount> counts) {
        StepCount weakestFrom = null;
        StepCount weakestTo = null;
        double weakest = 2;
        for (int i = 1; i < counts.size(); i++) {
            StepCount from = counts.get(i - 1);
            StepCount to = counts.get(i);
            if (from.reached() > 0 && (double) to.reached() / from.reached() < weakest) {
                weakest = (double) to.reached() / from.reached();
                weakestFrom = from;
                weakestTo = to;
            }
        }
        if (weakestFrom == null) {
            return Optional.empty();
        }
        Proportion p = Proportion.of(weakestTo.reached(), weakestFrom.reached());
        return Optional.of(new Finding(ID, "finding.funnel.weakest_step", List.of(
                new Value.Text(weakestFrom.step().label()), new Value.Text(weakestTo.step().label()),
                Amounts.ratio(weakestTo.reached(), weakestFrom.reached()), Amounts.ratio(p.low()),
                Amounts.ratio(p.high()), new Value.Count(weakestFrom.reached() - weakestTo.reached()),
                new Value.Count(weakestFrom.reached())), null));
    }

    private static Table stepTable(List<StepCount> counts) {
        List<List<Value>> rows = new ArrayList<>();
        long leads = counts.get(0).reached();
        for (int i = 0; i < counts.size(); i++) {
            StepCount c = counts.get(i);
            List<Value> row = new ArrayList<>();
            row.add(new Value.Text(c.step().label()));
            row.add(new Value.Count(c.reached()));
            if (i == 0 || counts.get(i - 1).reached() == 0) {
                row.add(Value.notAvailable());
                row.add(Value.notAvailable());
                row.add(Value.notAvailable());
                row.add(Value.notAvailable());
            } else {
                long previous = counts.get(i - 1).reached();
                Proportion p = Proportion.of(c.reached(), previous);
                row.add(Amounts.ratio(c.reached(), previous));
                row.add(Amounts.ratio(p.low()));
                row.add(Amounts.ratio(p.high()));
                row.add(new Value.Count(previous - c.reached()));
            }
            row.add(Amounts.ratio(c.reached(), leads));
            rows.add(row);
        }
        return new Table("audit.funnel.steps", "table.audit.funnel.steps", List.of(
                new Column("step", "column.step"), new Column("reached", "column.reached"),
                new Column("conversion", "column.conversion_from_previous"), new Column("low", "column.ci_low"),
                new Column("high", "column.ci_high"), new Column("fell_out", "column.fell_out"),
                new Column("share_of_leads", "column.share_of_leads")), rows);
    }

    private static Chart funnelChart(List<StepCount> counts) {
        List<ChartPoint> points = counts.stream()
                .map(c -> ChartPoint.category(Label.literal(c.step().label()), BigDecimal.valueOf(c.reached())))
                .toList();
        return new Chart("audit.funnel.chart", "chart.audit.funnel", ChartKind.FUNNEL,
                new Axis("column.step", AxisScale.CATEGORY), new Axis("column.reached", AxisScale.NUMBER),
                List.of(new ChartSeries(Label.ofKey("column.reached"), points, false)), "chart.audit.funnel.alt",
                List.of(Long.toString(counts.get(0).reached()), Long.toString(counts.get(counts.size() - 1).reached())));
    }

    /** Chi-square test of independence of channel and becoming a customer. */
    record ChannelTest(double statistic, long degreesOfFreedom, double pValue) {
        boolean available() {
            return !Double.isNaN(pValue);
        }

        static final ChannelTest NOT_AVAILABLE = new ChannelTest(Double.NaN, 0, Double.NaN);
    }

    /** Lead-to-customer conversion per channel (lead source). */
    static final class ChannelTable {
        final List<ChannelRow> rows;

        private ChannelTable(List<ChannelRow> rows) {
            this.rows = rows;
        }

        static ChannelTable of(List<Lead> cohort) {
            Map<String, ChannelRow> byChannel = new TreeMap<>();
            for (Lead lead : cohort) {
                String channel = lead.channel() == null || lead.channel().isBlank() ? "\u2013" : lead.channel().strip();
                byChannel.computeIfAbsent(channel, ChannelRow::new).add(lead);
            }
            List<ChannelRow> rows = new ArrayList<>(byChannel.values());
            rows.sort(Comparator.comparingLong((ChannelRow r) -> -r.leads).thenComparing(r -> r.channel));
            return new ChannelTable(rows);
        }

        /**
         * Pearson's chi-square on the channels × (customer, not customer) table; not available with
         * fewer than two channels or when no lead (or every lead) became a customer.
         */
        ChannelTest test() {
            if (rows.size() < 2) {
                return ChannelTest.NOT_AVAILABLE;
            }
            long[][] table = new long[rows.size()][2];
            long won = 0;
            long total = 0;
            for (int i = 0; i < rows.size(); i++) {
                table[i][0] = rows.get(i).customers;
                table[i][1] = rows.get(i).leads - rows.get(i).customers;
                won += table[i][0];
                total += rows.get(i).leads;
            }
            if (won == 0 || won == total) {
                return ChannelTest.NOT_AVAILABLE;
            }
            ChiSquareTest chiSquare = new ChiSquareTest();
            return new ChannelTest(chiSquare.chiSquare(table), rows.size() - 1L, chiSquare.chiSquareTest(table));
        }

        Table table() {
            List<List<Value>> out = new ArrayList<>();
            for (ChannelRow r : rows) {
                Proportion p = Proportion.of(r.customers, r.leads);
                out.add(List.of(new Value.Text(r.channel), new Value.Count(r.leads), new Value.Count(r.mql),
                        new Value.Count(r.sql), new Value.Count(r.customers), Amounts.ratio(r.mql, r.leads),
                        Amounts.ratio(r.sql, r.leads), Amounts.ratio(r.customers, r.leads),
                        Amounts.ratio(p.low()), Amounts.ratio(p.high())));
            }
            return new Table("audit.funnel.by_channel", "table.audit.funnel.by_channel", List.of(
                    new Column("channel", "column.channel"), new Column("leads", "column.leads"),
                    new Column("mql", "column.mql"), new Column("sql", "column.sql"),
                    new Column("customers", "column.customers"), new Column("mql_rate", "column.mql_rate"),
                    new Column("sql_rate", "column.sql_rate"), new Column("customer_rate", "column.customer_rate"),
                    new Column("low", "column.ci_low"), new Column("high", "column.ci_high")), out);
        }

        Chart chart() {
            List<ChartPoint> points = new ArrayList<>();
            for (ChannelRow r : rows) {
                Proportion p = Proportion.of(r.customers, r.leads);
                points.add(new ChartPoint(Label.literal(r.channel), null,
                        Amounts.decimal(p.estimate(), Amounts.RATIO_SCALE),
                        Amounts.decimal(p.low(), Amounts.RATIO_SCALE), Amounts.decimal(p.high(), Amounts.RATIO_SCALE)));
            }
            return new Chart("audit.funnel.by_channel.chart", "chart.audit.funnel.by_channel", ChartKind.BAR,
                    new Axis("column.channel", AxisScale.CATEGORY), new Axis("column.customer_rate", AxisScale.RATIO),
                    List.of(new ChartSeries(Label.ofKey("column.customer_rate"), points, false)),
                    "chart.audit.funnel.by_channel.alt", List.of(Integer.toString(rows.size())));
        }

        /** The best and the worst converting channel, with the test that says they differ. */
        Finding differenceFinding(ChannelTest test) {
            Comparator<ChannelRow> byRate = Comparator.comparingDouble(ChannelRow::rate);
            ChannelRow best = rows.stream().max(byRate.thenComparing(r -> r.channel, Comparator.reverseOrder()))
                    .orElseThrow();
            ChannelRow worst = rows.stream().min(byRate.thenComparing(r -> r.channel)).orElseThrow();
            return new Finding(ID, "finding.funnel.channels_differ", List.of(
                    Amounts.quantity(test.statistic, 1), Amounts.quantity(test.pValue, 4),
                    new Value.Text(best.channel), Amounts.ratio(best.customers, best.leads),
                    new Value.Text(worst.channel), Amounts.ratio(worst.customers, worst.leads)), null);
        }
    }

    /** The counts of one channel. */
    static final class ChannelRow {
        final String channel;
        long leads;
        long mql;
        long sql;
        long customers;

        ChannelRow(String channel) {
            this.channel = channel;
        }

        void add(Lead lead) {
            leads++;
            mql += FunnelStep.MQL.reachedBy(lead) ? 1 : 0;
            sql += FunnelStep.SQL.reachedBy(lead) ? 1 : 0;
            customers += FunnelStep.CUSTOMER.reachedBy(lead) ? 1 : 0;
        }

        double rate() {
            return (double) customers / leads;
        }
    }
}
