package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.SalesData;

class BacktestTest {

    @Test
    void accuracyIsOneMinusTheRelativeError() {
        assertEquals(0, new BigDecimal("0.8").compareTo(
                Backtest.accuracy(new BigDecimal("120"), new BigDecimal("100")).orElseThrow()));
        assertEquals(0, new BigDecimal("0.9").compareTo(
                Backtest.accuracy(new BigDecimal("90"), new BigDecimal("100")).orElseThrow()));
        assertTrue(Backtest.accuracy(BigDecimal.TEN, BigDecimal.ZERO).isEmpty());
    }

    @Test
    void everyMethodIsScoredOverThePastMonthsAndOneIsTrusted() {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        Backtest.Result r = Backtest.run(data, HistoryFixture.AS_OF, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(12, r.months().size());
        assertEquals(YearMonth.of(2026, 10), r.months().get(11).month());
        // one $1,000 deal is won every month
        r.months().forEach(m -> assertEquals(0, new BigDecimal("1000").compareTo(m.actual()), m.toString()));
        assertEquals(NextMonthForecasts.METHODS, r.scores().stream().map(Backtest.Score::method).toList());
        // a perfectly regular history: the age model is exact; the time series, which starts with an empty
        // first month (a step it partly reads as trend), within 10 %
        Backtest.Score series = r.scores().stream().filter(s -> s.method().equals("time_series")).findFirst()
                .orElseThrow();
        assertTrue(series.wape().orElseThrow().compareTo(new BigDecimal("0.10")) < 0, series.toString());
        Backtest.Score age = r.scores().stream().filter(s -> s.method().equals("age")).findFirst().orElseThrow();
        assertTrue(age.wape().orElseThrow().compareTo(new BigDecimal("0.01")) < 0, age.toString());
        assertTrue(r.trusted().isPresent());
        BigDecimal best = r.scores().stream().map(s -> s.wape().orElseThrow()).min(BigDecimal::compareTo).orElseThrow();
        Backtest.Score trusted = r.scores().stream().filter(s -> s.method().equals(r.trusted().get())).findFirst()
                .orElseThrow();
        assertEquals(0, best.compareTo(trusted.wape().orElseThrow()), "the lowest WAPE is trusted");
        assertTrue(List.of("run_rate", "age").contains(r.trusted().get()), r.trusted().get());
    }

    @Test
    void wapeAndMapeFollowTheirDefinitions() {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        Backtest.Result r = Backtest.run(data, HistoryFixture.AS_OF, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        Backtest.Score runRate = r.scores().stream().filter(s -> s.method().equals("run_rate")).findFirst()
                .orElseThrow();
        BigDecimal errors = BigDecimal.ZERO;
        BigDecimal actuals = BigDecimal.ZERO;
        for (Backtest.Month m : r.months()) {
            errors = errors.add(m.forecasts().get("run_rate").subtract(m.actual()).abs());
            actuals = actuals.add(m.actual());
        }
        assertEquals(0, errors.divide(actuals, 10, java.math.RoundingMode.HALF_UP)
                .compareTo(runRate.wape().orElseThrow()));
        // all actuals are equal, so MAPE equals WAPE here
        assertEquals(0, runRate.mape().orElseThrow().compareTo(runRate.wape().orElseThrow()));
        assertEquals(Optional.of(BigDecimal.ONE.subtract(runRate.mape().orElseThrow())), runRate.meanAccuracy());
    }
}
