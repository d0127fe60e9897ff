package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.salesaudit.model.Activity;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Lead;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
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
 * Rep quadrants. Level: a rep's attainment over the quota months of the analysis window (won bookings
 * closed in those months / their quotas) against the median attainment of the rep's team (all reps when
 * the Reps sheet has no teams): at or above it is a top performer. Trend: the least-squares slope
 * ({@link SimpleRegression}) of the monthly attainment over the rep's quota months of the
 * {@value #TREND_MONTHS} months before the as-of date, so a year that is better than the year before
 * shows; improving when positive.
 * A rep with fewer than {@value #MIN_MONTHS} quota months has no trend and no quadrant. For each weaker
 * rep, the team's best rep is the one to learn from, on the behaviour where the weaker rep lags most:
 * win rate (won / closed deals owned), median lead response time (hours from lead creation to the first
 * touch, leads owned) or touches per closed deal (activities on the rep's closed deals).
 */
public final class RepQuadrantAudit implements Audit {

    static final String ID = "rep_quadrants";
    private static final String TITLE = "section.rep_quadrants.title";
    static final int MIN_MONTHS = 3;
    /** The trend is measured over the quota months of this many months before the as-of date. */
    static final int TREND_MONTHS = 24;

    /** The four quadrants, in report order. */
    enum Quadrant {
        RISING_STARS("rising_stars"), FALLING_STARS("falling_stars"), IMPROVING_LAGGARDS("improving_laggards"),
        DECLINING_LAGGARDS("declining_laggards");

        final String key;

        Quadrant(String key) {
            this.key = key;
        }

        static Quadrant of(boolean top, boolean improving) {
            if (top) {
                return improving ? RISING_STARS : FALLING_STARS;
            }
            return improving ? IMPROVING_LAGGARDS : DECLINING_LAGGARDS;
        }
    }

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.QUOTAS, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        Map<String, RepRecord> reps = new TreeMap<>();
        LocalDate trendStart = settings.asOf().minusMonths(TREND_MONTHS).plusDays(1);
        for (Quota q : data.quotas()) {
            if (!q.period().start().isBefore(trendStart) && !q.period().endInclusive().isAfter(settings.asOf())
                    && q.amount().signum() > 0) {
                RepRecord rep = reps.computeIfAbsent(q.repId(), id -> new RepRecord(id, data.rep(id)));
                rep.trendQuotas.add(q);
                if (!q.period().start().isBefore(settings.windowStart())) {
                    rep.quotas.add(q);
                }
            }
        }
        Map<String, RepRecord> byId = new HashMap<>(reps);
        for (Deal deal : data.deals()) {
            RepRecord rep = deal.ownerId() == null ? null : byId.get(deal.ownerId());
            if (rep != null) {
                rep.addDeal(deal, settings);
            }
        }
        List<RepRecord> classified = reps.values().stream().filter(r -> r.months() >= MIN_MONTHS).toList();
        if (classified.size() < 2) {
            return new Skipped(ID, TITLE, "skipped.rep_quadrants.tooFewReps", List.of(Integer.toString(MIN_MONTHS)));
        }
        Behaviours behaviours = Behaviours.of(data, settings);
        Map<String, List<RepRecord>> teams = new TreeMap<>();
        classified.forEach(r -> teams.computeIfAbsent(r.team(), t -> new ArrayList<>()).add(r));
        for (List<RepRecord> team : teams.values()) {
            double median = PipelineHealthAudit.median(team.stream().mapToDouble(RepRecord::attainment).toArray());
            team.forEach(r -> r.teamMedian = median);
        }
        return section(classified, teams, behaviours, settings);
    }

    private static Section section(List<RepRecord> reps, Map<String, List<RepRecord>> teams, Behaviours behaviours,
            AuditSettings settings) {
        List<Figure> figures = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<ChartSeries> series = new ArrayList<>();
        for (Quadrant quadrant : Quadrant.values()) {
            List<RepRecord> in = reps.stream().filter(r -> r.quadrant() == quadrant)
                    .sorted(Comparator.comparingDouble(RepRecord::attainment).reversed().thenComparing(r -> r.id))
                    .toList();
            figures.add(new Figure("audit.rep_quadrants." + quadrant.key, "figure.audit.rep_quadrants." + quadrant.key,
                    new Value.Count(in.size())));
            List<List<Value>> rows = new ArrayList<>();
            List<ChartPoint> points = new ArrayList<>();
            for (RepRecord r : in) {
                rows.add(List.of(new Value.Text(r.id), new Value.Text(r.name()), new Value.Text(r.team()),
                        Amounts.ratio(r.attainment()), Amounts.ratio(r.teamMedian), Amounts.ratio(r.slope())));
                points.add(new ChartPoint(Label.literal(r.name()), Amounts.decimal(r.attainment(), Amounts.RATIO_SCALE),
                        Amounts.decimal(r.slope(), Amounts.RATIO_SCALE), null, null));
            }
            tables.add(new Table("audit.rep_quadrants." + quadrant.key, "table.audit.rep_quadrants." + quadrant.key,
                    List.of(new Column("rep_id", "column.rep_id"), new Column("rep_name", "column.rep_name"),
                            new Column("team", "column.team"), new Column("attainment", "column.attainment"),
                            new Column("team_median", "column.team_median"),
                            new Column("trend_per_month", "column.trend_per_month")), rows));
            series.add(new ChartSeries(Label.ofKey("table.audit.rep_quadrants." + quadrant.key), points, false));
        }
        List<Finding> findings = new ArrayList<>();
        tables.addAll(mentoring(teams, behaviours, settings, findings));
        Chart chart = new Chart("audit.rep_quadrants.chart", "chart.audit.rep_quadrants", ChartKind.SCATTER,
                new Axis("column.attainment", AxisScale.RATIO), new Axis("column.trend_per_month", AxisScale.RATIO),
                series, "chart.audit.rep_quadrants.alt", List.of(Integer.toString(reps.size())));
        return new Section(ID, TITLE, figures, tables, List.of(chart), findings);
    }

    private static List<Table> mentoring(Map<String, List<RepRecord>> teams, Behaviours behaviours,
            AuditSettings settings, List<Finding> findings) {
        List<List<Value>> pairs = new ArrayList<>();
        List<List<Value>> compared = new ArrayList<>();
        for (List<RepRecord> team : teams.values()) {
            RepRecord best = team.stream()
                    .max(Comparator.comparingDouble(RepRecord::attainment).thenComparing(r -> r.id,
                            Comparator.reverseOrder()))
                    .orElseThrow();
            for (RepRecord weak : team.stream().filter(r -> !r.isTop() && !r.leftBefore(settings.asOf()))
                    .sorted(Comparator.comparing(r -> r.id)).toList()) {
                Optional<Behaviours.Gap> gap = behaviours.largestGap(weak.id, best.id);
                BigDecimal atStake = BigDecimal.valueOf(weak.teamMedian).multiply(weak.quota())
                        .subtract(weak.bookings()).max(BigDecimal.ZERO);
                Value.Money money = (Value.Money) Amounts.money(atStake, settings.currency());
                pairs.add(List.of(new Value.Text(weak.id), new Value.Text(weak.name()), new Value.Text(best.id),
                        new Value.Text(best.name()), Amounts.ratio(weak.attainment()), Amounts.ratio(best.attainment()),
                        money));
                compared.add(List.of(new Value.Text(weak.id), new Value.Text(best.id),
                        behaviours.winRate(weak.id), behaviours.winRate(best.id),
                        behaviours.responseHours(weak.id), behaviours.responseHours(best.id),
                        behaviours.touchesPerDeal(weak.id), behaviours.touchesPerDeal(best.id)));
                gap.ifPresent(g -> findings.add(new Finding(ID, "finding.rep_quadrants.learn." + g.behaviour(),
                        List.of(new Value.Text(weak.name()), new Value.Text(best.name()), g.weak(), g.best(), money),
                        money.amount())));
            }
        }
        return List.of(new Table("audit.rep_quadrants.learn_from", "table.audit.rep_quadrants.learn_from", List.of(
                new Column("rep_id", "column.rep_id"), new Column("rep_name", "column.rep_name"),
                new Column("mentor_id", "column.mentor_id"), new Column("mentor_name", "column.mentor_name"),
                new Column("attainment", "column.attainment"), new Column("mentor_attainment", "column.mentor_attainment"),
                new Column("bookings_gap", "column.bookings_gap")), pairs),
                new Table("audit.rep_quadrants.behaviours", "table.audit.rep_quadrants.behaviours", List.of(
                        new Column("rep_id", "column.rep_id"), new Column("mentor_id", "column.mentor_id"),
                        new Column("win_rate", "column.win_rate"), new Column("mentor_win_rate", "column.mentor_win_rate"),
                        new Column("response_hours", "column.response_hours"),
                        new Column("mentor_response_hours", "column.mentor_response_hours"),
                        new Column("touches_per_deal", "column.touches_per_deal"),
                        new Column("mentor_touches_per_deal", "column.mentor_touches_per_deal")), compared));
    }

    /** A rep's quotas and won bookings in the window. */
    private static final class RepRecord {
        final String id;
        final Optional<Rep> rep;
        final List<Quota> quotas = new ArrayList<>();
        final List<Quota> trendQuotas = new ArrayList<>();
        final Map<Period, BigDecimal> bookingsByPeriod = new TreeMap<>();
        double teamMedian;

        RepRecord(String id, Optional<Rep> rep) {
            this.id = id;
            this.rep = rep;
        }

        void addDeal(Deal deal, AuditSettings settings) {
            if (deal.isWon() && deal.closeDate() != null && !deal.closeDate().isAfter(settings.asOf())) {
                for (Quota q : trendQuotas) {
                    if (q.period().contains(deal.closeDate())) {
                        bookingsByPeriod.merge(q.period(), deal.amount(), BigDecimal::add);
                        return;
                    }
                }
            }
        }

        int months() {
            return quotas.size();
        }

        BigDecimal quota() {
            return Amounts.sum(quotas.stream().map(Quota::amount).toList());
        }

        /** @return the won bookings closed in the quota months of the analysis window */
        BigDecimal bookings() {
            return Amounts.sum(quotas.stream()
                    .map(q -> bookingsByPeriod.getOrDefault(q.period(), BigDecimal.ZERO))
                    .toList());
        }

        double attainment() {
            return bookings().divide(quota(), 10, RoundingMode.HALF_UP).doubleValue();
        }

        /** @return the least-squares slope of monthly attainment, per month */
        double slope() {
            SimpleRegression regression = new SimpleRegression();
            List<Quota> ordered = trendQuotas.stream().sorted(Comparator.comparing(Quota::period)).toList();
            YearMonth first = YearMonth.from(ordered.get(0).period().start());
            for (Quota q : ordered) {
                YearMonth month = YearMonth.from(q.period().start());
                BigDecimal booked = bookingsByPeriod.getOrDefault(q.period(), BigDecimal.ZERO);
                regression.addData(first.until(month, ChronoUnit.MONTHS),
                        booked.divide(q.amount(), 10, RoundingMode.HALF_UP).doubleValue());
            }
            return regression.getSlope();
        }

        boolean isTop() {
            return attainment() >= teamMedian;
        }

        Quadrant quadrant() {
            return Quadrant.of(isTop(), slope() > 0);
        }

        boolean leftBefore(LocalDate date) {
            return rep.map(Rep::endDate).filter(end -> end.isBefore(date)).isPresent();
        }

        String name() {
            return rep.map(Rep::displayName).orElse(id);
        }

        String team() {
            return rep.map(Rep::team).filter(t -> t != null && !t.isBlank()).orElse("");
        }
    }

    /** The behaviours a weaker rep can learn, measured per rep from deals, leads and activities. */
    static final class Behaviours {
        /** A behaviour where the weaker rep lags, with both reps' values. */
        record Gap(String behaviour, Value weak, Value best) {
        }

        private final Map<String, long[]> closedWon = new HashMap<>();
        private final Map<String, List<Double>> responseHours = new HashMap<>();
        private final Map<String, long[]> touches = new HashMap<>();
        private boolean hasActivities;

        static Behaviours of(SalesData data, AuditSettings settings) {
            Behaviours b = new Behaviours();
            b.hasActivities = data.has(Dataset.ACTIVITIES);
            // the owner of each closed deal, by deal id: needed only to count activities on deals
            Map<String, String> closedDealOwner = new HashMap<>();
            AnalysisWindow window = settings.window();
            for (Deal d : data.deals()) {
                if (d.ownerId() != null && d.status().isClosed() && window.contains(d.closeDate())) {
                    long[] counts = b.closedWon.computeIfAbsent(d.ownerId(), k -> new long[2]);
                    counts[0]++;
                    counts[1] += d.isWon() ? 1 : 0;
                    if (b.hasActivities) {
                        closedDealOwner.put(d.id(), d.ownerId());
                    }
                    b.touches.computeIfAbsent(d.ownerId(), k -> new long[2])[0]++;
                }
            }
            for (Lead l : data.leads()) {
                if (l.ownerId() != null && l.created() != null && l.firstTouch() != null
                        && settings.inWindow(l.created().toLocalDate()) && !l.firstTouch().isBefore(l.created())) {
                    b.responseHours.computeIfAbsent(l.ownerId(), k -> new ArrayList<>())
                            .add(Duration.between(l.created(), l.firstTouch()).toMinutes() / 60.0);
                }
            }
            for (Activity a : data.activities()) {
                String owner = a.dealId() == null ? null : closedDealOwner.get(a.dealId());
                if (owner != null) {
                    b.touches.get(owner)[1]++;
                }
            }
            return b;
        }

        Value winRate(String rep) {
            long[] c = closedWon.get(rep);
            return c == null ? Value.notAvailable() : Amounts.ratio(c[1], c[0]);
        }

        Value responseHours(String rep) {
            List<Double> hours = responseHours.get(rep);
            return hours == null ? Value.notAvailable()
                    : Amounts.quantity(PipelineHealthAudit.median(hours.stream().mapToDouble(Double::doubleValue)
                            .toArray()), 1);
        }

        Value touchesPerDeal(String rep) {
            long[] c = touches.get(rep);
            return c == null || !hasActivities ? Value.notAvailable() : Amounts.quantity((double) c[1] / c[0], 1);
        }

        /** @return the behaviour with the largest relative gap in the best rep's favour, if any */
        Optional<Gap> largestGap(String weak, String best) {
            Gap found = null;
            double largest = 0;
            double[] wr = {number(winRate(weak)), number(winRate(best))};
            if (!Double.isNaN(wr[0]) && !Double.isNaN(wr[1]) && wr[1] > 0 && (wr[1] - wr[0]) / wr[1] > largest) {
                largest = (wr[1] - wr[0]) / wr[1];
                found = new Gap("win_rate", winRate(weak), winRate(best));
            }
            double[] rh = {number(responseHours(weak)), number(responseHours(best))};
            if (!Double.isNaN(rh[0]) && !Double.isNaN(rh[1]) && rh[0] > 0 && (rh[0] - rh[1]) / rh[0] > largest) {
                largest = (rh[0] - rh[1]) / rh[0];
                found = new Gap("response_time", responseHours(weak), responseHours(best));
            }
            double[] tp = {number(touchesPerDeal(weak)), number(touchesPerDeal(best))};
            if (!Double.isNaN(tp[0]) && !Double.isNaN(tp[1]) && tp[1] > 0 && (tp[1] - tp[0]) / tp[1] > largest) {
                found = new Gap("persistence", touchesPerDeal(weak), touchesPerDeal(best));
            }
            return Optional.ofNullable(found);
        }

        private static double number(Value value) {
            return value.json() instanceof BigDecimal d ? d.doubleValue() : Double.NaN;
        }
    }
}
