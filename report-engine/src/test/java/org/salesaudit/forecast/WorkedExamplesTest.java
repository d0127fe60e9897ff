package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;

/** The forecast worked examples 2, 3 and 4 of the domain, reproduced exactly. */
class WorkedExamplesTest {

    @Test
    void example2ADollar1000DealInProductTrialIsWorth600() {
        Deal deal = ForecastFixtures.deal("D1", "r1", "2026-09-01", "2026-11-15", "Product trial", "1000",
                DealStatus.OPEN);
        List<OpenDeal> open = PipelineSnapshot.at(DealIndex.of(ForecastFixtures.data(List.of(deal))), LocalDate.of(2026, 10, 31));
        BigDecimal value = new StageWeightedForecast(StageProbabilities.defaults(), BigDecimal.ZERO).value(open);
        assertEquals(0, new BigDecimal("600").compareTo(value), "got " + value);
        assertEquals("600.00", Money.round(value, ForecastFixtures.USD).toPlainString());
    }

    @Test
    void example3TwoOfFourMonthsIsFiftyPercent() {
        assertEquals(new BigDecimal("0.500000"),
                AgeForecast.simpleProbability(new BigDecimal("2"), new BigDecimal("4")));
    }

    @Test
    void ageProbabilityStopsAtOneAndRefusesANonPositiveCycle() {
        assertEquals(new BigDecimal("1"), AgeForecast.simpleProbability(new BigDecimal("9"), new BigDecimal("4")));
        assertThrows(IllegalArgumentException.class,
                () -> AgeForecast.simpleProbability(BigDecimal.ONE, BigDecimal.ZERO));
    }

    /**
     * The example's new-rep term is "+$25,000": five $5,000 deals from the five new reps together,
     * one deal per new rep (reading "each closes five deals" literally would give $125,000 and a total
     * of $1,175,000, contradicting the stated figures). docs/forecast.md records this reading.
     */
    @Test
    void example4RunRateIsExactly1075000() {
        RunRateForecast f = new RunRateForecast(new BigDecimal("1000000"), new BigDecimal("0.05"), 5,
                new BigDecimal("1"), new BigDecimal("5000"));
        assertEquals(0, new BigDecimal("1075000").compareTo(f.nextMonth()), "got " + f.nextMonth());
    }

    @Test
    void example4FromDealData() {
        // 90 days before 2026-10-31 hold $3,000,000 of wins: $1,000,000 a month.
        List<Deal> deals = List.of(
                ForecastFixtures.deal("W1", "r1", "2026-06-01", "2026-08-15", "Won", "1000000", DealStatus.WON),
                ForecastFixtures.deal("W2", "r1", "2026-06-01", "2026-09-15", "Won", "1000000", DealStatus.WON),
                ForecastFixtures.deal("W3", "r1", "2026-06-01", "2026-10-15", "Won", "1000000", DealStatus.WON));
        RunRateForecast f = RunRateForecast.measure(ForecastFixtures.index(deals), LocalDate.of(2026, 10, 31),
                java.util.Optional.of(new BigDecimal("0.05")), java.util.Optional.of(new BigDecimal("5")));
        assertEquals(0, new BigDecimal("1000000").compareTo(f.monthlyAverage()));
        assertEquals(0, new BigDecimal("1050000").compareTo(f.nextMonth()), "no new reps: " + f.nextMonth());
    }
}
