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
import org.salesaudit.model.SalesData;

/**
 * Rolling-origin backtest on the client's own history: for each of the last complete months, every
 * method forecasts it from the last day of the month before, with only what was known then
 * ({@link NextMonthForecasts}), and is compared with what was actually won. Per method: accuracy per
 * month 1 − |f − a| / a, MAPE (mean of |f − a| / a over months with bookings) and WAPE
 * (Σ |f − a| / Σ a). The method to trust is the one with the lowest WAPE over at least
 * {@value #MIN_MONTHS} months.
 */
public final class Backtest {

    /** Fewest scored months for a method to be recommended. */
    public static final int MIN_MONTHS = 3;

    /** One past month: what was won, and what each method had forecast for it. */
    public record Month(YearMonth month, BigDecimal actual, Map<String, BigDecimal> forecasts) {
    }

    /** A method's accuracy over the backtest; ratios empty when no month had bookings. */
    public record Score(String method, int months, Optional<BigDecimal> mape, Optional<BigDecimal> wape,
            Optional<BigDecimal> meanAccuracy) {
    }

    /** The backtest months, the score of each method, and the method to trust (if any). */
    public record Result(List<Month> months, List<Score> scores, Optional<String> trusted) {
    }

    private Backtest() {
    }

    static Result run(SalesData data, LocalDate asOf, ForecastSettings settings, StageProbabilities stated) {
        YearMonth lastComplete = YearMonth.from(asOf);
        if (!asOf.equals(lastComplete.atEndOfMonth())) {
            lastComplete = lastComplete.minusMonths(1);
        }
        Optional<LocalDate> firstDate = data.deals().stream().map(d -> d.created()).filter(d -> d != null)
                .min(LocalDate::compareTo);
        List<Month> months = new ArrayList<>();
        for (int i = settings.backtestMonths() - 1; i >= 0; i--) {
            YearMonth target = lastComplete.minusMonths(i);
            LocalDate origin = target.atDay(1).minusDays(1);
            if (firstDate.isEmpty() || origin.isBefore(firstDate.get())) {
                continue;
            }
            BigDecimal actual = RunRateForecast.won(data.deals(), origin, target.atEndOfMonth());
            months.add(new Month(target, actual, NextMonthForecasts.on(data, origin, settings, stated)));
        }
        List<Score> scores = NextMonthForecasts.METHODS.stream().map(m -> score(m, months)).toList();
        Optional<String> trusted = scores.stream().filter(s -> s.months() >= MIN_MONTHS && s.wape().isPresent())
                .min(Comparator.comparing((Score s) -> s.wape().get()).thenComparing(Score::method))
                .map(Score::method);
        return new Result(months, scores, trusted);
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
