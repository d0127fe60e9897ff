package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.salesaudit.model.Rep;

/**
 * Historical run-rate forecast (worked example 4 of the domain): next month = the average monthly
 * bookings of the last 90 days × (1 + growth) + new reps × the deals a new rep closes in the first
 * month × the average deal size. $1,000,000 a month, 5 % growth and five new reps closing five
 * $5,000 deals each give exactly $1,075,000.
 *
 * @param monthlyAverage bookings of the 90 days before the date / 3
 * @param growth         growth per month (0.05 = 5 %)
 * @param newReps        reps in their first month
 * @param newRepDeals    deals a rep closes in the first month
 * @param dealSize       average won deal
 */
public record RunRateForecast(BigDecimal monthlyAverage, BigDecimal growth, int newReps, BigDecimal newRepDeals,
        BigDecimal dealSize) {

    /** Growth measured from the data is kept within ±this per month. */
    static final BigDecimal MAX_MEASURED_GROWTH = new BigDecimal("0.25");

    public RunRateForecast {
        Objects.requireNonNull(monthlyAverage, "monthlyAverage");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(newRepDeals, "newRepDeals");
        Objects.requireNonNull(dealSize, "dealSize");
    }

    /** @return the next month's bookings, exact */
    public BigDecimal nextMonth() {
        return monthlyAverage.multiply(BigDecimal.ONE.add(growth))
                .add(BigDecimal.valueOf(newReps).multiply(newRepDeals).multiply(dealSize));
    }

    /**
     * Measures the inputs on {@code date}: the 90-day average; growth (unless given) as the monthly
     * rate that turns the previous 90 days' bookings into the last 90 days', kept within ±25 %; new
     * reps as reps whose start date is in the 30 days before or after the date; deals of a new rep
     * (unless given) as the mean number of deals won in their first 30 days by reps who started in
     * the year before the date, else 0; deal size as the mean won deal of the last year.
     */
    static RunRateForecast measure(DealIndex deals, LocalDate date, Optional<BigDecimal> growth,
            Optional<BigDecimal> newRepDeals) {
        BigDecimal last = won(deals, date.minusDays(90), date);
        BigDecimal previous = won(deals, date.minusDays(180), date.minusDays(90));
        BigDecimal average = last.divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        BigDecimal g = growth.orElseGet(() -> measuredGrowth(last, previous));
        List<Rep> reps = deals.data().reps();
        int newReps = (int) reps.stream().filter(r -> r.startDate() != null
                && r.startDate().isAfter(date.minusDays(30)) && !r.startDate().isAfter(date.plusDays(30))).count();
        BigDecimal perRep = newRepDeals.orElseGet(() -> firstMonthDeals(deals, reps, date));
        long yearStart = date.minusYears(1).toEpochDay();
        int yearWins = deals.won().count(yearStart, date.toEpochDay());
        BigDecimal size = yearWins == 0 ? BigDecimal.ZERO
                : deals.won().sum(yearStart, date.toEpochDay())
                        .divide(BigDecimal.valueOf(yearWins), 10, RoundingMode.HALF_UP);
        return new RunRateForecast(average, g, newReps, perRep, size);
    }

    private static BigDecimal measuredGrowth(BigDecimal last, BigDecimal previous) {
        if (previous.signum() <= 0 || last.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        double monthly = Math.pow(last.doubleValue() / previous.doubleValue(), 1.0 / 3) - 1;
        BigDecimal g = new BigDecimal(monthly, MathContext.DECIMAL64).setScale(Money.RATIO_SCALE, RoundingMode.HALF_UP);
        return g.max(MAX_MEASURED_GROWTH.negate()).min(MAX_MEASURED_GROWTH);
    }

    private static BigDecimal firstMonthDeals(DealIndex deals, List<Rep> reps, LocalDate date) {
        List<Rep> starters = reps.stream().filter(r -> r.startDate() != null
                && r.startDate().isAfter(date.minusYears(1)) && !r.startDate().plusDays(30).isAfter(date)).toList();
        if (starters.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long won = 0;
        for (Rep r : starters) {
            int owner = deals.ownerCode(r.id());
            if (owner >= 0) {
                won += deals.won().count(owner, r.startDate().minusDays(1).toEpochDay(),
                        r.startDate().plusDays(29).toEpochDay());
            }
        }
        return BigDecimal.valueOf(won).divide(BigDecimal.valueOf(starters.size()), Money.RATIO_SCALE,
                RoundingMode.HALF_UP);
    }

    /** @return Σ amount of deals won after {@code from} and on or before {@code to} */
    static BigDecimal won(DealIndex deals, LocalDate from, LocalDate to) {
        return deals.won().sum(from.toEpochDay(), to.toEpochDay());
    }
}
