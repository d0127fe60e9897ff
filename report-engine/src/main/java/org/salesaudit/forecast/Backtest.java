package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesaudit.audit.StageProbabilities;

/**
 * Rolling-origin backtest on the client's own history: for each of the last complete periods (months
 * or quarters), every method and the Monte Carlo simulation (its P50) forecast it from the last day of
 * the period before, with only what was known then
 * ({@link NextPeriodForecasts}), and is compared with what was actually won. Per method: accuracy per
 * month 1 − |f − a| / a, MAPE (mean of |f − a| / a over months with bookings) and WAPE
 * (Σ |f − a| / Σ a). The method to trust is the one with the lowest WAPE over at least
 * {@value #MIN_MONTHS} months.
 */
public final class Backtest {

    /** Fewest scored months for a method to be recommended. */
    public static final int MIN_MONTHS = 3;

    /** The Monte Carlo simulation's method name: its P50 is its point forecast. */
    public static final String MONTE_CARLO = "monte_carlo";
    /** The methods scored: the next-period methods and the simulation. */
    public static final List<String> METHODS = java.util.stream.Stream.concat(NextPeriodForecasts.METHODS.stream(),
            java.util.stream.Stream.of(MONTE_CARLO)).toList();

    /**
     * One past period (month or quarter; {@code month} is its first month): what was won, what each
     * method had forecast for it, and the simulated P10–P90 range (empty when nothing had been won yet).
     */
    public record Month(YearMonth month, BigDecimal actual, Map<String, BigDecimal> forecasts,
            Optional<MonteCarloForecast.Range> simulated) {

        /** @return whether the actual bookings fell inside the simulated P10–P90 range */
        public Optional<Boolean> insideRange() {
            double a = actual.doubleValue();
            return simulated.map(r -> a >= r.p10() && a <= r.p90());
        }
    }

    /**
     * How often the actual bookings fell inside the simulation's P10–P90 range (80 % if calibrated).
     *
     * @param periods backtest periods with a simulation
     * @param inside  those whose actual bookings were inside the range
     */
    public record RangeCalibration(int periods, int inside) {
        /** @return inside / periods; empty without periods */
        public Optional<BigDecimal> share() {
            return periods == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(inside).divide(BigDecimal.valueOf(periods), 10, RoundingMode.HALF_UP));
        }
    }

    /** A method's accuracy over the backtest; ratios empty when no month had bookings. */
    public record Score(String method, int months, Optional<BigDecimal> mape, Optional<BigDecimal> wape,
            Optional<BigDecimal> meanAccuracy) {
    }

    /** The backtest periods, the score of each method, the method to trust (if any), the range check. */
    public record Result(List<Month> months, List<Score> scores, Optional<String> trusted,
            RangeCalibration calibration) {
    }

    private Backtest() {
    }

    static Result run(DealIndex deals, LocalDate asOf, ForecastSettings settings, StageProbabilities stated) {
        ForecastPeriod period = settings.period();
        YearMonth lastComplete = period.lastComplete(asOf);
        Optional<LocalDate> firstDate = deals.firstCreated();
        List<YearMonth> targets = new ArrayList<>();
        for (int i = settings.backtestMonths() - 1; i >= 0; i--) {
            YearMonth target = period.plus(lastComplete, -i);
            LocalDate origin = period.start(target).minusDays(1);
            if (firstDate.isPresent() && !origin.isBefore(firstDate.get())) {
                targets.add(target);
            }
        }
        // the periods are independent (each simulation has its own generator, seeded alike) and read the
        // same immutable index: they are forecast in parallel, and kept in period order
        List<Month> months = targets.parallelStream().map(target -> month(deals, target, settings, stated)).toList();
        List<Score> scores = METHODS.stream().map(m -> score(m, months)).toList();
        Optional<String> trusted = scores.stream().filter(s -> s.months() >= MIN_MONTHS && s.wape().isPresent())
                .min(Comparator.comparing((Score s) -> s.wape().get()).thenComparing(Score::method))
                .map(Score::method);
        int simulatedPeriods = (int) months.stream().filter(m -> m.simulated().isPresent()).count();
        int inside = (int) months.stream().filter(m -> m.insideRange().orElse(false)).count();
        return new Result(months, scores, trusted, new RangeCalibration(simulatedPeriods, inside));
    }

    /** One past period forecast from the last day of the period before, with only what was known then. */
    private static Month month(DealIndex deals, YearMonth target, ForecastSettings settings,
            StageProbabilities stated) {
        ForecastPeriod period = settings.period();
        LocalDate origin = period.start(target).minusDays(1);
        BigDecimal actual = RunRateForecast.won(deals, origin, period.end(target));
        TimeToClose cycles = TimeToClose.asOf(deals, origin);
        List<OpenDeal> pipeline = NextPeriodForecasts.currentPipeline(deals, origin, cycles, settings);
        Map<String, BigDecimal> forecasts = new java.util.LinkedHashMap<>(
                NextPeriodForecasts.on(deals, origin, settings, stated, cycles, pipeline));
        Optional<MonteCarloForecast.Range> simulated = simulate(deals, origin, settings, cycles, pipeline);
        simulated.ifPresent(r -> forecasts.put(MONTE_CARLO, BigDecimal.valueOf(r.p50())));
        return new Month(target, actual, forecasts, simulated);
    }

    /**
     * The simulation of the period after {@code origin} with only what was known then: the non-stale
     * pipeline on that date, the cycles, win rates, creation rates and calibrated stage probabilities
     * of the deals closed by then, the same seed and number of simulations.
     */
    private static Optional<MonteCarloForecast.Range> simulate(DealIndex deals, LocalDate origin,
            ForecastSettings settings, TimeToClose cycles, List<OpenDeal> pipeline) {
        if (cycles.wonCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(MonteCarloForecast.firstPeriod(deals, pipeline, origin, cycles,
                CalibratedStages.table(deals, origin), settings.withHorizon(1)));
    }

    /** @return 1 − |f − a| / a, or empty when nothing was won */
    static Optional<BigDecimal> accuracy(BigDecimal forecast, BigDecimal actual) {
        if (actual.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.ONE.subtract(forecast.subtract(actual).abs().divide(actual, 10,
                RoundingMode.HALF_UP)));
    }

    private static Score score(String method, List<Month> months) {
        BigDecimal absoluteErrors = BigDecimal.ZERO;
        BigDecimal actuals = BigDecimal.ZERO;
        BigDecimal percentErrors = BigDecimal.ZERO;
        int withBookings = 0;
        int scored = 0;
        for (Month m : months) {
            BigDecimal f = m.forecasts().get(method);
            if (f == null) {
                continue;
            }
            scored++;
            BigDecimal error = f.subtract(m.actual()).abs();
            absoluteErrors = absoluteErrors.add(error);
            actuals = actuals.add(m.actual());
            if (m.actual().signum() > 0) {
                percentErrors = percentErrors.add(error.divide(m.actual(), 10, RoundingMode.HALF_UP));
                withBookings++;
            }
        }
        if (withBookings == 0) {
            return new Score(method, scored, Optional.empty(), Optional.empty(), Optional.empty());
        }
        BigDecimal mape = percentErrors.divide(BigDecimal.valueOf(withBookings), 10, RoundingMode.HALF_UP);
        BigDecimal wape = absoluteErrors.divide(actuals, 10, RoundingMode.HALF_UP);
        return new Score(method, scored, Optional.of(mape), Optional.of(wape), Optional.of(BigDecimal.ONE.subtract(mape)));
    }
}
