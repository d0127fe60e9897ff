package org.salesaudit.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Lead;
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
import org.salesaudit.stats.KaplanMeier;
import org.salesaudit.stats.KaplanMeier.Observation;
import org.salesaudit.stats.LogRank;

/**
 * Time to customer: days from the first contact (the lead's creation when the deal has a lead, else
 * the deal's creation) to the won close, estimated with Kaplan–Meier over the won deals (events) and
 * the deals still open on the as-of date (censored at their age on that date, not dropped); lost deals
 * never became customers and are left out. Median with its 95 % interval, by channel (the lead's
 * source) with a log-rank test of whether channels differ, a Mann–Whitney test of the won deals' days of
 * the fastest against the slowest channel, and the median days deals spend in each stage from the stage
 * history.
 */
public final class TimeToCustomerAudit implements Audit {

    static final String ID = "time_to_customer";
    private static final String TITLE = "section.time_to_customer.title";
    /** Channels drawn in the chart: the largest ones. */
    static final int CHART_CHANNELS = 7;
    private static final String NO_CHANNEL = "\u2013";
    /** Won deals a channel needs to take part in the Mann–Whitney comparison. */
    static final int MANN_WHITNEY_MIN_WON = 5;

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        Map<String, Lead> leads = new HashMap<>();
        data.leads().forEach(l -> leads.putIfAbsent(l.id().strip(), l));
        Map<String, List<Observation>> byChannel = new TreeMap<>();
        List<Observation> all = new ArrayList<>();
        // a deal id listed twice counts once, as first listed
        Set<String> seen = new HashSet<>(Math.max(16, data.deals().size() * 4 / 3 + 1));
        for (Deal deal : data.deals()) {
            if (!seen.add(deal.id())) {
                continue;
            }
            Lead lead = deal.leadId() == null || leads.isEmpty() ? null : leads.get(deal.leadId().strip());
            LocalDate start = lead != null && lead.created() != null ? lead.created().toLocalDate() : deal.created();
            if (start == null || start.isAfter(settings.asOf())) {
                continue;
            }
            Observation o;
            if (deal.isWon() && deal.closeDate() != null && !deal.closeDate().isAfter(settings.asOf())
                    && !deal.closeDate().isBefore(start)) {
                o = new Observation(ChronoUnit.DAYS.between(start, deal.closeDate()), true);
            } else if (deal.isOpen()) {
                o = new Observation(ChronoUnit.DAYS.between(start, settings.asOf()), false);
            } else {
                continue;
            }
            all.add(o);
            String channel = lead == null || lead.channel() == null || lead.channel().isBlank() ? NO_CHANNEL
                    : lead.channel().strip();
            byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(o);
        }
        KaplanMeier overall = KaplanMeier.estimate(all);
        if (overall.events() == 0) {
            return new Skipped(ID, TITLE, "skipped.time_to_customer.noWonDeals", List.of());
        }
        Map<String, KaplanMeier> curves = new LinkedHashMap<>();
        byChannel.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Observation>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> curves.put(e.getKey(), KaplanMeier.estimate(e.getValue())));
        Optional<LogRank> test = curves.size() < 2 ? Optional.empty()
                : LogRank.of(curves.keySet().stream().map(byChannel::get).toList());
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("audit.time_to_customer.deals", "figure.audit.time_to_customer.deals",
                        new Value.Count(overall.observations())),
                new Figure("audit.time_to_customer.won", "figure.audit.time_to_customer.won",
                        new Value.Count(overall.events())),
                new Figure("audit.time_to_customer.censored", "figure.audit.time_to_customer.censored",
                        new Value.Count(overall.observations() - overall.events())),
                new Figure("audit.time_to_customer.median_days", "figure.audit.time_to_customer.median_days",
                        days(overall.median())),
                new Figure("audit.time_to_customer.median_low", "figure.audit.ci_low", days(overall.medianLow())),
                new Figure("audit.time_to_customer.median_high", "figure.audit.ci_high", days(overall.medianHigh())),
                new Figure("audit.time_to_customer.log_rank_chi_square",
                        "figure.audit.time_to_customer.log_rank_chi_square",
                        test.map(t -> Amounts.quantity(t.statistic(), 3)).orElseGet(Value::notAvailable)),
                new Figure("audit.time_to_customer.log_rank_degrees_of_freedom",
                        "figure.audit.funnel.channel_degrees_of_freedom",
                        test.<Value>map(t -> new Value.Count(t.degreesOfFreedom())).orElseGet(Value::notAvailable)),
                new Figure("audit.time_to_customer.log_rank_p_value", "figure.audit.funnel.channel_p_value",
                        test.map(t -> Amounts.quantity(t.pValue(), 6)).orElseGet(Value::notAvailable))));
        figures.addAll(mannWhitney(byChannel));
        List<Finding> findings = new ArrayList<>();
        test.filter(t -> t.pValue() < FunnelAudit.ALPHA).ifPresent(t -> differenceFinding(t, curves)
                .ifPresent(findings::add));
        List<Table> tables = new ArrayList<>(List.of(channelTable(curves)));
        if (data.has(Dataset.STAGE_HISTORY)) {
            tables.add(stageTable(data.stageHistory(), settings));
        }
        return new Section(ID, TITLE, figures, tables, List.of(chart(curves)), findings);
    }

    /**
     * Mann–Whitney U test (Commons Math, normal approximation, two-sided) of the won deals' days to
     * customer of the fastest against the slowest channel, by the median of those days (Excel's
     * estimator; ties by name), among the channels with at least {@value #MANN_WHITNEY_MIN_WON} won deals.
     * Deals without a channel take no part. Not available with fewer than two such channels.
     */
    static List<Figure> mannWhitney(Map<String, List<Observation>> byChannel) {
        record Won(String channel, double[] days, double median) {
        }
        List<Won> eligible = new ArrayList<>();
        byChannel.forEach((channel, observations) -> {
            double[] days = observations.stream().filter(Observation::event).mapToDouble(Observation::time).toArray();
            if (!channel.equals(NO_CHANNEL) && days.length >= MANN_WHITNEY_MIN_WON) {
                eligible.add(new Won(channel, days, PipelineHealthAudit.median(days)));
            }
        });
        Value fastest = Value.notAvailable();
        Value slowest = Value.notAvailable();
        Value u = Value.notAvailable();
        Value p = Value.notAvailable();
        if (eligible.size() >= 2) {
            Comparator<Won> byMedian = Comparator.comparingDouble(Won::median).thenComparing(Won::channel);
            Won fast = eligible.stream().min(byMedian).orElseThrow();
            Won slow = eligible.stream().max(byMedian).orElseThrow();
            MannWhitneyUTest test = new MannWhitneyUTest();
            fastest = new Value.Text(fast.channel());
            slowest = new Value.Text(slow.channel());
            u = Amounts.quantity(test.mannWhitneyU(fast.days(), slow.days()), 1);
            p = Amounts.quantity(test.mannWhitneyUTest(fast.days(), slow.days()), 6);
        }
        return List.of(
                new Figure("audit.time_to_customer.mann_whitney_fastest",
                        "figure.audit.time_to_customer.mann_whitney_fastest", fastest),
                new Figure("audit.time_to_customer.mann_whitney_slowest",
                        "figure.audit.time_to_customer.mann_whitney_slowest", slowest),
                new Figure("audit.time_to_customer.mann_whitney_u", "figure.audit.time_to_customer.mann_whitney_u", u),
                new Figure("audit.time_to_customer.mann_whitney_p_value",
                        "figure.audit.time_to_customer.mann_whitney_p_value", p));
    }

    private static Value days(Optional<Double> days) {
        return days.<Value>map(d -> new Value.Count(Math.round(d))).orElseGet(Value::notAvailable);
    }

    private static Optional<Finding> differenceFinding(LogRank test, Map<String, KaplanMeier> curves) {
        List<Map.Entry<String, KaplanMeier>> withMedian = curves.entrySet().stream()
                .filter(e -> e.getValue().median().isPresent()).toList();
        if (withMedian.size() < 2) {
            return Optional.empty();
        }
        Comparator<Map.Entry<String, KaplanMeier>> byMedian = Comparator
                .comparingDouble((Map.Entry<String, KaplanMeier> e) -> e.getValue().median().orElseThrow())
                .thenComparing(Map.Entry::getKey);
        Map.Entry<String, KaplanMeier> fastest = withMedian.stream().min(byMedian).orElseThrow();
        Map.Entry<String, KaplanMeier> slowest = withMedian.stream().max(byMedian).orElseThrow();
        return Optional.of(new Finding(ID, "finding.time_to_customer.channels_differ", List.of(
                Amounts.quantity(test.statistic(), 1), Amounts.quantity(test.pValue(), 4),
                new Value.Text(fastest.getKey()), days(fastest.getValue().median()),
                new Value.Text(slowest.getKey()), days(slowest.getValue().median())), null));
    }

    private static Table channelTable(Map<String, KaplanMeier> curves) {
        List<List<Value>> rows = new ArrayList<>();
        curves.forEach((channel, km) -> rows.add(List.of(new Value.Text(channel), new Value.Count(km.observations()),
                new Value.Count(km.events()), new Value.Count(km.observations() - km.events()), days(km.median()),
                days(km.medianLow()), days(km.medianHigh()))));
        return new Table("audit.time_to_customer.by_channel", "table.audit.time_to_customer.by_channel", List.of(
                new Column("channel", "column.channel"), new Column("deals", "column.deals"),
                new Column("won", "column.won"), new Column("open", "column.censored"),
                new Column("median_days", "column.median_days"), new Column("low", "column.ci_low"),
                new Column("high", "column.ci_high")), rows);
    }

    /** Median and mean days in each stage: from entering it to entering the next one, per deal. */
    private static Table stageTable(List<StageChange> history, AuditSettings settings) {
        StageHistories histories = StageHistories.of(history);
        Map<String, List<Double>> byStage = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String dealId : history.stream().map(StageChange::dealId).distinct().toList()) {
            List<StageChange> changes = histories.of(dealId);
            for (int i = 0; i + 1 < changes.size(); i++) {
                StageChange from = changes.get(i);
                String key = StageHistories.normalise(from.stage());
                names.putIfAbsent(key, from.stage().strip());
                byStage.computeIfAbsent(key, k -> new ArrayList<>())
                        .add((double) ChronoUnit.DAYS.between(from.enteredOn(), changes.get(i + 1).enteredOn()));
            }
        }
        List<String> stages = new ArrayList<>(byStage.keySet());
        stages.sort(Comparator.comparingInt((String s) -> settings.stages().rank(names.get(s)))
                .thenComparing(s -> s));
        List<List<Value>> rows = new ArrayList<>();
        for (String stage : stages) {
            double[] days = byStage.get(stage).stream().mapToDouble(Double::doubleValue).toArray();
            rows.add(List.of(new Value.Text(names.get(stage)), new Value.Count(days.length),
                    Amounts.quantity(PipelineHealthAudit.median(days), 1),
                    Amounts.quantity(new Percentile(90).withEstimationType(EstimationType.R_7).evaluate(days), 1)));
        }
        return new Table("audit.time_to_customer.time_in_stage", "table.audit.time_to_customer.time_in_stage",
                List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals"),
                        new Column("median_days", "column.median_days"), new Column("p90_days", "column.p90_days")),
                rows);
    }

    private static Chart chart(Map<String, KaplanMeier> curves) {
        List<ChartSeries> series = new ArrayList<>();
        curves.entrySet().stream().limit(CHART_CHANNELS).forEach(e -> {
            List<ChartPoint> points = new ArrayList<>();
            points.add(ChartPoint.xy(BigDecimal.ZERO, BigDecimal.ONE));
            for (KaplanMeier.Step step : e.getValue().steps()) {
                points.add(new ChartPoint(null, Amounts.decimal(step.time(), 0),
                        Amounts.decimal(step.survival(), Amounts.RATIO_SCALE),
                        Amounts.decimal(step.low(), Amounts.RATIO_SCALE),
                        Amounts.decimal(step.high(), Amounts.RATIO_SCALE)));
            }
            series.add(new ChartSeries(Label.literal(e.getKey()), points, false));
        });
        return new Chart("audit.time_to_customer.chart", "chart.audit.time_to_customer", ChartKind.STEP,
                new Axis("column.days", AxisScale.DAYS), new Axis("column.not_yet_customer", AxisScale.RATIO),
                series, "chart.audit.time_to_customer.alt", List.of(Integer.toString(series.size())));
    }
}
