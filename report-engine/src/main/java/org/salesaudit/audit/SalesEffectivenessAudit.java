package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Value;

/**
 * Win rate and deal size over the analysis window (the twelve months ending on the as-of date):
 * won / closed deals by close date, won / created deals for the deals created in the window, the
 * bookings, and the mean and median won deal; the sales cycle (days from creation to close of the deals
 * won in the window: median, Excel's estimator, and mean) and the pipeline velocity per day, open deals ×
 * win rate × average won deal / mean cycle = open × Σ won × cycles / (closed × Σ cycle days), exact.
 */
public final class SalesEffectivenessAudit implements Audit {

    static final String ID = "sales_effectiveness";
    private static final String TITLE = "section.sales_effectiveness.title";

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        AnalysisWindow window = settings.window();
        List<Deal> closedInWindow = data.deals().stream()
                .filter(d -> d.status().isClosed() && window.contains(d.closeDate()))
                .toList();
        List<BigDecimal> wonAmounts = closedInWindow.stream().filter(Deal::isWon).map(Deal::amount).toList();
        long lost = closedInWindow.size() - wonAmounts.size();
        List<Deal> createdInWindow = data.deals().stream().filter(d -> window.contains(d.created())).toList();
        long createdAndWon = createdInWindow.stream()
                .filter(d -> d.isWon() && d.closeDate() != null && !d.closeDate().isAfter(settings.asOf()))
                .count();
        List<Deal> wonWithCycle = closedInWindow.stream()
                .filter(d -> d.isWon() && d.created() != null && !d.closeDate().isBefore(d.created())).toList();
        double[] cycles = wonWithCycle.stream()
                .mapToDouble(d -> ChronoUnit.DAYS.between(d.created(), d.closeDate())).toArray();
        long open = data.deals().stream()
                .filter(d -> d.isOpen() && (d.created() == null || !d.created().isAfter(settings.asOf()))).count();
        List<Figure> figures = List.of(
                new Figure("audit.window_start", "figure.audit.window_start", new Value.Date(settings.windowStart())),
                new Figure("audit.window_end", "figure.audit.window_end", new Value.Date(settings.asOf())),
                new Figure("audit.won_deals", "figure.audit.won_deals", new Value.Count(wonAmounts.size())),
                new Figure("audit.lost_deals", "figure.audit.lost_deals", new Value.Count(lost)),
                new Figure("audit.bookings", "figure.audit.bookings",
                        Amounts.money(Amounts.sum(wonAmounts), settings.currency())),
                new Figure("audit.win_rate", "figure.audit.win_rate",
                        Amounts.ratio(wonAmounts.size(), closedInWindow.size())),
                new Figure("audit.win_rate_created", "figure.audit.win_rate_created",
                        Amounts.ratio(createdAndWon, createdInWindow.size())),
                new Figure("audit.average_deal_size", "figure.audit.average_deal_size",
                        Amounts.moneyOrNotAvailable(Amounts.mean(wonAmounts), settings.currency())),
                new Figure("audit.median_deal_size", "figure.audit.median_deal_size",
                        Amounts.moneyOrNotAvailable(Amounts.median(wonAmounts), settings.currency())),
                new Figure("audit.cycle_days_median", "figure.audit.cycle_days_median",
                        cycles.length == 0 ? Value.notAvailable()
                                : Amounts.quantity(PipelineHealthAudit.median(cycles), 1)),
                new Figure("audit.cycle_days_mean", "figure.audit.cycle_days_mean",
                        cycles.length == 0 ? Value.notAvailable() : Amounts.quantity(mean(cycles), 1)),
                new Figure("audit.pipeline_velocity_per_day", "figure.audit.pipeline_velocity_per_day",
                        velocity(open, wonAmounts, closedInWindow.size(), cycles, settings)));
        return new Section(ID, TITLE, figures, List.of());
    }

    /**
     * Pipeline velocity per day = open deals × win rate × average won deal / mean cycle days, computed
     * exactly (the mean cycle is a whole number of days over a count) and rounded once to the currency.
     */
    private static Value velocity(long open, List<BigDecimal> wonAmounts, int closed, double[] cycles,
            AuditSettings settings) {
        if (wonAmounts.isEmpty() || cycles.length == 0) {
            return Value.notAvailable();
        }
        long cycleDays = 0;
        for (double c : cycles) {
            cycleDays += (long) c;
        }
        if (cycleDays == 0) {
            return Value.notAvailable();
        }
        BigDecimal numerator = BigDecimal.valueOf(open).multiply(Amounts.sum(wonAmounts))
                .multiply(BigDecimal.valueOf(cycles.length));
        BigDecimal denominator = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(cycleDays));
        return Amounts.money(numerator.divide(denominator, 10, RoundingMode.HALF_UP), settings.currency());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
