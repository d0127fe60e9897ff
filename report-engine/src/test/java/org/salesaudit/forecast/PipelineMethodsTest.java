package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SalesData;

class PipelineMethodsTest {

    @Test
    void typicalCycleAndWinRateComeFromClosedDeals() {
        TimeToClose cycles = TimeToClose.asOf(ForecastFixtures.index(HistoryFixture.deals()), HistoryFixture.AS_OF);
        assertEquals(OptionalDouble.of(45), cycles.typicalCycleDays());
        assertEquals(0.5, cycles.winRate(), 1e-12);
        // every deal older than 45 days can only be lost (cycle 60): no chance of a win
        assertEquals(0, cycles.winProbabilityAfter(50), 1e-12);
        assertEquals(0.5, cycles.winProbabilityAfter(10), 1e-12);
        assertEquals(0.5, cycles.winWithin(10, 40), 1e-12);
        assertEquals(0, cycles.winWithin(10, 30), 1e-12);
    }

    @Test
    void dealsOpenLongerThanTwoCyclesAreStaleAndLeftOut() {
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        List<OpenDeal> open = PipelineSnapshot.at(DealIndex.of(data), HistoryFixture.AS_OF);
        StaleDeals rule = new StaleDeals(OptionalDouble.of(45), new BigDecimal("2"));
        assertEquals(List.of("OLD"), rule.stale(open).stream().map(d -> d.deal().id()).toList());
        assertTrue(rule.current(open).stream().noneMatch(d -> d.deal().id().equals("OLD")));
        assertEquals(open.size() - 1, rule.current(open).size());
    }

    @Test
    void snapshotUsesStageHistoryWhenPresent() {
        Deal d = ForecastFixtures.deal("D", "r1", "2026-01-05", "2026-05-20", "Won", "1000", DealStatus.WON);
        SalesData data = ForecastFixtures.data(List.of(d), List.of(), List.of(), List.of(
                ForecastFixtures.change("D", "Discovery call", "2026-01-05"),
                ForecastFixtures.change("D", "Product trial", "2026-03-10"),
                ForecastFixtures.change("D", "Won", "2026-05-20")));
        assertEquals("Discovery call", PipelineSnapshot.at(DealIndex.of(data), LocalDate.of(2026, 2, 28)).get(0).stage());
        assertEquals("Product trial", PipelineSnapshot.at(DealIndex.of(data), LocalDate.of(2026, 3, 31)).get(0).stage());
        assertTrue(PipelineSnapshot.at(DealIndex.of(data), LocalDate.of(2026, 5, 31)).isEmpty(), "closed by then");
        assertTrue(PipelineSnapshot.at(DealIndex.of(data), LocalDate.of(2025, 12, 31)).isEmpty(), "not yet created");
    }

    @Test
    void withoutHistoryAClosedDealHadAnUnknownStageAndTheWinRateApplies() {
        Deal d = ForecastFixtures.deal("D", "r1", "2026-01-05", "2026-05-20", "Won", "1000", DealStatus.WON);
        OpenDeal then = PipelineSnapshot.at(DealIndex.of(ForecastFixtures.data(List.of(d))), LocalDate.of(2026, 3, 31)).get(0);
        assertNull(then.stage());
        BigDecimal value = new StageWeightedForecast(StageProbabilities.defaults(), new BigDecimal("0.25"))
                .value(List.of(then));
        assertEquals(0, new BigDecimal("250").compareTo(value));
    }

    @Test
    void calibratedProbabilitiesAreTheShareWonOfDealsThatReachedTheStage() {
        List<Deal> deals = List.of(
                ForecastFixtures.deal("A", "r1", "2026-01-01", "2026-03-01", "Won", "1000", DealStatus.WON),
                ForecastFixtures.deal("B", "r1", "2026-01-01", "2026-03-01", "Lost", "1000", DealStatus.LOST),
                ForecastFixtures.deal("C", "r1", "2026-01-01", "2026-03-01", "Lost", "1000", DealStatus.LOST));
        SalesData data = ForecastFixtures.data(deals, List.of(), List.of(), List.of(
                ForecastFixtures.change("A", "Product trial", "2026-02-01"),
                ForecastFixtures.change("B", "Product trial", "2026-02-01"),
                ForecastFixtures.change("C", "Qualified", "2026-01-10"),
                ForecastFixtures.change("A", "Qualified", "2026-01-10"),
                ForecastFixtures.change("B", "Qualified", "2026-01-10")));
        StageProbabilities table = CalibratedStages.table(DealIndex.of(data), LocalDate.of(2026, 10, 31)).orElseThrow();
        assertEquals(new BigDecimal("0.500000"), table.probability("Product trial").orElseThrow());
        assertEquals(new BigDecimal("0.333333"), table.probability("Qualified").orElseThrow());
        assertTrue(CalibratedStages.table(DealIndex.of(ForecastFixtures.data(deals)), LocalDate.of(2026, 10, 31)).isEmpty());
    }
}
