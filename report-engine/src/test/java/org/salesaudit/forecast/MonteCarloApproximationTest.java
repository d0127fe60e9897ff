package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.SalesData;

/**
 * The approximation of large pipelines against the deal-by-deal simulation of the same model, on a
 * generated 30,000-deal pipeline above the limit.
 */
class MonteCarloApproximationTest {

    /** Largest allowed difference of a percentile, as a share of the exact simulation's P50. */
    private static final double TOLERANCE = 0.01;
    /** The same for the attainment of reps with a few hundred open deals, near the limit. */
    private static final double SMALL_REP_TOLERANCE = 0.05;

    private static MonteCarloForecast.Result forecast(SalesData data, ForecastSettings settings, double exactLimit) {
        TimeToClose cycles = TimeToClose.asOf(DealIndex.of(data), LargePipelineFixture.AS_OF);
        List<OpenDeal> pipeline = new StaleDeals(cycles.typicalCycleDays(), settings.staleCycles())
                .current(PipelineSnapshot.at(DealIndex.of(data), LargePipelineFixture.AS_OF));
        return MonteCarloForecast.run(DealIndex.of(data), pipeline, LargePipelineFixture.AS_OF, cycles, Optional.empty(), settings,
                exactLimit);
    }

    private static ForecastSettings settings(int horizon, int simulations, long seed, ForecastPeriod period) {
        ForecastSettings s = ForecastSettings.defaults();
        return new ForecastSettings(horizon, seed, simulations, s.backtestMonths(), s.staleCycles(),
                s.intervalScale(), Optional.empty(), Optional.empty()).withPeriod(period);
    }

    private static void assertClose(MonteCarloForecast.Range exact, MonteCarloForecast.Range approximate,
            double share, String what) {
        double tolerance = share * exact.p50();
        String message = what + ": exact " + exact + ", approximated " + approximate;
        assertTrue(exact.p50() > 0, message);
        assertEquals(exact.p10(), approximate.p10(), tolerance, message);
        assertEquals(exact.p50(), approximate.p50(), tolerance, message);
        assertEquals(exact.p90(), approximate.p90(), tolerance, message);
    }

    private static void assertApproximationMatchesTheSimulation(SalesData data, ForecastSettings settings,
            double repTolerance) {
        MonteCarloForecast.Result approximate = forecast(data, settings, 0);
        MonteCarloForecast.Result exact = forecast(data, settings, Double.POSITIVE_INFINITY);
        assertEquals(exact.first(), approximate.first());
        assertEquals(settings.horizonMonths(), exact.months().size());
        assertEquals(exact.months().size(), approximate.months().size());
        for (int k = 0; k < exact.months().size(); k++) {
            assertClose(exact.months().get(k), approximate.months().get(k), TOLERANCE, "period " + k);
        }
        assertEquals(LargePipelineFixture.REPS, exact.reps().size());
        assertEquals(exact.reps().size(), approximate.reps().size());
        for (int r = 0; r < exact.reps().size(); r++) {
            MonteCarloForecast.RepRange e = exact.reps().get(r);
            MonteCarloForecast.RepRange a = approximate.reps().get(r);
            assertEquals(e.repId(), a.repId());
            assertEquals(e.booked(), a.booked());
            assertClose(e.attainment(), a.attainment(), repTolerance, "attainment of " + e.repId());
        }
    }

    @Test
    void monthlyRangesAgreeWithTheDealByDealSimulation() {
        SalesData data = LargePipelineFixture.data(30_000, 1, "2026-11", "2026-11", "2026-12", "2026-12", "2026-11",
                "2027-01");
        assertApproximationMatchesTheSimulation(data, settings(3, 2000, 7, ForecastPeriod.MONTH), TOLERANCE);
    }

    @Test
    void quarterlyRangesAgreeWithTheDealByDealSimulation() {
        // the first quarter (2026-Q4) includes October, already partly won by the as-of date
        SalesData data = LargePipelineFixture.data(30_000, 2, "2026-Q4", "2026-Q4", "2026-Q4", "2027-Q1", "2026-12",
                "2026-Q4");
        assertApproximationMatchesTheSimulation(data, settings(2, 2000, 7, ForecastPeriod.QUARTER), TOLERANCE);
    }

    /**
     * Just above the limit (about 2,100 deals per future, reps with 100 to 400 open deals) the periods
     * still agree within 1 %; a small rep's attainment, a sum of a handful of wins, within 5 %.
     */
    @Test
    void rangesJustAboveTheLimitAgreeWithTheDealByDealSimulation() {
        SalesData data = LargePipelineFixture.data(120, 1200, 5, "2026-11", "2026-11", "2026-12", "2026-12", "2026-11",
                "2027-01");
        assertApproximationMatchesTheSimulation(data, settings(3, 10000, 7, ForecastPeriod.MONTH), SMALL_REP_TOLERANCE);
    }

    @Test
    void theApproximationIsDeterministicAndDrawsNothing() {
        SalesData data = LargePipelineFixture.data(30_000, 3, "2026-11", "2026-12");
        MonteCarloForecast.Result first = forecast(data, settings(3, 10_000, 20261130, ForecastPeriod.MONTH), 0);
        assertEquals(first, forecast(data, settings(3, 10_000, 20261130, ForecastPeriod.MONTH), 0));
        // no futures are drawn: neither the seed nor the number of futures changes the ranges
        assertEquals(first, forecast(data, settings(3, 100, 99, ForecastPeriod.MONTH), 0));
        assertNotEquals(first, forecast(data, settings(3, 100, 99, ForecastPeriod.MONTH), Double.POSITIVE_INFINITY));
    }

    @Test
    void aPipelineAtTheLimitIsDrawnDealByDealAndOneAboveItIsApproximated() {
        // no deal won in the last year: no amount to draw new deals from, so the open deals are all
        // the deals a future draws
        SalesData data = ForecastFixtures.data(HistoryFixture.deals().stream()
                .filter(d -> !d.isWon() || d.closeDate().isBefore(HistoryFixture.AS_OF.minusYears(1))).toList());
        TimeToClose cycles = TimeToClose.asOf(DealIndex.of(data), HistoryFixture.AS_OF);
        OpenDeal template = PipelineSnapshot.at(DealIndex.of(data), HistoryFixture.AS_OF).get(0);
        ForecastSettings settings = settings(3, 100, 5, ForecastPeriod.MONTH);
        for (int size : new int[] {MonteCarloForecast.EXACT_LIMIT, MonteCarloForecast.EXACT_LIMIT + 1}) {
            List<OpenDeal> pipeline = java.util.Collections.nCopies(size, template);
            MonteCarloForecast.Result byDefault = MonteCarloForecast.run(DealIndex.of(data), pipeline, HistoryFixture.AS_OF, cycles,
                    Optional.empty(), settings);
            MonteCarloForecast.Result exact = MonteCarloForecast.run(DealIndex.of(data), pipeline, HistoryFixture.AS_OF, cycles,
                    Optional.empty(), settings, Double.POSITIVE_INFINITY);
            MonteCarloForecast.Result approximate = MonteCarloForecast.run(DealIndex.of(data), pipeline, HistoryFixture.AS_OF,
                    cycles, Optional.empty(), settings, 0);
            assertNotEquals(exact, approximate);
            assertEquals(size <= MonteCarloForecast.EXACT_LIMIT ? exact : approximate, byDefault, "size " + size);
        }
    }

    @Test
    void expectedDealsPerFutureCountsOpenDealsAndNewDealsOverTheHorizon() {
        assertEquals(100 + (3.5 + 0.5) * 6, MonteCarloForecast.expectedDealsPerFuture(100, new double[] {3.5, 0.5}, 6,
                10), 1e-9);
        // without past won amounts no new deal is drawn
        assertEquals(100, MonteCarloForecast.expectedDealsPerFuture(100, new double[] {3.5, 0.5}, 6, 0), 1e-9);
    }
}
