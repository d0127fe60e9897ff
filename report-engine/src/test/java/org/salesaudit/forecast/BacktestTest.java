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
    void thePeriodsForecastInParallelGiveWhatOneThreadGives() throws Exception {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        DealIndex index = DealIndex.of(data);
        Backtest.Result parallel = Backtest.run(index, HistoryFixture.AS_OF, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        // a pool of one worker runs the periods one after the other, in order
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            Backtest.Result sequential = one.submit(() -> Backtest.run(index, HistoryFixture.AS_OF,
                    ForecastSettings.defaults(), StageProbabilities.defaults())).get();
            assertEquals(sequential, parallel);
        } finally {
            one.shutdown();
        }
        assertEquals(12, parallel.months().size());
    }

    @Test
    void everyMethodIsScoredOverThePastMonthsAndOneIsTrusted() {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        Backtest.Result r = Backtest.run(DealIndex.of(data), HistoryFixture.AS_OF, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(12, r.months().size());
        assertEquals(YearMonth.of(2026, 10), r.months().get(11).month());
        // one $1,000 deal is won every month
        r.months().forEach(m -> assertEquals(0, new BigDecimal("1000").compareTo(m.actual()), m.toString()));
        assertEquals(List.of("stage_weighted", "age", "run_rate", "time_series", "monte_carlo"),
                r.scores().stream().map(Backtest.Score::method).toList());
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
        assertTrue(List.of("run_rate", "age", "monte_carlo").contains(r.trusted().get()), r.trusted().get());
    }

    @Test
    void theSimulationIsBacktestedWithItsP50AndTheShareOfActualsInsideItsRange() {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        Backtest.Result r = Backtest.run(DealIndex.of(data), HistoryFixture.AS_OF, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        int inside = 0;
        int simulated = 0;
        for (Backtest.Month m : r.months()) {
            if (m.simulated().isEmpty()) {
                assertTrue(!m.forecasts().containsKey(Backtest.MONTE_CARLO), m.toString());
                continue;
            }
            simulated++;
            MonteCarloForecast.Range range = m.simulated().get();
            assertEquals(0, BigDecimal.valueOf(range.p50()).compareTo(m.forecasts().get(Backtest.MONTE_CARLO)));
            assertTrue(range.p10() <= range.p50() && range.p50() <= range.p90(), range.toString());
            boolean in = m.actual().doubleValue() >= range.p10() && m.actual().doubleValue() <= range.p90();
            assertEquals(Optional.of(in), m.insideRange());
            inside += in ? 1 : 0;
        }
        assertTrue(simulated >= 10, "months with a simulation: " + simulated);
        assertEquals(new Backtest.RangeCalibration(simulated, inside), r.calibration());
        assertEquals(Optional.of(BigDecimal.valueOf(inside).divide(BigDecimal.valueOf(simulated), 10,
                java.math.RoundingMode.HALF_UP)), r.calibration().share());
        // the same data, settings and seed give the same backtest, to the last digit
        Backtest.Result again = Backtest.run(DealIndex.of(data), HistoryFixture.AS_OF, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(r.months(), again.months());
        assertEquals(r.calibration(), again.calibration());
    }

    @Test
    void theRangeCheckCountsAnActualOnABoundAsInside() {
        MonteCarloForecast.Range range = new MonteCarloForecast.Range(900, 1000, 1100);
        YearMonth m = YearMonth.of(2026, 1);
        assertEquals(Optional.of(true), new Backtest.Month(m, new BigDecimal("1100"), java.util.Map.of(),
                Optional.of(range)).insideRange());
        assertEquals(Optional.of(false), new Backtest.Month(m, new BigDecimal("1100.01"), java.util.Map.of(),
                Optional.of(range)).insideRange());
        assertEquals(Optional.empty(), new Backtest.Month(m, BigDecimal.TEN, java.util.Map.of(),
                Optional.empty()).insideRange());
        assertEquals(Optional.empty(), new Backtest.RangeCalibration(0, 0).share());
    }

    @Test
    void wapeAndMapeFollowTheirDefinitions() {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        Backtest.Result r = Backtest.run(DealIndex.of(data), HistoryFixture.AS_OF, ForecastSettings.defaults(),
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
