package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salesaudit.model.CampaignPeriod;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
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

/**
 * Campaigns and channels over the analysis window. Per campaign: spend and nurture e-mails of the
 * Campaigns rows whose period starts in the window, open rate = opened / sent and click rate = clicked
 * / sent; the leads of the window's cohort that name the campaign, their MQL → SQL and SQL → customer
 * conversion, and the bookings of the won deals that came from those leads. A campaign is weak when
 * its open or click rate is below half the median of the campaigns that sent e-mails. Per channel:
 * spend, customers, customer acquisition cost (spend / customers) and return on spend (bookings /
 * spend), held against the 2:1 rule of thumb.
 */
public final class CampaignAudit implements Audit {

    static final String ID = "campaigns";
    private static final String TITLE = "section.campaigns.title";
    /** The rule of thumb: a channel should return at least twice what is spent on it. */
    static final BigDecimal TARGET_RETURN = new BigDecimal("2");
    private static final String NONE = "\u2013";

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.CAMPAIGNS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        Map<String, Totals> campaigns = new TreeMap<>();
        for (CampaignPeriod p : data.campaigns()) {
            if (p.period() != null && settings.inWindow(p.period().start())) {
                campaigns.computeIfAbsent(p.campaign().strip(), Totals::new).add(p);
            }
        }
        Map<String, Deal> wonByLead = new HashMap<>();
        for (Deal d : data.deals()) {
            if (d.isWon() && d.leadId() != null && d.closeDate() != null && !d.closeDate().isAfter(settings.asOf())) {
                wonByLead.putIfAbsent(d.leadId().strip(), d);
            }
        }
        for (Lead lead : FunnelCohort.of(data.leads(), settings).leads()) {
            if (lead.campaign() != null && !lead.campaign().isBlank()) {
                campaigns.computeIfAbsent(lead.campaign().strip(), Totals::new).add(lead, wonByLead);
            }
        }
        if (campaigns.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.campaigns.nothingInWindow",
                    List.of(settings.windowStart().toString(), settings.asOf().toString()));
        }
        double medianOpen = medianRate(campaigns, true);
        double medianClick = medianRate(campaigns, false);
        List<Finding> findings = new ArrayList<>();
        List<List<Value>> rows = new ArrayList<>();
        List<List<Value>> conversionRows = new ArrayList<>();
        List<ChartPoint> opens = new ArrayList<>();
        List<ChartPoint> clicks = new ArrayList<>();
        long weak = 0;
        for (Totals t : campaigns.values()) {
            boolean isWeak = t.sent > 0 && (rate(t.opened, t.sent) < medianOpen / 2
                    || rate(t.clicked, t.sent) < medianClick / 2);
            rows.add(List.of(new Value.Text(t.name), new Value.Text(t.channel == null ? NONE : t.channel),
                    Amounts.money(t.spend, settings.currency()), new Value.Count(t.sent),
                    Amounts.ratio(t.opened, t.sent), Amounts.ratio(t.clicked, t.sent)));
            conversionRows.add(List.of(new Value.Text(t.name), new Value.Count(t.leads), Amounts.ratio(t.mql, t.leads),
                    Amounts.ratio(t.sql, t.mql), Amounts.ratio(t.customers, t.sql), new Value.Count(t.customers),
                    Amounts.money(t.bookings, settings.currency())));
            if (t.sent > 0) {
                opens.add(ChartPoint.category(Label.literal(t.name), Amounts.decimal(rate(t.opened, t.sent), 6)));
                clicks.add(ChartPoint.category(Label.literal(t.name), Amounts.decimal(rate(t.clicked, t.sent), 6)));
            }
            if (isWeak) {
                weak++;
                Value.Money spend = (Value.Money) Amounts.money(t.spend, settings.currency());
                findings.add(new Finding(ID, "finding.campaigns.weak", List.of(new Value.Text(t.name),
                        Amounts.ratio(t.opened, t.sent), Amounts.ratio(t.clicked, t.sent), Amounts.ratio(medianOpen),
                        Amounts.ratio(medianClick), spend), spend.amount().signum() > 0 ? spend.amount() : null));
            }
        }
        Map<String, Totals> channels = byChannel(campaigns);
        List<List<Value>> channelRows = new ArrayList<>();
        for (Totals c : channels.values()) {
            Value returnOnSpend = c.spend.signum() == 0 ? Value.notAvailable()
                    : new Value.Quantity(c.bookings.divide(c.spend, 2, RoundingMode.HALF_UP));
            channelRows.add(List.of(new Value.Text(c.name), Amounts.money(c.spend, settings.currency()),
                    new Value.Count(c.leads), new Value.Count(c.customers),
                    c.customers == 0 ? Value.notAvailable()
                            : Amounts.money(c.spend.divide(BigDecimal.valueOf(c.customers), 10, RoundingMode.HALF_UP),
                                    settings.currency()),
                    Amounts.money(c.bookings, settings.currency()), returnOnSpend));
            if (c.spend.signum() > 0 && c.bookings.compareTo(c.spend.multiply(TARGET_RETURN)) < 0) {
                Value.Money spend = (Value.Money) Amounts.money(c.spend, settings.currency());
                findings.add(new Finding(ID, "finding.campaigns.low_return", List.of(new Value.Text(c.name),
                        returnOnSpend, spend, Amounts.money(c.bookings, settings.currency())), spend.amount()));
            }
        }
        BigDecimal spend = Amounts.sum(campaigns.values().stream().map(t -> t.spend).toList());
        long customers = campaigns.values().stream().mapToLong(t -> t.customers).sum();
        List<Figure> figures = List.of(
                new Figure("audit.campaigns.campaigns", "figure.audit.campaigns.campaigns",
                        new Value.Count(campaigns.size())),
                new Figure("audit.campaigns.spend", "figure.audit.campaigns.spend",
                        Amounts.money(spend, settings.currency())),
                new Figure("audit.campaigns.median_open_rate", "figure.audit.campaigns.median_open_rate",
                        Amounts.ratio(medianOpen)),
                new Figure("audit.campaigns.median_click_rate", "figure.audit.campaigns.median_click_rate",
                        Amounts.ratio(medianClick)),
                new Figure("audit.campaigns.weak", "figure.audit.campaigns.weak", new Value.Count(weak)),
                new Figure("audit.campaigns.cac", "figure.audit.campaigns.cac", customers == 0 ? Value.notAvailable()
                        : Amounts.money(spend.divide(BigDecimal.valueOf(customers), 10, RoundingMode.HALF_UP),
                                settings.currency())));
        Table campaignTable = new Table("audit.campaigns.by_campaign", "table.audit.campaigns.by_campaign", List.of(
                new Column("campaign", "column.campaign"), new Column("channel", "column.channel"),
                new Column("spend", "column.spend"), new Column("sent", "column.sent"),
                new Column("open_rate", "column.open_rate"), new Column("click_rate", "column.click_rate")), rows);
        Table conversionTable = new Table("audit.campaigns.conversion", "table.audit.campaigns.conversion", List.of(
                new Column("campaign", "column.campaign"), new Column("leads", "column.leads"),
                new Column("mql_rate", "column.mql_rate"), new Column("mql_to_sql", "column.mql_to_sql"),
                new Column("sql_to_customer", "column.sql_to_customer"), new Column("customers", "column.customers"),
                new Column("bookings", "column.bookings")), conversionRows);
        Table channelTable = new Table("audit.campaigns.by_channel", "table.audit.campaigns.by_channel", List.of(
                new Column("channel", "column.channel"), new Column("spend", "column.spend"),
                new Column("leads", "column.leads"), new Column("customers", "column.customers"),
                new Column("cac", "column.cac"), new Column("bookings", "column.bookings"),
                new Column("return_on_spend", "column.return_on_spend")), channelRows);
        Chart chart = new Chart("audit.campaigns.chart", "chart.audit.campaigns", ChartKind.BAR,
                new Axis("column.campaign", AxisScale.CATEGORY), new Axis("column.open_rate", AxisScale.RATIO),
                List.of(new ChartSeries(Label.ofKey("column.open_rate"), opens, false),
                        new ChartSeries(Label.ofKey("column.click_rate"), clicks, false)),
                "chart.audit.campaigns.alt", List.of(Integer.toString(opens.size())));
        return new Section(ID, TITLE, figures, List.of(campaignTable, conversionTable, channelTable), List.of(chart),
                findings);
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static double medianRate(Map<String, Totals> campaigns, boolean opens) {
        double[] rates = campaigns.values().stream().filter(t -> t.sent > 0)
                .mapToDouble(t -> rate(opens ? t.opened : t.clicked, t.sent)).toArray();
        return rates.length == 0 ? Double.NaN : PipelineHealthAudit.median(rates);
    }

    /** Campaign totals added up per channel (the Campaigns sheet's channel, else the leads' source). */
    private static Map<String, Totals> byChannel(Map<String, Totals> campaigns) {
        Map<String, Totals> channels = new LinkedHashMap<>();
        new TreeMap<>(campaigns).values().stream()
                .sorted(Comparator.comparing((Totals t) -> t.channel == null ? NONE : t.channel))
                .forEach(t -> channels.computeIfAbsent(t.channel == null ? NONE : t.channel, Totals::new).merge(t));
        return channels;
    }

    /** The counts and money of one campaign (or channel). */
    private static final class Totals {
        final String name;
        String channel;
        BigDecimal spend = BigDecimal.ZERO;
        long sent;
        long opened;
        long clicked;
        long leads;
        long mql;
        long sql;
        long customers;
        BigDecimal bookings = BigDecimal.ZERO;

        Totals(String name) {
            this.name = name;
        }

        void add(CampaignPeriod p) {
            if (channel == null && p.channel() != null && !p.channel().isBlank()) {
                channel = p.channel().strip();
            }
            spend = spend.add(p.spend() == null ? BigDecimal.ZERO : p.spend());
            sent += p.sent() == null ? 0 : p.sent();
            opened += p.opened() == null ? 0 : p.opened();
            clicked += p.clicked() == null ? 0 : p.clicked();
        }

        void add(Lead lead, Map<String, Deal> wonByLead) {
            if (channel == null && lead.channel() != null && !lead.channel().isBlank()) {
                channel = lead.channel().strip();
            }
            leads++;
            mql += FunnelStep.MQL.reachedBy(lead) ? 1 : 0;
            sql += FunnelStep.SQL.reachedBy(lead) ? 1 : 0;
            customers += FunnelStep.CUSTOMER.reachedBy(lead) ? 1 : 0;
            Deal won = wonByLead.get(lead.id().strip());
            if (won != null) {
                bookings = bookings.add(won.amount());
            }
        }

        void merge(Totals t) {
            spend = spend.add(t.spend);
            sent += t.sent;
            opened += t.opened;
            clicked += t.clicked;
            leads += t.leads;
            mql += t.mql;
            sql += t.sql;
            customers += t.customers;
            bookings = bookings.add(t.bookings);
        }
    }
}
