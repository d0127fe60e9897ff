package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salesaudit.model.Deal;

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

    static PeriodBookings upTo(List<Deal> deals, LocalDate date, ForecastPeriod period) {
        YearMonth last = period.lastComplete(date);
        Optional<YearMonth> start = deals.stream()
                .flatMap(d -> java.util.stream.Stream.of(d.created(), d.closeDate()))
                .filter(java.util.Objects::nonNull).filter(d -> !d.isAfter(date)).map(period::containing)
                .min(YearMonth::compareTo);
        List<BigDecimal> values = new ArrayList<>();
        if (start.isEmpty() || start.get().isAfter(last)) {
            return new PeriodBookings(period, period.containing(date), values);
        }
        for (YearMonth m = start.get(); !m.isAfter(last); m = period.plus(m, 1)) {
            values.add(RunRateForecast.won(deals, period.start(m).minusDays(1), period.end(m)));
        }
        return new PeriodBookings(period, start.get(), List.copyOf(values));
    }

    /** @return the period after the last one */
    YearMonth next() {
        return period.plus(first, values.size());
    }

    double[] asArray() {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
