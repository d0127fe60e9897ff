package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.StageChange;
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
 * Pipeline health on the as-of date. The normal sales cycle is the median number of days from creation
 * to close of the deals won in the analysis window (of all won deals when none closed in it); a deal
 * open longer than {@code audit.stale_factor} (default 2) normal cycles is stale: listed, taken out of
 * the weighted pipeline, proposed for recycling. Close dates pushed later are counted from the stage
 * history; overdue open deals carry an expected close date before the as-of date; closes bunching in
 * the last month of a quarter are measured on the won deals of the window.
 */
public final class PipelineHealthAudit implements Audit {

    static final String ID = "pipeline_health";
    private static final String TITLE = "section.pipeline_health.title";
    /** A deal whose expected close date moved later this many times or more is "repeatedly pushed". */
    static final int REPEATED_PUSHES = 2;

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        List<Deal> wonWithDates = data.deals().stream()
                .filter(d -> d.isWon() && d.created() != null && d.closeDate() != null
                        && !d.closeDate().isBefore(d.created()) && !d.closeDate().isAfter(settings.asOf()))
                .toList();
        AnalysisWindow window = settings.window();
        List<Deal> wonInWindow = wonWithDates.stream().filter(d -> window.contains(d.closeDate())).toList();
        List<Deal> cycleBasis = wonInWindow.isEmpty() ? wonWithDates : wonInWindow;
        if (cycleBasis.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.pipeline_health.noWonDeals", List.of());
        }
        double normalCycle = median(cycleBasis.stream()
                .mapToDouble(d -> ChronoUnit.DAYS.between(d.created(), d.closeDate())).toArray());
        long threshold = new BigDecimal(Double.toString(normalCycle)).multiply(settings.staleFactor())
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<Deal> open = data.deals().stream()
                .filter(Deal::isOpen)
                .filter(d -> d.created() == null || !d.created().isAfter(settings.asOf()))
                .toList();
        List<Deal> stale = open.stream()
                .filter(d -> d.created() != null && age(d, settings) > threshold)
                // oldest first: the earliest created is the oldest
                .sorted(Comparator.comparing(Deal::created).thenComparing(Deal::id))
                .toList();
        BigDecimal weighted = weighted(open, settings);
        BigDecimal staleValue = Amounts.sum(stale.stream().map(Deal::amount).toList());
        BigDecimal staleWeighted = weighted(stale, settings);
        long overdue = open.stream()
                .filter(d -> d.closeDate() != null && d.closeDate().isBefore(settings.asOf())).count();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("audit.pipeline_health.normal_cycle_days", "figure.audit.pipeline_health.normal_cycle_days",
                        Amounts.quantity(normalCycle, 1)),
                new Figure("audit.pipeline_health.stale_after_days", "figure.audit.pipeline_health.stale_after_days",
                        new Value.Count(threshold)),
                new Figure("audit.pipeline_health.stale_deals", "figure.audit.pipeline_health.stale_deals",
                        new Value.Count(stale.size())),
                new Figure("audit.pipeline_health.stale_share", "figure.audit.pipeline_health.stale_share",
                        Amounts.ratio(stale.size(), open.size())),
                new Figure("audit.pipeline_health.stale_value", "figure.audit.pipeline_health.stale_value",
                        Amounts.money(staleValue, settings.currency())),
                new Figure("audit.pipeline_health.stale_weighted", "figure.audit.pipeline_health.stale_weighted",
                        Amounts.money(staleWeighted, settings.currency())),
                new Figure("audit.pipeline_health.weighted_without_stale",
                        "figure.audit.pipeline_health.weighted_without_stale",
                        Amounts.money(weighted.subtract(staleWeighted), settings.currency())),
                new Figure("audit.pipeline_health.overdue_deals", "figure.audit.pipeline_health.overdue_deals",
                        new Value.Count(overdue)),
                new Figure("audit.pipeline_health.quarter_end_share", "figure.audit.pipeline_health.quarter_end_share",
                        quarterEndShare(wonInWindow))));
        List<Table> tables = new ArrayList<>();
        tables.add(staleTable(stale, settings));
        List<Finding> findings = new ArrayList<>();
        if (!stale.isEmpty()) {
            findings.add(new Finding(ID, "finding.pipeline_health.stale", List.of(new Value.Count(stale.size()),
                    new Value.Count(threshold), Amounts.money(staleValue, settings.currency()),
                    Amounts.money(staleWeighted, settings.currency()), cycles(settings.staleFactor())),
                    ((Value.Money) Amounts.money(staleWeighted, settings.currency())).amount()));
        }
        if (data.has(Dataset.STAGE_HISTORY)) {
            pushes(data, open, settings, figures, tables, findings);
        } else {
            figures.add(new Figure("audit.pipeline_health.pushed_deals", "figure.audit.pipeline_health.pushed_deals",
                    Value.notAvailable()));
            figures.add(new Figure("audit.pipeline_health.repeatedly_pushed_deals",
                    "figure.audit.pipeline_health.repeatedly_pushed_deals", Value.notAvailable()));
        }
        return new Section(ID, TITLE, figures, tables, List.of(chart(open, stale, settings)), findings);
    }

    private static void pushes(SalesData data, List<Deal> open, AuditSettings settings, List<Figure> figures,
            List<Table> tables, List<Finding> findings) {
        StageHistories histories = StageHistories.of(data.stageHistory());
        long pushed = 0;
        List<Deal> repeated = new ArrayList<>();
        Map<String, Integer> pushesByDeal = new TreeMap<>();
        for (Deal deal : open) {
            int pushes = histories.closeDatePushes(deal.id());
            pushesByDeal.put(deal.id(), pushes);
            pushed += pushes > 0 ? 1 : 0;
            if (pushes >= REPEATED_PUSHES) {
                repeated.add(deal);
            }
        }
        repeated.sort(Comparator.comparingInt((Deal d) -> -pushesByDeal.get(d.id())).thenComparing(Deal::id));
        figures.add(new Figure("audit.pipeline_health.pushed_deals", "figure.audit.pipeline_health.pushed_deals",
                new Value.Count(pushed)));
        figures.add(new Figure("audit.pipeline_health.repeatedly_pushed_deals",
                "figure.audit.pipeline_health.repeatedly_pushed_deals", new Value.Count(repeated.size())));
        List<List<Value>> rows = new ArrayList<>();
        for (Deal d : repeated) {
            List<StageChange> history = histories.of(d.id());
            LocalDate first = history.stream().map(StageChange::closeDate).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            rows.add(List.of(new Value.Text(d.id()), new Value.Text(nullToDash(d.ownerId())),
                    new Value.Text(nullToDash(d.stage())), new Value.Count(pushesByDeal.get(d.id())),
                    first == null ? Value.notAvailable() : new Value.Date(first),
                    d.closeDate() == null ? Value.notAvailable() : new Value.Date(d.closeDate()),
                    Amounts.money(d.amount(), settings.currency())));
        }
        tables.add(new Table("audit.pipeline_health.pushed", "table.audit.pipeline_health.pushed", List.of(
                new Column("deal_id", "column.deal_id"), new Column("owner", "column.rep_id"),
                new Column("stage", "column.stage"), new Column("pushes", "column.pushes"),
                new Column("first_close_date", "column.first_close_date"),
                new Column("close_date", "column.close_date"), new Column("amount", "column.amount")), rows));
        if (!repeated.isEmpty()) {
            BigDecimal value = Amounts.sum(repeated.stream().map(Deal::amount).toList());
            BigDecimal weighted = weighted(repeated, settings);
            Value.Money weightedMoney = (Value.Money) Amounts.money(weighted, settings.currency());
            findings.add(new Finding(ID, "finding.pipeline_health.pushed", List.of(new Value.Count(repeated.size()),
                    new Value.Count(REPEATED_PUSHES), Amounts.money(value, settings.currency()), weightedMoney),
                    weightedMoney.amount()));
        }
    }

    private static Table staleTable(List<Deal> stale, AuditSettings settings) {
        List<List<Value>> rows = new ArrayList<>(stale.size());
        // owners and stages repeat: each one's text is made once
        Map<String, Value> texts = new HashMap<>();
        Function<String, Value> text = s -> s == null ? new Value.Text(nullToDash(null))
                : texts.computeIfAbsent(s, k -> new Value.Text(nullToDash(k)));
        for (Deal d : stale) {
            rows.add(List.of(new Value.Text(d.id()), text.apply(d.ownerId()),
                    text.apply(d.stage()), new Value.Date(d.created()),
                    new Value.Count(age(d, settings)),
                    d.closeDate() == null ? Value.notAvailable() : new Value.Date(d.closeDate()),
                    Amounts.money(d.amount(), settings.currency()),
                    Amounts.money(d.amount().multiply(PipelineAudit.probability(d, settings)), settings.currency())));
        }
        return new Table("audit.pipeline_health.stale", "table.audit.pipeline_health.stale", List.of(
                new Column("deal_id", "column.deal_id"), new Column("owner", "column.rep_id"),
                new Column("stage", "column.stage"), new Column("created", "column.created"),
                new Column("age_days", "column.age_days"), new Column("close_date", "column.close_date"),
                new Column("amount", "column.amount"), new Column("weighted_value", "column.weighted_value")), rows);
    }

    private static Chart chart(List<Deal> open, List<Deal> stale, AuditSettings settings) {
        Map<String, BigDecimal[]> byStage = new TreeMap<>(Comparator
                .comparingInt((String s) -> settings.stages().rank(s)).thenComparing(s -> s));
        // the open and the stale value of each stage as written, then by stage as shown: active = open − stale
        Map<String, BigDecimal> openByStage = sumByStage(open);
        Map<String, BigDecimal> staleByStage = sumByStage(stale);
        openByStage.forEach((written, value) -> {
            BigDecimal staleValue = staleByStage.getOrDefault(written, BigDecimal.ZERO);
            BigDecimal[] values = byStage.computeIfAbsent(nullToDash(written),
                    s -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            values[0] = values[0].add(value.subtract(staleValue));
            values[1] = values[1].add(staleValue);
        });
        List<ChartPoint> active = new ArrayList<>();
        List<ChartPoint> old = new ArrayList<>();
        byStage.forEach((stage, values) -> {
            active.add(ChartPoint.category(Label.literal(stage), scaled(values[0], settings)));
            old.add(ChartPoint.category(Label.literal(stage), scaled(values[1], settings)));
        });
        return new Chart("audit.pipeline_health.chart", "chart.audit.pipeline_health", ChartKind.BAR,
                new Axis("column.stage", AxisScale.CATEGORY), new Axis("column.value", AxisScale.MONEY),
                List.of(new ChartSeries(Label.ofKey("chart.series.active_deals"), active, false),
                        new ChartSeries(Label.ofKey("chart.series.stale_deals"), old, false)),
                "chart.audit.pipeline_health.alt", List.of(Integer.toString(open.size()),
                        Integer.toString(stale.size())));
    }

    /** @return the sum of the deals' amounts per stage as written (null for no stage) */
    private static Map<String, BigDecimal> sumByStage(List<Deal> deals) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Deal d : deals) {
            sums.merge(d.stage(), d.amount(), BigDecimal::add);
        }
        return sums;
    }

    /** @return the stale factor as a whole count when it is one (2 cycles), else as a decimal (2.5 cycles) */
    private static Value cycles(BigDecimal factor) {
        BigDecimal plain = factor.stripTrailingZeros();
        return plain.scale() <= 0 ? new Value.Count(plain.longValueExact()) : new Value.Quantity(plain);
    }

    private static BigDecimal scaled(BigDecimal amount, AuditSettings settings) {
        return amount.setScale(Math.max(settings.currency().getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
    }

    /** Share of the won deals closed in the third month of a calendar quarter (one third if closes were even). */
    private static Value quarterEndShare(List<Deal> won) {
        long atQuarterEnd = won.stream().filter(d -> d.closeDate().getMonthValue() % 3 == 0).count();
        return Amounts.ratio(atQuarterEnd, won.size());
    }

    private static BigDecimal weighted(List<Deal> deals, AuditSettings settings) {
        return Amounts.sum(deals.stream().map(d -> d.amount().multiply(PipelineAudit.probability(d, settings)))
                .toList());
    }

    private static long age(Deal deal, AuditSettings settings) {
        return ChronoUnit.DAYS.between(deal.created(), settings.asOf());
    }

    /** Median with Excel's PERCENTILE.INC / MEDIAN estimator. */
    static double median(double[] values) {
        return new Percentile(50).withEstimationType(EstimationType.R_7).evaluate(values);
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "\u2013" : text.strip();
    }
}
