package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.salesaudit.model.Customer;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Period;
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
 * Customers over the analysis window. Churn rate = customers lost in the window / customers at its
 * start (a customer since before the window, not churned before it), with the monthly recurring revenue
 * they took. Upsell and cross-sell: their share of the deals won in the window and of the bookings (the
 * Deals sheet's Type). Revenue growth: bookings of the window against the twelve months before, and by
 * calendar quarter for the last eight complete quarters, each against the one before.
 */
public final class CustomerAudit implements Audit {

    static final String ID = "customers";
    private static final String TITLE = "section.customers.title";
    static final int QUARTERS = 8;

    /** No sheet is required alone: churn needs Customers, expansion and growth need Deals (checked in answer). */
    private static final AuditInfo INFO = new AuditInfo(ID, TITLE);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        if (!data.has(Dataset.CUSTOMERS) && !data.has(Dataset.DEALS)) {
            return new Skipped(ID, TITLE, "skipped.noSheet", List.of(Dataset.CUSTOMERS.sheetName()));
        }
        List<Figure> figures = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (data.has(Dataset.CUSTOMERS)) {
            churn(data.customers(), settings, figures, findings);
        }
        if (data.has(Dataset.DEALS)) {
            expansion(data.deals(), settings, figures, tables);
            growth(data.deals(), settings, figures, tables, charts);
        }
        return new Section(ID, TITLE, figures, tables, charts, findings);
    }

    private static void churn(List<Customer> customers, AuditSettings settings, List<Figure> figures,
            List<Finding> findings) {
        LocalDate start = settings.windowStart();
        long atStart = customers.stream().filter(c -> c.since() != null && c.since().isBefore(start)
                && (c.churnedOn() == null || !c.churnedOn().isBefore(start))).count();
        List<Customer> lost = customers.stream().filter(c -> settings.inWindow(c.churnedOn())).toList();
        long won = customers.stream().filter(c -> settings.inWindow(c.since())).count();
        long active = customers.stream().filter(c -> c.since() != null && !c.since().isAfter(settings.asOf())
                && (c.churnedOn() == null || c.churnedOn().isAfter(settings.asOf()))).count();
        BigDecimal lostMrr = Amounts.sum(lost.stream().map(c -> c.recurringRevenue() == null ? BigDecimal.ZERO
                : c.recurringRevenue()).toList());
        BigDecimal activeMrr = Amounts.sum(customers.stream()
                .filter(c -> c.since() != null && !c.since().isAfter(settings.asOf())
                        && (c.churnedOn() == null || c.churnedOn().isAfter(settings.asOf())))
                .map(c -> c.recurringRevenue() == null ? BigDecimal.ZERO : c.recurringRevenue()).toList());
        figures.add(new Figure("audit.customers.at_start", "figure.audit.customers.at_start", new Value.Count(atStart)));
        figures.add(new Figure("audit.customers.new", "figure.audit.customers.new", new Value.Count(won)));
        figures.add(new Figure("audit.customers.churned", "figure.audit.customers.churned",
                new Value.Count(lost.size())));
        figures.add(new Figure("audit.customers.active", "figure.audit.customers.active", new Value.Count(active)));
        figures.add(new Figure("audit.customers.churn_rate", "figure.audit.customers.churn_rate",
                Amounts.ratio(lost.size(), atStart)));
        figures.add(new Figure("audit.customers.churned_mrr", "figure.audit.customers.churned_mrr",
                Amounts.money(lostMrr, settings.currency())));
        figures.add(new Figure("audit.customers.active_mrr", "figure.audit.customers.active_mrr",
                Amounts.money(activeMrr, settings.currency())));
        if (!lost.isEmpty()) {
            Value.Money yearly = (Value.Money) Amounts.money(lostMrr.multiply(BigDecimal.valueOf(12)),
                    settings.currency());
            findings.add(new Finding(ID, "finding.customers.churn", List.of(new Value.Count(lost.size()),
                    Amounts.ratio(lost.size(), atStart), Amounts.money(lostMrr, settings.currency()), yearly),
                    yearly.amount().signum() > 0 ? yearly.amount() : null));
        }
    }

    private static void expansion(List<Deal> deals, AuditSettings settings, List<Figure> figures, List<Table> tables) {
        Map<String, long[]> countByType = new TreeMap<>();
        Map<String, BigDecimal> bookingsByType = new TreeMap<>();
        long won = 0;
        BigDecimal bookings = BigDecimal.ZERO;
        AnalysisWindow window = settings.window();
        for (Deal d : deals) {
            if (d.isWon() && window.contains(d.closeDate())) {
                String type = d.type() == null || d.type().isBlank() ? "\u2013" : d.type().strip();
                countByType.computeIfAbsent(type, t -> new long[1])[0]++;
                bookingsByType.merge(type, d.amount(), BigDecimal::add);
                won++;
                bookings = bookings.add(d.amount());
            }
        }
        long upsell = count(countByType, "upsell");
        long crossSell = count(countByType, "cross-sell");
        figures.add(new Figure("audit.customers.upsell_share", "figure.audit.customers.upsell_share",
                Amounts.ratio(upsell, won)));
        figures.add(new Figure("audit.customers.cross_sell_share", "figure.audit.customers.cross_sell_share",
                Amounts.ratio(crossSell, won)));
        figures.add(new Figure("audit.customers.expansion_bookings_share",
                "figure.audit.customers.expansion_bookings_share",
                Amounts.ratio(money(bookingsByType, "upsell").add(money(bookingsByType, "cross-sell")), bookings)));
        List<List<Value>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : countByType.entrySet()) {
            BigDecimal b = bookingsByType.get(e.getKey());
            rows.add(List.of(new Value.Text(e.getKey()), new Value.Count(e.getValue()[0]),
                    Amounts.ratio(e.getValue()[0], won), Amounts.money(b, settings.currency()),
                    Amounts.ratio(b, bookings)));
        }
        tables.add(new Table("audit.customers.by_type", "table.audit.customers.by_type", List.of(
                new Column("type", "column.deal_type"), new Column("won", "column.won"),
                new Column("share", "column.share"), new Column("bookings", "column.bookings"),
                new Column("bookings_share", "column.bookings_share")), rows));
    }

    private static void growth(List<Deal> deals, AuditSettings settings, List<Figure> figures, List<Table> tables,
            List<Chart> charts) {
        LocalDate previousStart = settings.windowStart().minusMonths(AuditSettings.WINDOW_MONTHS);
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        List<Period> quarters = quarters(settings.asOf());
        Map<Period, BigDecimal> byQuarter = new LinkedHashMap<>();
        quarters.forEach(q -> byQuarter.put(q, BigDecimal.ZERO));
        AnalysisWindow window = settings.window();
        for (Deal d : deals) {
            if (!d.isWon() || d.closeDate() == null || d.closeDate().isAfter(settings.asOf())) {
                continue;
            }
            if (window.contains(d.closeDate())) {
                current = current.add(d.amount());
            } else if (!d.closeDate().isBefore(previousStart) && d.closeDate().isBefore(settings.windowStart())) {
                previous = previous.add(d.amount());
            }
            for (Period q : quarters) {
                if (q.contains(d.closeDate())) {
                    byQuarter.merge(q, d.amount(), BigDecimal::add);
                }
            }
        }
        figures.add(new Figure("audit.customers.bookings_previous_year", "figure.audit.customers.bookings_previous_year",
                Amounts.money(previous, settings.currency())));
        figures.add(new Figure("audit.customers.revenue_growth", "figure.audit.customers.revenue_growth",
                growthRate(current, previous)));
        List<List<Value>> rows = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        BigDecimal before = null;
        for (Map.Entry<Period, BigDecimal> e : byQuarter.entrySet()) {
            rows.add(List.of(new Value.Text(e.getKey().label()), Amounts.money(e.getValue(), settings.currency()),
                    before == null ? Value.notAvailable() : growthRate(e.getValue(), before)));
            points.add(ChartPoint.category(Label.literal(e.getKey().label()),
                    e.getValue().setScale(Math.max(0, settings.currency().getDefaultFractionDigits()),
                            RoundingMode.HALF_UP)));
            before = e.getValue();
        }
        tables.add(new Table("audit.customers.by_quarter", "table.audit.customers.by_quarter", List.of(
                new Column("quarter", "column.quarter"), new Column("bookings", "column.bookings"),
                new Column("growth", "column.growth")), rows));
        charts.add(new Chart("audit.customers.chart", "chart.audit.customers", ChartKind.BAR,
                new Axis("column.quarter", AxisScale.CATEGORY), new Axis("column.bookings", AxisScale.MONEY),
                List.of(new ChartSeries(Label.ofKey("column.bookings"), points, false)), "chart.audit.customers.alt",
                List.of(Integer.toString(points.size()))));
    }

    /** @return the last {@value #QUARTERS} complete calendar quarters on the as-of date, oldest first */
    static List<Period> quarters(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        Period current = Period.quarter(month.getYear(), quarter);
        YearMonth lastComplete = asOf.equals(current.endInclusive()) ? month
                : YearMonth.from(current.start()).minusMonths(1);
        List<Period> quarters = new ArrayList<>();
        for (int i = QUARTERS - 1; i >= 0; i--) {
            YearMonth m = lastComplete.minusMonths(3L * i);
            quarters.add(Period.quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1));
        }
        return quarters;
    }

    private static Value growthRate(BigDecimal current, BigDecimal previous) {
        return previous.signum() == 0 ? Value.notAvailable() : Amounts.ratio(current.subtract(previous), previous);
    }

    private static long count(Map<String, long[]> byType, String type) {
        return byType.entrySet().stream().filter(e -> normalise(e.getKey()).equals(normalise(type)))
                .mapToLong(e -> e.getValue()[0]).sum();
    }

    private static BigDecimal money(Map<String, BigDecimal> byType, String type) {
        return Amounts.sum(byType.entrySet().stream().filter(e -> normalise(e.getKey()).equals(normalise(type)))
                .map(Map.Entry::getValue).toList());
    }

    /** Upsell, up-sell and "up sell" are one type; likewise cross-sell. */
    private static String normalise(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
