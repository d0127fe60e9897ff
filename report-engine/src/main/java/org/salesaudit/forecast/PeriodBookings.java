package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;


/**
 * Bookings (amounts of won deals, by close date) of every complete month or quarter up to a date:
 * from the period of the first deal created or closed to the last period that ends on or before the
 * date.
 *
 * @param period the period counted in
 * @param first  the first period (its first month)
 * @param values bookings per period, oldest first
 */
record PeriodBookings(ForecastPeriod period, YearMonth first, List<BigDecimal> values) {

    static PeriodBookings upTo(DealIndex deals, LocalDate date, ForecastPeriod period) {
        YearMonth last = period.lastComplete(date);
        Optional<YearMonth> start = deals.firstDate(date).map(period::containing);
        if (start.isEmpty() || start.get().isAfter(last)) {
            return new PeriodBookings(period, period.containing(date), List.of());
        }
        // each period's bookings from the running totals of the won deals (exact BigDecimal sums, so
        // the same values as summing deal by deal)
        int count = (int) period.between(start.get(), last) + 1;
        BigDecimal[] values = new BigDecimal[count];
        for (int k = 0; k < count; k++) {
            YearMonth p = period.plus(start.get(), k);
            values[k] = deals.won().sum(period.start(p).toEpochDay() - 1, period.end(p).toEpochDay());
        }
        return new PeriodBookings(period, start.get(), List.of(values));
    }

    /** @return the period after the last one */
    YearMonth next() {
        return period.plus(first, values.size());
    }

    double[] asArray() {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
