package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.forecast.timeseries.MonthlyForecaster;

/**
 * Every method's forecast of the bookings of the period (month or quarter, {@code forecast.period})
 * containing the day after a date (for a date within a period, the pipeline methods add what was
 * already won in it), made only with what was known on that date (the backtest calls it for past
 * dates, the report for the as-of date):
 * <ul>
 * <li>{@code stage_weighted}: the non-stale pipeline expected to close in that period (or overdue),
 * each deal × its stage's stated probability;</li>
 * <li>{@code age}: every non-stale open deal × the empirical probability that a deal of its age is
 * won by the end of that period;</li>
 * <li>{@code run_rate}: {@link RunRateForecast}'s next month, times the months in the period;</li>
 * <li>{@code time_series}: the combination forecast of the bookings per period (needs
 * {@value MonthlyForecaster#MIN_LENGTH} complete periods).</li>
 * </ul>
 */
final class NextPeriodForecasts {

    static final List<String> METHODS = List.of("stage_weighted", "age", "run_rate", "time_series");

    private NextPeriodForecasts() {
    }

    /** @return the forecast of each method that can run on {@code date}, by name in {@link #METHODS} order */
    static Map<String, BigDecimal> on(DealIndex deals, LocalDate date, ForecastSettings settings,
            StageProbabilities stated) {
        TimeToClose cycles = TimeToClose.asOf(deals, date);
        return on(deals, date, settings, stated, cycles, currentPipeline(deals, date, cycles, settings));
    }

    /**
     * The same, given what was known on {@code date}: {@code cycles = TimeToClose.asOf(deals, date)} and
     * {@code pipeline = currentPipeline(deals, date, cycles, settings)}, computed once by callers that
     * also simulate from that date.
     */
    static Map<String, BigDecimal> on(DealIndex deals, LocalDate date, ForecastSettings settings,
            StageProbabilities stated, TimeToClose cycles, List<OpenDeal> pipeline) {
        ForecastPeriod period = settings.period();
        YearMonth target = period.containing(date.plusDays(1));
        LocalDate targetEnd = period.end(target);
        BigDecimal bookedSoFar = RunRateForecast.won(deals, period.start(target).minusDays(1), date);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (cycles.closedCount() > 0 || !pipeline.isEmpty()) {
            List<OpenDeal> closing = pipeline.stream()
                    .filter(d -> d.expectedClose() != null && !d.expectedClose().isAfter(targetEnd))
                    .toList();
            out.put("stage_weighted",
                    new StageWeightedForecast(stated, BigDecimal.valueOf(cycles.winRate())).value(closing)
                            .add(bookedSoFar));
        }
        if (cycles.closedCount() > 0) {
            long days = ChronoUnit.DAYS.between(date, targetEnd);
            out.put("age", AgeForecast.empirical(pipeline, cycles, days).add(bookedSoFar));
        }
        out.put("run_rate", RunRateForecast.measure(deals, date, settings.growth(),
                settings.newRepDeals()).nextMonth().multiply(BigDecimal.valueOf(period.months())));
        PeriodBookings bookings = PeriodBookings.upTo(deals, date, period);
        if (bookings.values().size() >= MonthlyForecaster.MIN_LENGTH) {
            double[] f = new MonthlyForecaster(settings.intervalScale(), period.perYear())
                    .forecast(bookings.asArray(), 1).mean();
            out.put("time_series", BigDecimal.valueOf(f[0]));
        }
        return out;
    }

    /** @return the deals open on {@code date} that are not stale by the cycles known then */
    static List<OpenDeal> currentPipeline(DealIndex deals, LocalDate date, TimeToClose cycles,
            ForecastSettings settings) {
        return PipelineSnapshot.at(deals, date,
                new StaleDeals(cycles.typicalCycleDays(), settings.staleCycles()).maxCurrentAge());
    }
}
